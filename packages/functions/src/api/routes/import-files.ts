import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { DomainError } from "@entraide/core/errors";
import { MAX_FILE_BYTES } from "@entraide/core/imports/files";
import { updateImportJob } from "@entraide/core/imports/jobs";
import { importRegistryNames } from "@entraide/core/imports/registries";
import { allRows } from "@entraide/core/imports/rows";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import * as z from "zod";
import { csvReport, fileContentTypes, reportLines, template, xlsxReport } from "../../imports/documents.js";
import { TooLarge } from "../../imports/services.js";
import { PII_READ, regionsFor, signedInCaller } from "../access/caller.js";
import { requires } from "../access/permissions.js";
import { error, json } from "../crud.js";
import type { AppEnv, Ctx } from "../env.js";
import { ImportIdParam, ImportView, Lang, signedIn } from "./import-schemas.js";
import { importView, languageOf, visibleJob } from "./import-views.js";

const tags = ["Imports"];
const XLSX = fileContentTypes.xlsx;
const file = (description: string, example: string) => ({
  description,
  content: {
    "text/csv": { schema: z.string(), example },
    [XLSX]: { schema: z.string().openapi({ format: "binary" }) },
  },
});
/** The file's bytes, as browsers label them (a CSV or a workbook) or as plain bytes. */
const bytes = { schema: z.string().openapi({ format: "binary" }) };
const uploadTypes = { "application/octet-stream": bytes, "text/csv": bytes, [XLSX]: bytes };
const Format = z.enum(["csv", "xlsx"]).default("xlsx");

/** The one route whose body may exceed the API's 256 KB: the file of an import, streamed to disk. */
export const uploadRoute = /^\/api\/v1\/imports\/[^/]+\/file$/;

/** A file to save: whole (a template), or streamed as it is written (a report). */
function download(c: Ctx, body: Buffer | string | AsyncIterable<Buffer>, format: "csv" | "xlsx", name: string) {
  const payload =
    typeof body === "string" || Buffer.isBuffer(body)
      ? new Uint8Array(typeof body === "string" ? Buffer.from(body, "utf8") : body)
      : (Readable.toWeb(Readable.from(body)) as ReadableStream);
  return c.body(payload, 200, {
    "Content-Type": fileContentTypes[format],
    "Content-Disposition": `attachment; filename="${name}.${format}"`,
  });
}

export function importFileRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({
      ...requires("imports:write"),
      method: "put",
      path: "/api/v1/imports/{id}/file",
      tags,
      operationId: "uploadImportFile",
      summary: "Upload the file of an import (npm start; in AWS the uploadUrl is a presigned S3 PUT)",
      request: { params: ImportIdParam, body: { content: uploadTypes, required: true } },
      responses: {
        200: json(ImportView, "The file is kept; POST …/validate next"),
        400: error("Invalid id"),
        404: error("No such import"),
        409: error("The import has its file already"),
        413: error("Larger than 50 MB"),
        ...signedIn,
      },
    }),
    async (c) => {
      const job = await visibleJob(c as Ctx, c.req.valid("param").id);
      const receive = c.var.imports?.receive;
      if (!receive) throw new DomainError("conflict", "Upload the file to the import's uploadUrl");
      if (job.status !== "awaiting_file")
        throw new DomainError("conflict", `The import is ${job.status}: start a new import for another file`);
      const declared = Number(c.req.header("content-length") ?? 0);
      const tooLarge = () =>
        c.json(
          {
            error: {
              code: "payload_too_large",
              message: "The file is larger than 50 MB",
              issues: [{ path: "file", message: "At most 50 MB" }],
            },
          },
          413,
        );
      if (declared > MAX_FILE_BYTES) return tooLarge();
      const body = c.req.raw.body
        ? Readable.fromWeb(c.req.raw.body as NodeReadableStream<Uint8Array>)
        : Readable.from([]);
      try {
        const fileSize = await receive(job.id, body, MAX_FILE_BYTES);
        await updateImportJob(c.var.db, job.id, { fileSize }, ["awaiting_file"]);
        return c.json(importView({ ...job, fileSize }, languageOf(c as Ctx)), 200);
      } catch (e) {
        if (e instanceof TooLarge) return tooLarge();
        throw e;
      }
    },
  );

  app.openapi(
    createRoute({
      ...requires("imports:read"),
      method: "get",
      path: "/api/v1/imports/{id}/report",
      tags,
      operationId: "getImportReport",
      summary: "The report: the file's rows with outcome, message and record id",
      description:
        "Formula-like cells are neutralised (leading apostrophe). National IDs and phones are masked without `pii:read` on the row's region.",
      request: { params: ImportIdParam, query: z.object({ format: Format, lang: Lang }) },
      responses: {
        200: file(
          "The report",
          "Prénom;Nom;Date de naissance;Résultat;Message;Identifiant\nAmina;Alaoui;05/03/1990;created;;01J8Z3K5QW9V2M4N6P8R0T2X4Y\n",
        ),
        302: {
          description:
            "In AWS: to the report's presigned link, valid 15 minutes (a Lambda answer can't carry a large file)",
          headers: z.object({ Location: z.string().openapi({ description: "The presigned S3 link" }) }),
        },
        400: error("Invalid query"),
        404: error("No such import"),
        ...signedIn,
      },
    }),
    async (c) => {
      const { format } = c.req.valid("query");
      const job = await visibleJob(c as Ctx, c.req.valid("param").id);
      const readable = regionsFor(signedInCaller(c), PII_READ);
      const mayRead = (region?: string) => readable === "all" || (region !== undefined && readable.has(region));
      const lang = languageOf(c as Ctx);
      // Row by row from the table to the answer: a report of 200,000 rows never sits in memory as rows.
      const lines = reportLines(job, allRows(c.var.db, job.id), lang, mayRead);
      const body = format === "csv" ? csvReport(lines) : xlsxReport(lines, lang);
      const name = `import-${job.id}`;
      const publish = c.var.imports?.publishReport;
      if (publish)
        return c.redirect(
          await publish(job.id, `${name}.${format}`, await buffer(body), fileContentTypes[format]),
          302,
        );
      return download(c as Ctx, body, format, name);
    },
  );
}

/** Registered before `/imports/{id}` so that "templates" is never read as an id. */
export function importTemplateRoute(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({
      ...requires("imports:read"),
      method: "get",
      path: "/api/v1/imports/templates/{registry}",
      tags,
      operationId: "getImportTemplate",
      summary: "A template to fill: headers, one example row, and (XLSX) a sheet of allowed values",
      request: {
        params: z.object({
          registry: z.enum(importRegistryNames).openapi({ param: { name: "registry", in: "path" } }),
        }),
        query: z.object({ format: Format, lang: z.enum(["ar", "fr"]).default("ar") }),
      },
      responses: {
        200: file("The template", "Prénom;Nom;Date de naissance;Sexe;Consentement\nAmina;Alaoui;05/03/1990;F;oui\n"),
        400: error("Unknown registry or format"),
        ...signedIn,
      },
    }),
    async (c) => {
      const { registry } = c.req.valid("param");
      const { format, lang } = c.req.valid("query");
      return download(c as Ctx, template(registry, lang, format), format, `${registry}-${lang}`);
    },
  );
}
