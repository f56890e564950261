/**
 * Shapes the console reads from the API: the types generated from its
 * OpenAPI document (@entraide/client), never copies kept by hand.
 */
import type { components, paths } from "@entraide/client/schema";

type Schemas = components["schemas"];
type JsonOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { "application/json": infer B } } };
}
  ? B
  : never;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type Region = Schemas["Region"];
export type Province = Schemas["Province"];
export type Territories = JsonOf<"/api/v1/territories", "get">;
export type Hosting = Schemas["Hosting"];

/** The yearly bilan as computed by the indicator jobs. */
export type Indicators = Schemas["Bilan"];

/** A count that may have stopped early (walking cursors has a cap): the console's own. */
export interface Count {
  count: number;
  capped: boolean;
}

/** A record that is probably the same person (GET /beneficiaries/{id}/duplicates); reasons labelled under entraide.duplicates.reason. */
export type ProbableDuplicate = Schemas["ProbableDuplicate"];
