import { BatchWriteCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import type * as z from "zod";
import { indexKeysOf } from "./access-patterns.js";
import type { Db } from "./db.js";
import {
  companionOps,
  type EntityDefinition,
  guardPutOp,
  itemKey,
  putItemOp,
  type SystemFields,
  validateRecord,
} from "./entity.js";
import type { ChildDefinition } from "./sub-records.js";
import { type AnyObject, parseOrThrow, withRules } from "./validation.js";

/**
 * Loading many records at once (seeds, migrations): the same items the
 * repositories write — keys, index attributes, guard items for unique values —
 * built from their definitions, but sent with BatchWriteItem instead of one
 * transaction each. No conditions are checked: the caller makes a consistent
 * set (references that exist, reference counts in `extra.refs`).
 */
export type Item = Record<string, unknown>;

/** The item a Put operation writes; any other operation here is a bug in the definitions. */
function putItemOf(op: { item: { Put?: { Item?: Item } } }): Item {
  const item = op.item.Put?.Item;
  if (!item) throw new Error("recordItems: expected a Put operation with an Item");
  return item;
}

/** A validated record's item and its guard items; `extra` holds counters other records keep (refs…). */
export function recordItems<S extends AnyObject>(
  def: EntityDefinition<S>,
  db: Db,
  fields: z.input<S>,
  system: SystemFields,
  extra: Item = {},
): Item[] {
  const valid = validateRecord(def, fields);
  const record = { ...valid, ...system };
  const main = putItemOf(putItemOp(def as unknown as EntityDefinition<AnyObject>, record, undefined, db));
  const guards = (def.uniques?.(valid, db) ?? []).map((u) => putItemOf(guardPutOp(u, system.id)));
  const companions = companionOps(def as unknown as EntityDefinition<AnyObject>, record, db).map(putItemOf);
  return [{ ...main, ...extra }, ...companions, ...guards];
}

/** The item of a record kept in its parent's partition (see sub-records.ts). */
export function childItem<S extends AnyObject>(
  def: ChildDefinition<S>,
  parentId: string,
  fields: z.input<S>,
  system: SystemFields,
  copied: Item = {},
): Item {
  const valid = parseOrThrow(withRules(def.fields, def.rules), fields);
  const record = { [def.parent.field]: parentId, ...copied, ...valid, ...system } as never;
  return {
    ...(record as Item),
    pk: itemKey(def.parent.prefix, parentId).pk,
    sk: `${def.skPrefix}#${def.keyOf(valid, system.id)}`,
    ...indexKeysOf(def.patterns, record),
    entity: def.entity,
  };
}

const BATCH_SIZE = 25;
const TRANSACTION_SIZE = 100;

export interface BulkOptions {
  /** Batches sent at the same time. */
  inFlight?: number;
  onWritten?: (count: number) => void;
  /** Sees every item as it is queued (the benchmark records them to replay as raw writes). */
  onItems?: (items: Item[]) => void;
  /**
   * Groups of 100 in one TransactWriteItems instead of BatchWriteItem's 25. DynamoDB Local
   * on disk commits every item of a batch on its own and a transaction once: 12× faster
   * there (1,000 items: 14 s → 1.1 s). For local engines; in AWS a transaction costs double.
   */
  transactions?: boolean;
}

/** Sends items in batches of 25, several in flight, retrying what DynamoDB leaves unprocessed. */
export class BulkWriter {
  private pending: Item[] = [];
  private readonly keys = new Set<string>();
  private readonly sending = new Set<Promise<void>>();
  written = 0;

  constructor(
    private readonly db: Db,
    private readonly options: BulkOptions = {},
  ) {}

  async add(items: Item[]): Promise<void> {
    this.options.onItems?.(items);
    const size = this.options.transactions ? TRANSACTION_SIZE : BATCH_SIZE;
    for (const item of items) {
      // One request may not name an item twice.
      const key = `${item.pk}\u0000${item.sk}`;
      if (this.keys.has(key)) await this.send(this.pending.splice(0));
      this.pending.push(item);
      this.keys.add(key);
      if (this.pending.length === size) await this.send(this.pending.splice(0));
    }
  }

  async flush(): Promise<void> {
    if (this.pending.length) await this.send(this.pending.splice(0));
    await Promise.all([...this.sending]);
  }

  private async send(batch: Item[]): Promise<void> {
    this.keys.clear();
    // Wait for a free slot: memory stays bounded however many items come.
    while (this.sending.size >= (this.options.inFlight ?? 4)) await Promise.race([...this.sending]);
    const work = this.write(batch).then(() => {
      this.written += batch.length;
      this.options.onWritten?.(batch.length);
    });
    this.sending.add(work);
    void work.finally(() => this.sending.delete(work)).catch(() => undefined);
  }

  private async write(batch: Item[]): Promise<void> {
    if (this.options.transactions) {
      await this.db.doc.send(
        new TransactWriteCommand({
          TransactItems: batch.map((Item) => ({ Put: { TableName: this.db.tableName, Item } })),
        }),
      );
      return;
    }
    let requests = batch.map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; requests.length; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(50 * 2 ** attempt, 2000)));
      if (attempt > 10) throw new Error(`${requests.length} items stayed unprocessed after ${attempt} attempts`);
      const result = await this.db.doc.send(new BatchWriteCommand({ RequestItems: { [this.db.tableName]: requests } }));
      requests = (result.UnprocessedItems?.[this.db.tableName] ?? []) as typeof requests;
    }
  }
}
