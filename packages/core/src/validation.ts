import * as z from "zod";
import { type FieldIssue, invalid } from "./errors.js";

export type AnyObject = z.ZodObject<z.ZodRawShape>;

export function issuesOf(error: z.ZodError, prefix = ""): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    // zod reports unknown fields on the object; name each field instead.
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: join(prefix, [...path, key]), message: "Unknown field" }));
    }
    return [withRaw({ path: join(prefix, path), message: issue.message }, issue)];
  });
}

/** The zod issue behind a field issue, kept out of JSON, so an answer can say it in another language. */
const withRaw = (fieldIssue: FieldIssue, raw: z.core.$ZodIssue): FieldIssue =>
  Object.defineProperty(fieldIssue, "raw", { value: raw, enumerable: false });
export const rawIssueOf = (fieldIssue: FieldIssue) => (fieldIssue as { raw?: z.core.$ZodIssue }).raw;

function join(prefix: string, path: string[]): string {
  return [prefix, ...path].filter(Boolean).join(".");
}

const refined = new WeakMap<object, WeakMap<object, z.ZodType>>();

/**
 * A definition's fields with its cross-field rules, built once per pair: each
 * new zod schema compiles its parser on first use, which made every record
 * written pay for a compilation (most of the seed's and the import's CPU).
 */
export function withRules<S extends AnyObject>(
  fields: S,
  rules: ((record: z.infer<S>, ctx: z.RefinementCtx) => void) | undefined,
): S {
  if (!rules) return fields;
  const byRules = refined.get(fields) ?? new WeakMap<object, z.ZodType>();
  refined.set(fields, byRules);
  const schema = byRules.get(rules) ?? fields.superRefine(rules);
  byRules.set(rules, schema);
  return schema as S;
}

export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalid(issuesOf(result.error));
  return result.data;
}

/**
 * The body of a PATCH: every field optional, and optional fields may be set to
 * null to remove them (JSON merge patch). Unknown fields are still refused.
 */
export function patchSchemaOf<S extends AnyObject>(fields: S, immutable: string[] = []) {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, schema] of Object.entries(fields.shape)) {
    // Fields that never change are not in the patch at all: sending one is an unknown field.
    if (immutable.includes(name)) continue;
    const field = schema as z.ZodType;
    shape[name] =
      field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType).nullable().optional() : field.optional();
  }
  return z.strictObject(shape) as z.ZodType<PatchOf<z.infer<S>>>;
}

export type PatchOf<T> = { [K in keyof T]?: undefined extends T[K] ? T[K] | null : T[K] };

/** Applies a merge patch: null removes a field, undefined leaves it. */
export function applyPatch<T extends Record<string, unknown>>(current: T, patch: Record<string, unknown>): T {
  const merged: Record<string, unknown> = { ...current };
  for (const [name, value] of Object.entries(patch)) {
    if (value === null) delete merged[name];
    else if (value !== undefined) merged[name] = value;
  }
  return merged as T;
}
