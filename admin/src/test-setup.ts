import "./test-support/one-react";
import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// Each test starts signed out, in the default language, with nothing remembered.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
