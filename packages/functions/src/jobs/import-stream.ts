import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { Db } from "@entraide/core/db";
import type { ImportFiles } from "@entraide/core/imports/files";
import { runImportStep } from "@entraide/core/imports/run";
import * as z from "zod";
import { IMPORT_TICKET, putImportTicket } from "../imports/s3-files.js";

/**
 * The import function in AWS: each ticket item the API (or a previous run)
 * writes starts it through the table's stream. It works on the job until a
 * minute before its time limit, then writes the next ticket and ends: the next
 * invocation goes on where it stopped (the job's progress is in the table).
 */
export const importTicketInserts = {
  eventName: ["INSERT"],
  dynamodb: { NewImage: { entity: { S: [IMPORT_TICKET] } } },
};

/** Time kept for the last batch and the hand-over. */
export const HANDOVER_MARGIN_MS = 60_000;

const TicketEvent = z.object({
  Records: z
    .array(z.object({ dynamodb: z.object({ NewImage: z.record(z.string(), z.record(z.string(), z.unknown())) }) }))
    .min(1),
});

export function createImportHandler(deps: { db: Db; files: ImportFiles }) {
  return async (event: unknown, context: { getRemainingTimeInMillis(): number }) => {
    const { Records } = TicketEvent.parse(event);
    for (const record of Records) {
      const ticket = unmarshall(record.dynamodb.NewImage as never) as { importId?: unknown };
      if (typeof ticket.importId !== "string") throw new Error("Invalid import ticket: no importId");
      const deadline = Date.now() + context.getRemainingTimeInMillis() - HANDOVER_MARGIN_MS;
      const outcome = await runImportStep(deps.db, deps.files, ticket.importId, deadline);
      if (outcome === "handover") await putImportTicket(deps.db, ticket.importId);
    }
  };
}
