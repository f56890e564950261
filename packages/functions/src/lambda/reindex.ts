/**
 * Entry point of the deploy's index-layout step (stacks/Data.ts, an SST Script): items stored under an older
 * access-pattern layout get their index keys rewritten, once per layout, during the deploy that changes it —
 * what `npm start` does before serving (packages/core/src/reindex.ts, docs/table-design.md "Reindexing").
 */
import { createDb } from "@entraide/core/db";
import { layoutVersion, reindexOnce } from "@entraide/core/reindex";
import * as z from "zod";

const Env = z.object({
  TABLE_NAME: z.string().min(1, "TABLE_NAME is required: the DynamoDB table's name"),
  DYNAMODB_ENDPOINT: z.url().optional(),
});

export async function handler(): Promise<{ layout: string; scanned: number; updated: number }> {
  const env = Env.parse(process.env);
  // Index keys are computed from fields stored in clear: no personal-data key is needed.
  const db = createDb({ tableName: env.TABLE_NAME, endpoint: env.DYNAMODB_ENDPOINT, piiKey: "" });
  const report = await reindexOnce(db);
  const result = { layout: layoutVersion(), scanned: report?.scanned ?? 0, updated: report?.updated ?? 0 };
  console.log(
    JSON.stringify({ level: "info", msg: report ? "index layout rewritten" : "index layout current", ...result }),
  );
  return result;
}
