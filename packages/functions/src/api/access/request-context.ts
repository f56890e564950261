import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.js";

/** Query parameters whose values are personal data: never logged. */
const personalParameters = new Set(["nationalid", "phone"]);
const acceptedRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

export type LogLine = (line: string) => void;

/**
 * Gives each request an id (the caller's X-Request-Id when well-formed),
 * echoes it in the answer, and logs one structured line per request — without
 * bodies, and without the values of personal query parameters.
 */
export function requestContext(log: LogLine): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = Date.now();
    const given = c.req.header("x-request-id");
    const requestId = given && acceptedRequestId.test(given) ? given : randomUUID();
    c.set("requestId", requestId);
    try {
      await next();
    } finally {
      c.res.headers.set("X-Request-Id", requestId);
      log(
        JSON.stringify({
          level: "info",
          msg: "request",
          requestId,
          method: c.req.method,
          path: c.req.path,
          query: loggableQuery(c.req.url),
          status: c.res.status,
          ms: Date.now() - started,
          actor: c.var.caller?.actor,
        }),
      );
    }
  };
}

function loggableQuery(url: string): Record<string, string> {
  const query: Record<string, string> = {};
  new URL(url).searchParams.forEach((value, name) => {
    query[name] = personalParameters.has(name.toLowerCase()) ? "[redacted]" : value.slice(0, 200);
  });
  return query;
}
