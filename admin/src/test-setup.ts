import "./test-support/one-react";
import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// Pages load on first visit (lazy) with react-admin and MUI behind them: on a busy machine the first
// text of a page takes longer than Testing Library's default second to appear.
configure({ asyncUtilTimeout: 8000 });

// Each test starts signed out, in the default language, with nothing remembered.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
