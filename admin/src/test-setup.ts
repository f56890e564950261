import "./test-support/one-react";
import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import { loadMessages } from "./i18n/i18nProvider";

// Pages load on first visit (lazy) with react-admin and MUI behind them: on a busy machine the first
// text of a page takes longer than Testing Library's default second to appear.
configure({ asyncUtilTimeout: 15_000 });

// The console loads the language it opens in, its frame and its rare screens as it starts (their own chunks):
// loaded here once per file, so that a test's time goes to the page it tests.
await Promise.all([loadMessages("ar"), loadMessages("fr"), import("./layout/Layout"), import("./layout/rarelyShown")]);

// Each test starts signed out, in the default language, with nothing remembered.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
