import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema.js";

export * from "./enums.js";
export type { components, operations, paths } from "./schema.js";
export type Schemas = components["schemas"];
/** The JSON body an operation takes, e.g. `RequestBody<"/api/v1/beneficiaries", "post">`. */
export type RequestBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { "application/json": infer B } };
}
  ? B
  : never;
/** The one error shape: `{ error: { code, message, issues: [{ path, message }] } }`. */
export type ApiError = Schemas["Error"];

export interface EntraideClientOptions {
  /** Where the API answers, e.g. https://api.entraide.ma or http://localhost:3000. */
  baseUrl: string;
  /** A partner app's key (X-Api-Key). */
  apiKey?: string;
  /** A staff token from POST /api/auth/login (Authorization: Bearer). */
  token?: string;
  /** The language of error messages: ar, fr or en. */
  language?: "ar" | "fr" | "en";
  fetch?: typeof globalThis.fetch;
}

/**
 * A typed client of the Entraide API: every path, parameter, body and answer
 * of the OpenAPI document, checked by TypeScript (openapi-fetch).
 */
export function createEntraideClient(options: EntraideClientOptions) {
  const client = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch });
  const credentials: Middleware = {
    onRequest({ request }) {
      if (options.apiKey) request.headers.set("x-api-key", options.apiKey);
      if (options.token) request.headers.set("authorization", `Bearer ${options.token}`);
      if (options.language) request.headers.set("accept-language", options.language);
      return request;
    },
  };
  client.use(credentials);
  return client;
}

export type EntraideClient = ReturnType<typeof createEntraideClient>;

/** The version to send as If-Match, from a record read before. */
export const ifMatch = (record: { version: number }) => `"${record.version}"`;
