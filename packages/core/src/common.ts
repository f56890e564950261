import * as z from "zod";

/** A calendar date, YYYY-MM-DD, that exists. */
export const IsoDate = z.iso.date({ message: "Expected a date YYYY-MM-DD" });

export const AreaType = z.enum(["urban", "semi_urban", "rural"]);

export const Id = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, "Expected an id (26 characters, as returned on create)");

export const Version = z.number().int().positive();

/**
 * Numbers as DynamoDB can store them: the JS SDK refuses integers above 2^53
 * and DynamoDB anything below ~1e-130, so every number has stated bounds and
 * decimals are counted on the number as sent (`String(n)` is its shortest form).
 */
const decimalsOf = (n: number) => {
  const text = String(n);
  if (/e/i.test(text)) return Number.POSITIVE_INFINITY; // 5e-324, 1e+21: never a plain amount
  return text.split(".")[1]?.length ?? 0;
};

/** The most a money amount may be: 10^12 MAD (a trillion dirhams, far above any yearly budget of Entraide). */
export const MAX_MAD = 1_000_000_000_000;

/** Dirhams: at least `min`, at most 10^12, at most 2 decimal places (centimes). */
export const Mad = (options: { positive?: boolean } = {}) =>
  (options.positive ? z.number().gt(0, "More than 0") : z.number().min(0, "At least 0"))
    .max(MAX_MAD, "At most 1,000,000,000,000 MAD")
    .refine((n) => decimalsOf(n) <= 2, "At most 2 decimal places (centimes)")
    .meta({ multipleOf: 0.01, description: "Dirhams (MAD), at most 2 decimal places" });

/** A whole number between `min` and `max`, both stated in the document. */
export const Count = (min: number, max: number) =>
  z.number().int().min(min, `At least ${min}`).max(max, `At most ${max}`);

/** A positive quantity with at most 3 decimals (kilograms, litres…), at most 10^9. */
export const Quantity = z
  .number()
  .gt(0, "More than 0")
  .max(1_000_000_000, "At most 1,000,000,000")
  .refine((n) => decimalsOf(n) <= 3, "At most 3 decimal places")
  .meta({ multipleOf: 0.001 });

/** Today in Morocco's calendar, for "not in the future" checks. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Adds an issue at `path` unless `later` is on or after `earlier`. */
export function checkNotBefore(
  ctx: z.RefinementCtx,
  earlier: string | undefined,
  later: string | undefined,
  path: string,
  message: string,
): void {
  if (earlier && later && later < earlier) ctx.addIssue({ code: "custom", path: [path], message });
}

/** Fields every record carries, for response schemas. */
export const systemShape = {
  id: Id,
  version: Version,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};

export const ListLimit = z.coerce
  .number({ message: "Expected a number" })
  .int()
  .min(1, "At least 1")
  .max(100, "At most 100 items a page")
  .default(25);

export const listShape = {
  limit: ListLimit,
  cursor: z.string().min(1).max(2000).optional(),
};
