/**
 * The one DynamoDB table of Entraide: its key attributes and global secondary
 * indexes. Both the local engine (npm start, tests) and the AWS stack build the
 * table from this description, so they cannot drift apart.
 *
 * Every item has `pk`/`sk`. Three generic GSIs serve the access patterns:
 * - gsi1: a record's "home" scope (a province, or the parent it belongs to),
 * - gsi2: a wider scope (a region, or the beneficiary whose record it is),
 * - gsi3: every record of one kind (newest last), for unfiltered lists.
 */
export const tableKeys = { partitionKey: "pk", sortKey: "sk" } as const;

export const globalIndexes = {
  gsi1: { partitionKey: "gsi1pk", sortKey: "gsi1sk" },
  gsi2: { partitionKey: "gsi2pk", sortKey: "gsi2sk" },
  gsi3: { partitionKey: "gsi3pk", sortKey: "gsi3sk" },
} as const;

export type IndexName = keyof typeof globalIndexes;

/** Attribute definitions as CreateTable wants them (all keys are strings). */
export function keyAttributeNames(): string[] {
  return [
    tableKeys.partitionKey,
    tableKeys.sortKey,
    ...Object.values(globalIndexes).flatMap((i) => [i.partitionKey, i.sortKey]),
  ];
}

/** Item attributes that belong to storage, never to the API's records. */
export const storageAttributes = new Set([
  ...keyAttributeNames(),
  "entity",
  "refs",
  // How many records of one kind point at this one (Reference.counter): kept by those records' writes.
  "grantCount",
  "supportCount",
]);
