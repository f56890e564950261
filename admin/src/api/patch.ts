/** Fields the registry keeps itself: never sent back in a create or a patch. */
const systemFields = new Set(["id", "version", "createdAt", "updatedAt", "hostsActive"]);

/** An empty input, or a group of inputs (e.g. a location) left entirely empty. */
const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === "" ||
  (typeof value === "object" && !Array.isArray(value) && Object.values(value as object).every(isEmpty));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A create body: the form's values without system fields and without empty optional inputs. */
export function createBody(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([name, value]) => !systemFields.has(name) && !isEmpty(value)));
}

/**
 * A JSON merge patch from the edited record: only what changed, and `null`
 * for an optional field the administrator emptied (the API then removes it).
 */
export function mergePatch(
  data: Record<string, unknown>,
  previous: Record<string, unknown> = {},
): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) {
    if (systemFields.has(name)) continue;
    if (isEmpty(value)) {
      if (!isEmpty(previous[name])) patch[name] = null;
    } else if (!same(value, previous[name])) {
      patch[name] = value;
    }
  }
  return patch;
}
