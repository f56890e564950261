import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { type Language, launchBrowser, openConsole } from "./browser";
import { type ConsoleServer, startConsoleServer } from "./server";

export interface ConsoleSession {
  server: ConsoleServer;
  browser: Browser;
  page: Page;
}

/** A served console and a signed-in page for a whole test file, stopped after it. */
export function consoleSession(language: Language): ConsoleSession {
  const session = {} as ConsoleSession;
  beforeAll(async () => {
    session.server = await startConsoleServer();
    session.browser = await launchBrowser();
    session.page = await openConsole(session.browser, session.server, language);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}
