import { Id } from "@entraide/core/common";
import { languages } from "@entraide/core/glossary/imports";
import { importStatuses, outcomes } from "@entraide/core/imports/jobs";
import { importRegistryNames } from "@entraide/core/imports/registries";
import * as z from "zod";
import { error } from "../crud.js";

/** The shapes of the import routes, as the OpenAPI document shows them. */
export const Counts = z
  .object({
    rows: z.number().int(),
    valid: z.number().int(),
    invalid: z.number().int(),
    duplicates: z.number().int(),
    probableDuplicates: z.number().int(),
    created: z.number().int(),
    skipped: z.number().int(),
  })
  .openapi("ImportCounts");

export const ImportView = z
  .object({
    id: Id,
    registry: z.enum(importRegistryNames),
    format: z.enum(["csv", "xlsx"]),
    fileName: z.string(),
    status: z.enum(importStatuses),
    progress: z.object({ done: z.number().int(), total: z.number().int() }),
    counts: Counts,
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    unknownColumns: z
      .array(z.string())
      .openapi({ description: "Columns of the file that were not imported (reported once)" }),
    createProbableDuplicates: z.boolean().optional(),
    problem: z
      .object({ code: z.string(), message: z.string() })
      .optional()
      .openapi({ description: "Why the file was refused (status failed), in the asked language" }),
  })
  .openapi("Import");

export const CreatedImport = ImportView.extend({
  uploadUrl: z.string().openapi({
    description:
      "PUT the file's bytes here: this API's own route under npm start, a presigned S3 URL (15 minutes) in AWS",
  }),
}).openapi("CreatedImport");

export const Match = z
  .object({ recordId: z.string(), score: z.number().min(0).max(1), reasons: z.array(z.string()) })
  .openapi("ImportMatch");
export const RowView = z
  .object({
    row: z.number().int().openapi({ description: "The spreadsheet's row number (the header is row 1)" }),
    outcome: z.enum(outcomes),
    recordId: z.string().optional().openapi({ description: "The record the commit created" }),
    issues: z.array(z.object({ column: z.string(), message: z.string() })),
    matches: z
      .array(Match)
      .openapi({ description: "Existing records this row duplicates (exact: score 1, or probable)" }),
  })
  .openapi("ImportRow");

export const Lang = z
  .enum(languages)
  .optional()
  .openapi({ description: "Language of messages; default from Accept-Language, else en" });
export const ImportIdParam = z.object({ id: Id.openapi({ param: { name: "id", in: "path" } }) });
export const CommitBody = z.strictObject({
  createProbableDuplicates: z
    .boolean()
    .default(false)
    .openapi({ description: "Also create the rows found probable duplicates" }),
});

/** The statuses every signed-in import route can answer. */
export const signedIn = {
  401: error("Not signed in"),
  403: error("Not allowed: finance staff and keys without the imports scope"),
  429: error("Too many requests for this API key"),
};
