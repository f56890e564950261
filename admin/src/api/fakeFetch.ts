import type { FetchFn } from "./http";

export interface Recorded {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

type Answer = { status?: number; body?: unknown };

/**
 * A stand-in for `fetch` in component tests (jsdom has no server): it records
 * each request and answers from a list of routes, in order of declaration.
 */
export function fakeFetch(
  routes: Array<[method: string, url: RegExp, answer: Answer | ((request: Recorded) => Answer)]>,
) {
  const requests: Recorded[] = [];
  const fetch: FetchFn = async (url, init = {}) => {
    const request: Recorded = {
      method: init.method ?? "GET",
      url,
      headers: (init.headers ?? {}) as Record<string, string>,
      body: typeof init.body === "string" ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    const route = routes.find(([method, pattern]) => method === request.method && pattern.test(url));
    const answer = route
      ? typeof route[2] === "function"
        ? route[2](request)
        : route[2]
      : { status: 404, body: { error: { code: "not_found", message: "No route", issues: [] } } };
    const status = answer.status ?? 200;
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status,
      headers: { "content-type": "application/json" },
    });
  };
  return { fetch, requests };
}
