/**
 * The OpenAPI document as the server really behaves. Routes declare what is
 * theirs (their body, their 404, 409, 412…); what every route of a kind can
 * answer because of the app's middleware is added here, once, so a route
 * registered anywhere inherits it: 400 (parameters or body), 401 and 403
 * (signed-in routes), 429 (API keys are rate-limited), 413 and 415 (bodies),
 * 428 (If-Match required), and a stable operationId derived from the path.
 */
import { exampleOf } from "./examples.js";

type Json = Record<string, unknown>;
type Operation = Json & {
  responses: Record<string, Json>;
  parameters?: Json[];
  requestBody?: Json;
  operationId?: string;
  "x-permission"?: Json;
  tags?: string[];
};
export type Document = Json & {
  paths: Record<string, Record<string, Operation>>;
  components?: Json & { schemas?: Json; headers?: Json };
};

const errorRef = { $ref: "#/components/schemas/Error" };
const header = (description: string, schema: Json = { type: "string" }) => ({ description, schema });
export const sharedHeaders = {
  ETag: header('The record\'s version, quoted: send it back as If-Match (`"3"`)', {
    type: "string",
    pattern: '^"\\d{1,9}"$',
  }),
  Location: header("Where the new record is read"),
  "Retry-After": header("Seconds to wait before trying again", { type: "integer", minimum: 1 }),
  "WWW-Authenticate": header('How to sign in: `Bearer realm="entraide"`'),
  Allow: header("The methods this path answers"),
};
const headerRef = (name: keyof typeof sharedHeaders) => ({ $ref: `#/components/headers/${name}` });

const errorResponse = (code: string, description: string, headers?: Json): Json => ({
  description,
  ...(headers ? { headers } : {}),
  content: { "application/json": { schema: errorRef, example: { error: { code, message: description, issues: [] } } } },
});

/** Statuses the app's middleware can answer on an operation, by what the operation is. */
function inherited(path: string, op: Operation): Record<string, Json> {
  const signedIn = !(op["x-permission"] && "public" in op["x-permission"]);
  const hasInput = (op.parameters?.length ?? 0) > 0 || op.requestBody !== undefined;
  const ifMatch = op.parameters?.some((p) => String(p.name).toLowerCase() === "if-match" && p.in === "header");
  const added: Record<string, Json> = {};
  if (hasInput) added[400] = errorResponse("validation_failed", "Invalid request: `issues` names each field and why");
  if (signedIn) {
    added[401] = errorResponse("unauthorized", "Not signed in: no valid token or API key", {
      "WWW-Authenticate": headerRef("WWW-Authenticate"),
    });
    // Routes open to anyone signed in (`signedIn`) refuse no one who got past 401.
    if (!(op["x-permission"] && "signedIn" in op["x-permission"])) {
      added[403] = errorResponse(
        "forbidden",
        "Signed in, but without the right `x-permission` names, or outside your regions",
      );
    }
    added[429] = errorResponse("rate_limited", "Too many requests for this API key", {
      "Retry-After": headerRef("Retry-After"),
    });
  }
  if (path.includes("{")) added[404] = errorResponse("not_found", "No such record");
  if (op.requestBody) {
    added[413] = errorResponse("payload_too_large", "The body is larger than 256 KB");
    added[415] = errorResponse(
      "unsupported_media_type",
      "The body is not of a declared content type (application/json)",
    );
  }
  if (ifMatch) {
    added[412] = errorResponse(
      "precondition_failed",
      "Stale version: someone changed the record since you read it; read it again",
    );
    added[428] = errorResponse("precondition_required", "If-Match missing: send the version you read");
  }
  return added;
}

const words = (segment: string) =>
  segment
    .split(/[-_]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
const singular = (word: string) =>
  word.endsWith("ies")
    ? `${word.slice(0, -3)}y`
    : word.endsWith("sses")
      ? word.slice(0, -2)
      : word.endsWith("s")
        ? word.slice(0, -1)
        : word;

/**
 * `GET /api/v1/centers` → listCenters, `POST …/centers` → createCenter,
 * `GET …/centers/{id}` → getCenter, `PATCH` → updateCenter, `DELETE` → deleteCenter;
 * nested: `GET …/exhibitions/{id}/participants` → listExhibitionParticipants.
 */
export function operationIdOf(method: string, path: string): string {
  const segments = path.replace(/^\/api\/(v\d+\/)?/, "").split("/");
  const item = /^{.+}$/.test(segments.at(-1) ?? "");
  const nouns = segments.flatMap((segment, i) => {
    if (/^{.+}$/.test(segment)) return [];
    const last = i === segments.length - 1;
    const plural = last && !item && method === "get";
    return [plural ? words(segment) : singular(words(segment))];
  });
  const verb =
    { get: item ? "get" : "list", post: "create", patch: "update", put: "replace", delete: "delete" }[method] ?? method;
  return verb + nouns.join("");
}

/** Adds, in place, what every operation inherits; an operation's own declarations win. */
export function completeDocument<D extends Document>(doc: D): D {
  doc.components = { ...doc.components, headers: { ...sharedHeaders, ...(doc.components?.headers as Json) } };
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      op.operationId ??= operationIdOf(method, path);
      for (const [status, response] of Object.entries(inherited(path, op))) {
        const own = op.responses[status];
        op.responses[status] = own ? { ...response, ...own } : response;
      }
      for (const [status, response] of Object.entries(op.responses)) {
        if (status === "201" && response.content)
          response.headers = { Location: headerRef("Location"), ...(response.headers as Json) };
      }
      const schemas = doc.components?.schemas ?? {};
      const body = (op.requestBody?.content as Record<string, Json> | undefined)?.["application/json"];
      if (body && body.example === undefined) body.example = exampleOf(body.schema, schemas);
      const success = Object.entries(op.responses).find(([status]) => status.startsWith("2"))?.[1];
      const answer = (success?.content as Record<string, Json> | undefined)?.["application/json"];
      if (answer && answer.example === undefined) answer.example = exampleOf(answer.schema, schemas);
    }
  }
  return doc;
}

/** The scopes an API key may carry are the ones the routes declare: listed as an enum where keys are made. */
export function withScopes<D extends Document>(doc: D, scopes: Iterable<string>): D {
  const body = doc.paths["/api/v1/api-keys"]?.post?.requestBody as
    | { content: Record<string, { schema: { properties: Record<string, Json> } }> }
    | undefined;
  const property = body?.content["application/json"]?.schema.properties.scopes;
  if (property) property.items = { ...(property.items as Json), enum: [...scopes] };
  return doc;
}
