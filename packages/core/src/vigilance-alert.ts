import * as z from "zod";
import type { Caller } from "./caller.js";
import { CENTER_PREFIX } from "./center.js";
import { Id, IsoDate, listShape, systemShape } from "./common.js";
import type { Db } from "./db.js";
import { createChildRepository } from "./sub-records.js";
import { CELL_PREFIX, vigilanceCells } from "./vigilance-cell.js";

export const alertKinds = ["homelessness", "cold_wave", "abuse", "abandonment", "other"] as const;
export const alertStatuses = ["open", "referred", "closed"] as const;

/** A situation a vigilance cell reports; `referred` means handed to a center, which must be named. */
export const VigilanceAlertInput = z
  .strictObject({
    date: IsoDate,
    kind: z.enum(alertKinds),
    description: z.string().trim().min(2).max(2000),
    status: z.enum(alertStatuses),
    referredCenterId: Id.optional(),
  })
  .meta({
    // The rule below, as JSON Schema says it, for partners' validators.
    if: { properties: { status: { const: "referred" } }, required: ["status"] },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keywords, in a schema that is never awaited
    then: { required: ["referredCenterId"] },
  });
export const VigilanceAlert = z.object({ cellId: Id, ...VigilanceAlertInput.shape, ...systemShape });
export type VigilanceAlert = z.infer<typeof VigilanceAlert>;
export const VigilanceAlertListQuery = z.strictObject({ ...listShape, status: z.enum(alertStatuses).optional() });

export const vigilanceAlerts = createChildRepository(
  {
    label: "alert",
    regions: { from: "parent", field: "cellId", parent: vigilanceCells.def },
    entity: "VIGILANCE_ALERT",
    parent: { prefix: CELL_PREFIX, label: "vigilance cell", field: "cellId" },
    skPrefix: "ALERT",
    fields: VigilanceAlertInput,
    rules: (a, ctx) => {
      if (a.status === "referred" && !a.referredCenterId) {
        ctx.addIssue({ code: "custom", path: ["referredCenterId"], message: "Required when status is referred" });
      }
    },
    keyOf: (_alert, id) => id,
    duplicate: { path: "id", message: "An alert with this id exists already" },
    references: (a) =>
      a.referredCenterId
        ? [{ field: "referredCenterId", prefix: CENTER_PREFIX, label: "center", id: a.referredCenterId }]
        : [],
  },
  // What happened, and when, stays as reported; the follow-up changes.
  { immutable: ["date", "kind"] },
);

export function listVigilanceAlerts(
  db: Db,
  caller: Caller,
  cellId: string,
  query: z.infer<typeof VigilanceAlertListQuery>,
) {
  return vigilanceAlerts.list(db, caller, cellId, query);
}
