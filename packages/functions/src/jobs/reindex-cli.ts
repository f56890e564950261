/**
 * Rewrites the index keys of items stored by an older layout, in the table of
 * a deployed stage (docs/table-design.md, "Reindexing"): run once after a
 * deploy that changes an access pattern, with the deployer's credentials.
 *
 *   TABLE_NAME=<table> AWS_REGION=<region> npx tsx packages/functions/src/jobs/reindex-cli.ts
 *
 * `npm start` runs the same step by itself before serving.
 */
import { createDb } from "@entraide/core/db";
import { reindex } from "@entraide/core/reindex";
import * as z from "zod";

const Env = z.object({
  TABLE_NAME: z.string().min(1, "TABLE_NAME: the stage's table"),
  AWS_REGION: z.string().min(1).optional(),
  DYNAMODB_ENDPOINT: z.url().optional(),
  SEGMENTS: z.coerce.number().int().min(1).max(1000).default(8),
});

const env = Env.parse(process.env);
// Index keys are computed from fields stored in clear: no personal-data key is needed.
const db = createDb({ tableName: env.TABLE_NAME, endpoint: env.DYNAMODB_ENDPOINT, region: env.AWS_REGION, piiKey: "" });
const started = Date.now();
const report = await reindex(db, { segments: env.SEGMENTS });
console.log(
  `${env.TABLE_NAME}: ${report.scanned} items read, ${report.updated} rewritten (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
