import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { beneficiaries } from "../beneficiary.js";
import { BulkWriter } from "../bulk.js";
import { systemCaller } from "../caller.js";
import type { Db } from "../db.js";
import { matchItem } from "./match-item.js";

const marker = { pk: "SYSTEM#MIGRATION", sk: "MATCH_ITEMS" };

/**
 * Gives every stored beneficiary its match item (match-item.ts): records
 * written before duplicate detection existed have none, and would never be
 * found. Reads the kind's index page by page, writes in batches; safe to run
 * again (it overwrites with the same items). Once done, a marker skips it.
 */
export async function fillMatchItemsOnce(db: Db): Promise<number | undefined> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: marker }));
  if (Item) return undefined;
  const writer = new BulkWriter(db);
  let cursor: string | undefined;
  let count = 0;
  do {
    const page = await beneficiaries.list(db, systemCaller, { limit: 100, cursor });
    await writer.add(page.items.map((record) => matchItem(record, db.piiKey)));
    count += page.items.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  await writer.flush();
  await db.doc.send(
    new PutCommand({ TableName: db.tableName, Item: { ...marker, count, at: new Date().toISOString() } }),
  );
  return count;
}
