import * as z from "zod";
import type { Caller } from "./caller.js";
import { Id, IsoDate, listShape, Mad, systemShape } from "./common.js";
import { COOPERATIVE_PREFIX, cooperatives } from "./cooperative.js";
import type { Db } from "./db.js";
import { EXHIBITION_PREFIX, Exhibition, exhibitions } from "./exhibition.js";
import { createChildRepository } from "./sub-records.js";

/** A cooperative taking part in an exhibition, once per exhibition; `salesMad`: what it sold there. */
export const ParticipationInput = z.strictObject({
  cooperativeId: Id,
  salesMad: Mad().optional(),
});
export const Participation = z.object({
  exhibitionId: Id,
  exhibitionStartDate: IsoDate,
  ...ParticipationInput.shape,
  ...systemShape,
});
export type Participation = z.infer<typeof Participation>;
export const ParticipationListQuery = z.strictObject(listShape);

export const participations = createChildRepository(
  {
    label: "participation",
    regions: { from: "parent", field: "exhibitionId", parent: exhibitions.def },
    entity: "EXHIBITION_PARTICIPATION",
    parent: { prefix: EXHIBITION_PREFIX, label: "exhibition", field: "exhibitionId", counter: "participantCount" },
    skPrefix: "PARTICIPANT",
    fields: ParticipationInput,
    // Keyed by the cooperative: the item itself keeps "once per exhibition", even under concurrent requests.
    keyOf: (p) => p.cooperativeId,
    duplicate: { path: "cooperativeId", message: "This cooperative takes part in this exhibition already" },
    patterns: {
      // Oldest first: by the exhibition's start date.
      byCooperative: {
        index: "gsi1",
        pk: `${COOPERATIVE_PREFIX}#{cooperativeId}#EXHIBITIONS`,
        sk: "{exhibitionStartDate}#{exhibitionId}",
      },
    },
    references: (p) => [
      { field: "cooperativeId", prefix: COOPERATIVE_PREFIX, label: "cooperative", id: p.cooperativeId },
    ],
    // The yearly bilan counts participations by the exhibition's start date, copied here.
    fromParent: (exhibition) => ({
      copy: { exhibitionStartDate: exhibition.startDate },
      condition: {
        expression: "#c_start = :c_start",
        names: { "#c_start": "startDate" },
        values: { ":c_start": exhibition.startDate },
        description: "with an unchanged start date",
      },
    }),
  },
  { immutable: ["cooperativeId"] },
);

export const CooperativeExhibition = Participation.extend({ exhibition: Exhibition });

/** The exhibitions one cooperative took part in, oldest first, each with its participation. */
export async function listExhibitionsOfCooperative(
  db: Db,
  caller: Caller,
  cooperativeId: string,
  page: { limit: number; cursor?: string },
) {
  await cooperatives.get(db, caller, cooperativeId);
  const found = await participations.listBy(db, { ...page, cooperativeId });
  // An exhibition can't be deleted while it has participants, so each one is there; whoever reaches the
  // cooperative sees where it exhibited, in any region.
  const anywhere: Caller = { ...caller, regions: "all" };
  const items = await Promise.all(
    found.items.map(async (p) => ({ ...p, exhibition: await exhibitions.get(db, anywhere, p.exhibitionId as string) })),
  );
  return { items, nextCursor: found.nextCursor };
}
