import type * as z from "zod";
import type { Condition } from "./entity.js";
import type { DomainError } from "./errors.js";
import type { WriteOp } from "./store.js";

type Child = Record<string, unknown>;

/**
 * A place a child record holds on its parent while it lasts: a current
 * hosting takes one of its space's stalls. The parent counts the places held
 * (`counter`, capped by its `limit` field), a guard item in the parent's
 * partition keeps one place per holder (a cooperative hosted once at a time by
 * a space), and the child's end step gives both back.
 */
export interface HeldPlace {
  /** Whether the record holds a place (a hosting without `to`). */
  holds: (record: Child) => boolean;
  counter: string;
  limit: string;
  /** What the parent must be for a child to be added (checked first), and for a place to be taken (in the transaction). */
  open: { refusal: (parent: Child) => DomainError | undefined; condition: Condition };
  full: (parent: Child) => DomainError;
  /** The guard's sort key prefix, the holder's key in it, and the error when it is taken already. */
  guard: { skPrefix: string; keyOf: (record: Child) => string; taken: () => DomainError };
  /** The end step: what a client sends, why it may be refused, and the record it makes (holding nothing). */
  end: {
    fields: z.ZodType<Child>;
    refusal: (record: Child, input: Child) => DomainError | undefined;
    apply: (record: Child, input: Child) => Child;
  };
}

/** What the parent's update adds when a child takes or frees a place, besides its reference count. */
export function placeUpdate(held: HeldPlace, change: "take" | "free") {
  if (change === "free")
    return { set: "", add: "#held :free", condition: "", names: { "#held": held.counter }, values: { ":free": -1 } };
  return {
    set: "SET #held = if_not_exists(#held, :none) + :take",
    add: "",
    // The count and the parent's state are checked in the same transaction: two requests for the last place can't both win.
    condition: ` AND (attribute_not_exists(#held) OR #held < #limit) AND (${held.open.condition.expression})`,
    names: { "#held": held.counter, "#limit": held.limit, ...held.open.condition.names },
    values: { ":none": 0, ":take": 1, ...held.open.condition.values },
  };
}

/** The guard of a holder's place, in the parent's partition. */
export function guardKey(held: HeldPlace, partition: string, record: Child) {
  return { pk: partition, sk: `${held.guard.skPrefix}#${held.guard.keyOf(record)}` };
}

export function takeGuardOp(held: HeldPlace, partition: string, record: Child): WriteOp {
  return {
    item: {
      Put: {
        TableName: "",
        Item: { ...guardKey(held, partition, record), owner: record.id },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
    onConditionFailed: held.guard.taken,
  };
}

export function freeGuardOp(held: HeldPlace, partition: string, record: Child, raced: () => DomainError): WriteOp {
  return { item: { Delete: { TableName: "", Key: guardKey(held, partition, record) } }, onConditionFailed: raced };
}
