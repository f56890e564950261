import { HttpError } from "react-admin";
import { rememberedLocale } from "../i18n/i18nProvider";

export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export interface ApiClientOptions {
  fetch: FetchFn;
  /** "" means the console's own origin (how `npm start` and CloudFront serve it). */
  apiUrl: string;
  /** The bearer token of the signed-in administrator, when the identity service gave one. */
  getToken?: () => string | undefined;
  /** The administrator's language, sent as Accept-Language so the API's messages come in it (default: the one chosen in the console). */
  getLocale?: () => string;
}

export interface CallOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  ifMatch?: number | string;
  /** Extra request headers (e.g. Accept-Language for messages in the reader's language). */
  headers?: Record<string, string>;
}

interface ApiErrorBody {
  error?: { code?: string; message?: string; issues?: Array<{ path: string; message: string }> };
}

/** Statuses whose meaning the console explains in the administrator's language. */
const translatedStatus: Record<number, string> = {
  0: "entraide.errors.network",
  401: "ra.notification.logged_out",
  403: "ra.notification.not_authorized",
  412: "entraide.errors.stale_version",
  428: "entraide.errors.stale_version",
  500: "entraide.errors.server",
  503: "entraide.errors.server",
};

/**
 * The API's error `{ error: { code, message, issues } }` as react-admin's
 * HttpError: field issues become `body.errors` (react-admin marks each field),
 * known statuses become a translation key, others keep the API's message.
 */
export function toHttpError(status: number, payload: unknown): HttpError {
  const apiError = (payload as ApiErrorBody | undefined)?.error;
  const errors: Record<string, string> = {};
  for (const issue of apiError?.issues ?? []) {
    if (issue.path && !(issue.path in errors)) errors[issue.path] = issue.message;
  }
  const message = translatedStatus[status] ?? apiError?.message ?? "ra.notification.http_error";
  const body = Object.keys(errors).length ? { errors, error: apiError } : { error: apiError };
  return new HttpError(message, status, body);
}

export function queryString(query: CallOptions["query"]): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === "") continue;
    params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** One JSON call to the API; rejects with an HttpError on any non-2xx answer. */
export function createApiClient({ fetch, apiUrl, getToken, getLocale = rememberedLocale }: ApiClientOptions) {
  return async function call<T>(method: string, path: string, options: CallOptions = {}): Promise<T> {
    // The API words its messages (validation issues too) in the administrator's language, read at each call.
    const headers: Record<string, string> = {
      accept: "application/json",
      "accept-language": getLocale(),
      ...options.headers,
    };
    if (options.body !== undefined) headers["content-type"] = "application/json";
    if (options.ifMatch !== undefined) headers["if-match"] = String(options.ifMatch);
    const token = getToken?.();
    if (token) headers.authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await fetch(`${apiUrl}${path}${queryString(options.query)}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
    } catch {
      throw toHttpError(0, undefined);
    }
    const payload = await jsonOf(response);
    if (!response.ok) throw toHttpError(response.status, payload);
    return payload as T;
  };
}

/** The answer's JSON body; undefined when empty or not JSON. */
export async function jsonOf(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

export type ApiCall = ReturnType<typeof createApiClient>;
