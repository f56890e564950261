import { DomainError } from "@entraide/core/errors";
import { say } from "@entraide/core/glossary/imports";
import {
  createImportJob,
  getImportJob,
  ImportListQuery,
  listImportJobs,
  NewImport,
  outcomes,
  updateImportJob,
} from "@entraide/core/imports/jobs";
import { listRows } from "@entraide/core/imports/rows";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { issueColumn, issueMessage } from "../../imports/documents.js";
import { callerOf, regionsFor, signedInCaller } from "../access/caller.js";
import { requires } from "../access/permissions.js";
import { error, json } from "../crud.js";
import type { AppEnv, Ctx } from "../env.js";
import { importFileRoutes, importTemplateRoute } from "./import-files.js";
import { CommitBody, CreatedImport, ImportIdParam, ImportView, Lang, RowView, signedIn } from "./import-schemas.js";
import { importView, languageOf, visibleJob } from "./import-views.js";

const tags = ["Imports"];
const [read, write] = [requires("imports:read"), requires("imports:write")];

const services = (c: Ctx) => {
  const found = c.var.imports;
  if (!found) throw new DomainError("unprocessable", "Imports are not available on this deployment");
  return found;
};

/** Import of beneficiaries, enrollments, centers and cooperatives from CSV or XLSX files (docs/imports.md). */
export function importRoutes(app: OpenAPIHono<AppEnv>) {
  importTemplateRoute(app);
  app.openapi(
    createRoute({
      ...write,
      method: "post",
      path: "/api/v1/imports",
      tags,
      operationId: "createImport",
      summary: "Start an import",
      description:
        "Records the import and answers where to PUT the file (≤ 50 MB, ≤ 200,000 rows). Then `POST …/validate` runs the dry run.",
      request: { body: { content: { "application/json": { schema: NewImport } }, required: true } },
      responses: { 201: json(CreatedImport, "The import, awaiting its file"), 400: error("Invalid body"), ...signedIn },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const caller = signedInCaller(c);
      const regions = regionsFor(caller, `${input.registry}:write`);
      if (regions !== "all" && regions.size === 0) {
        return c.json(
          {
            error: {
              code: "forbidden",
              message: `You may not create ${input.registry}`,
              issues: [{ path: "registry", message: "Not allowed" }],
            },
          },
          403,
        );
      }
      const job = await createImportJob(c.var.db, callerOf(c), input, regions === "all" ? "all" : [...regions]);
      const origin = new URL(c.req.url).origin;
      c.header("Location", `/api/v1/imports/${job.id}`);
      return c.json(
        { ...importView(job, languageOf(c as Ctx)), uploadUrl: await services(c as Ctx).uploadUrl(job.id, origin) },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      ...read,
      method: "get",
      path: "/api/v1/imports",
      tags,
      operationId: "listImports",
      summary: "Past imports",
      description: "Newest first. Staff limited to regions see the imports they made.",
      request: { query: ImportListQuery.extend({ lang: Lang }) },
      responses: {
        200: json(z.object({ items: z.array(ImportView), nextCursor: z.string().nullable() }), "A page of imports"),
        400: error("Invalid query"),
        ...signedIn,
      },
    }),
    async (c) => {
      const { lang: _lang, ...query } = c.req.valid("query");
      const caller = signedInCaller(c);
      const mine = regionsFor(caller, "imports:write") === "all" ? undefined : caller.actor;
      const page = await listImportJobs(c.var.db, query, mine);
      const lang = languageOf(c as Ctx);
      return c.json({ items: page.items.map((job) => importView(job, lang)), nextCursor: page.nextCursor }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...read,
      method: "get",
      path: "/api/v1/imports/{id}",
      tags,
      operationId: "getImport",
      summary: "An import's status, progress and counts",
      request: { params: ImportIdParam, query: z.object({ lang: Lang }) },
      responses: {
        200: json(ImportView, "The import"),
        400: error("Invalid id"),
        404: error("No such import"),
        ...signedIn,
      },
    }),
    async (c) => c.json(importView(await visibleJob(c as Ctx, c.req.valid("param").id), languageOf(c as Ctx)), 200),
  );

  app.openapi(
    createRoute({
      ...write,
      method: "post",
      path: "/api/v1/imports/{id}/validate",
      tags,
      operationId: "validateImport",
      summary: "Run the dry run",
      description:
        "Checks every row without creating anything; follow `GET /api/v1/imports/{id}` until `validated` (or `failed`).",
      request: { params: ImportIdParam },
      responses: {
        202: json(ImportView, "The dry run started"),
        400: error("Invalid id"),
        404: error("No such import"),
        409: error("No file uploaded yet, or already validated"),
        ...signedIn,
      },
    }),
    async (c) => {
      const job = await visibleJob(c as Ctx, c.req.valid("param").id);
      const imports = services(c as Ctx);
      if ((await imports.files.size(job.id)) === undefined)
        throw new DomainError("conflict", say("no_file", "en"), [{ path: "file", message: say("no_file", "en") }]);
      await updateImportJob(c.var.db, job.id, { status: "validating" }, ["awaiting_file"]);
      await imports.launch(job.id);
      return c.json(importView({ ...job, status: "validating" }, languageOf(c as Ctx)), 202);
    },
  );

  app.openapi(
    createRoute({
      ...write,
      method: "post",
      path: "/api/v1/imports/{id}/commit",
      tags,
      operationId: "commitImport",
      summary: "Create the records of the valid rows",
      description:
        "Creates the valid rows (and the probable duplicates if asked), never a duplicate. Committing again, or twice at once, creates nothing twice.",
      request: {
        params: ImportIdParam,
        body: { content: { "application/json": { schema: CommitBody } }, required: false },
      },
      responses: {
        202: json(ImportView, "The commit started (or is done)"),
        400: error("Invalid body"),
        404: error("No such import"),
        409: error("Not validated yet"),
        ...signedIn,
      },
    }),
    async (c) => {
      const job = await visibleJob(c as Ctx, c.req.valid("param").id);
      const body = (await c.req.json().catch(() => ({}))) as unknown;
      const { createProbableDuplicates } = CommitBody.parse(body ?? {});
      const db = c.var.db;
      if (job.status === "validated") {
        const total = job.counts.valid + (createProbableDuplicates ? job.counts.probableDuplicates : 0);
        await updateImportJob(
          db,
          job.id,
          { status: "committing", createProbableDuplicates, progress: { done: 0, total } },
          ["validated", "committing"],
        ).catch((e) => {
          if (!(e instanceof DomainError)) throw e;
        });
      } else if (job.status !== "committing" && job.status !== "committed") {
        throw new DomainError("conflict", `The import is ${job.status}: validate it first`);
      }
      const now = await getImportJob(db, job.id);
      if (now.status === "committing") await services(c as Ctx).launch(job.id);
      return c.json(importView(now, languageOf(c as Ctx)), 202);
    },
  );

  app.openapi(
    createRoute({
      ...read,
      method: "get",
      path: "/api/v1/imports/{id}/rows",
      tags,
      operationId: "listImportRows",
      summary: "The rows of an import, by outcome",
      request: {
        params: ImportIdParam,
        query: z.object({
          outcome: z.enum(outcomes).optional(),
          lang: Lang,
          limit: ImportListQuery.shape.limit,
          cursor: ImportListQuery.shape.cursor,
        }),
      },
      responses: {
        200: json(
          z.object({ items: z.array(RowView), nextCursor: z.string().nullable() }),
          "A page of rows, in file order",
        ),
        400: error("Invalid query"),
        404: error("No such import"),
        ...signedIn,
      },
    }),
    async (c) => {
      const { outcome, limit, cursor } = c.req.valid("query");
      const job = await visibleJob(c as Ctx, c.req.valid("param").id);
      const lang = languageOf(c as Ctx);
      const page = await listRows(c.var.db, job.id, { outcome, limit, cursor });
      const items = page.items.map(({ row, outcome: o, recordId, issues, matches }) => ({
        row,
        outcome: o,
        recordId,
        matches,
        issues: issues.map((i) => ({ column: issueColumn(i, lang), message: issueMessage(i, lang) })),
      }));
      return c.json({ items, nextCursor: page.nextCursor }, 200);
    },
  );

  importFileRoutes(app);
}
