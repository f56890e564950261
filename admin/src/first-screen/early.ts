/**
 * Requests a signed-in visit starts before the console's code has arrived (first-screen/main.ts), handed once to
 * the console's own identical request (same address, same token) if it comes within ten seconds; otherwise the
 * console asks the API itself, as it always did. One answer serves the first screen and the console.
 */
interface EarlyRequest {
  at: number;
  response: Promise<Response>;
}
type EarlyRequests = Record<string, EarlyRequest | undefined>;

const MAX_AGE_MS = 10_000;
const requests = (): EarlyRequests => {
  const holder = globalThis as { entraideEarly?: EarlyRequests };
  holder.entraideEarly ??= {};
  return holder.entraideEarly;
};
const keyOf = (url: string, token: string | undefined) => `GET ${url} ${token ?? ""}`;

/** Starts a GET with the headers the console's API client sends (api/http.ts). */
export function startEarly(url: string, token: string | undefined, locale: string): Promise<Response> {
  const headers: Record<string, string> = { accept: "application/json", "accept-language": locale };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = fetch(url, { method: "GET", headers });
  response.catch(() => undefined);
  requests()[keyOf(url, token)] = { at: Date.now(), response };
  return response;
}

const bearerOf = (headers: HeadersInit | undefined) =>
  new Headers(headers).get("authorization")?.replace(/^Bearer /, "") ?? undefined;

/** `fetch`, answered by the early request of the same GET when there is a fresh one (a failed one is asked again). */
export function fetchOrEarly(input: string, init?: RequestInit): Promise<Response> {
  const method = (init?.method ?? "GET").toUpperCase();
  const key = keyOf(input, bearerOf(init?.headers));
  const early = method === "GET" ? requests()[key] : undefined;
  if (!early) return fetch(input, init);
  delete requests()[key];
  if (Date.now() - early.at > MAX_AGE_MS) return fetch(input, init);
  return early.response.catch(() => fetch(input, init));
}
