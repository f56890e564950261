import type { OpenAPIHono } from "@hono/zod-openapi";
import { RouteTable } from "./access/permissions.js";
import { completeDocument, type Document, withScopes } from "./document.js";
import type { AppEnv } from "./env.js";

export const openApiInfo = {
  openapi: "3.1.0",
  info: {
    title: "Entraide API",
    version: "1.0.0",
    description:
      "Registries of Entraide Nationale (التعاون الوطني): social centers, beneficiaries, enrollments, cooperatives and solidarity marketplace spaces. " +
      "Lists are cursor-paginated (`limit` ≤ 100, `cursor` = the previous page's `nextCursor`). Changes need `If-Match` with the record's version. " +
      "Every error is `{ error: { code, message, issues: [{ path, message }] } }`, its `message` in the language of `Accept-Language` (ar, fr, en). " +
      "A method a path does not answer gets 405 with `Allow`. " +
      "Staff send `Authorization: Bearer <token>` (from `POST /api/auth/login`), partner apps `X-Api-Key`; " +
      "each operation names the right it needs in `x-permission`. National IDs and phones come masked (`BK****56`) " +
      "to callers without `pii:read` on the record's region.",
  },
  security: [{ bearer: [] }, { apiKey: [] }] as Array<Record<string, string[]>>,
};

/** OpenAPI document and a Swagger UI page; `assetsUrl` serves swagger-ui-dist (local folder or CDN). */
export function registerDocs(app: OpenAPIHono<AppEnv>, assetsUrl: string) {
  const routes = new RouteTable(app);
  let document: Document | undefined; // routes are all registered before the first request
  app.get("/api/openapi.json", (c) => {
    document ??= withScopes(
      completeDocument(app.getOpenAPI31Document(openApiInfo) as unknown as Document),
      routes.grantableScopes(),
    );
    return c.json(document);
  });
  app.get("/api/docs", (c) =>
    c.html(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Entraide API</title>
<link rel="stylesheet" href="${assetsUrl}/swagger-ui.css"></head>
<body><div id="docs"></div><script src="${assetsUrl}/swagger-ui-bundle.js"></script>
<script>SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#docs" });</script></body></html>`),
  );
}
