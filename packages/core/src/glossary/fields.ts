/**
 * The shape of a registry's words: its name by count and a label for each field
 * of its records, in Arabic and French. Each registry's words live in
 * `registries/<noun>.ts`, typed against the registry's own zod fields (a type
 * import only, so the console bundles them without zod): a field added to a
 * registry and not named there fails `tsc`.
 */
import type * as z from "zod";
import type { systemShape } from "../common.js";
import type { Label, Words } from "./words.js";

/** A label for each key of a record; an object field (a center's location) has a label for each of its own keys. */
export type FieldWords<T> = {
  [K in keyof T]-?: NonNullable<T[K]> extends readonly unknown[]
    ? Label
    : NonNullable<T[K]> extends Record<string, unknown>
      ? FieldWords<NonNullable<T[K]>>
      : Label;
};

/** Words the console shows beside the record's own fields: counters kept on the record, list filters. */
type ExtraWords = { readonly [field: string]: Label | Words };

/** What every registry's words hold, for a registry whose record fields are `Fields` (its definition's `fields`). */
export interface RegistryWords<Fields extends z.ZodType = z.ZodType> {
  /** The registry's name by count, as `byCount` writes it. */
  name: Label;
  fields: FieldWords<z.output<Fields> & Record<keyof typeof systemShape, unknown>> & ExtraWords;
}

/** A registry's words as any reader takes them: a tree of labels (words.ts). */
export type AnyRegistryWords = { name: Label; fields: Words };

/**
 * A name by count, as polyglot reads it (forms separated by " |||| "). Arabic has six forms,
 * 0 | 1 | 2 | 3–10 | 11–99 | 100+; react-admin asks for a registry's plural name with smart_count 2,
 * the dual slot, which therefore holds the plural name ("المراكز"). French has two: one | many.
 */
export const byCount = (
  ar: [zero: string, one: string, plural: string, few: string, many: string, hundred: string],
  fr: [one: string, many: string],
): Label => ({ ar: ar.join(" |||| "), fr: fr.join(" |||| ") });

/** The fields every record has (common.ts `systemShape`). */
export const systemWords = {
  id: { ar: "المعرّف", fr: "Identifiant" },
  version: { ar: "الإصدار", fr: "Version" },
  createdAt: { ar: "تاريخ الإنشاء", fr: "Créé le" },
  updatedAt: { ar: "آخر تعديل", fr: "Modifié le" },
} satisfies Record<keyof typeof systemShape, Label>;

/** Where a record lies (territory.ts and common.ts `AreaType`). */
export const territoryWords = {
  regionCode: { ar: "الجهة", fr: "Région" },
  provinceCode: { ar: "العمالة أو الإقليم", fr: "Préfecture ou province" },
  areaType: { ar: "نوع الوسط", fr: "Milieu" },
} satisfies Record<string, Label>;
