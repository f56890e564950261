import { createApp } from "../../packages/functions/src/api/app.js";
import { testDb } from "./db.js";

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** The real Hono app on a fresh table, called in-process the way a partner app calls it. */
export async function testApi() {
  const db = await testDb();
  const app = createApp({ db });
  async function call<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
    const response = await app.request(path, {
      method,
      headers: { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...headers },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  }
  return { db, app, call };
}
