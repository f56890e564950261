import * as z from "zod";

/** A calendar date, YYYY-MM-DD, that exists. */
export const IsoDate = z.iso.date({ message: "Expected a date YYYY-MM-DD" });

export const AreaType = z.enum(["urban", "semi_urban", "rural"]);

export const Id = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, "Expected an id (26 characters, as returned on create)");

export const Version = z.number().int().positive();

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
