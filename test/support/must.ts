/**
 * The value a test expects to be there (an array's item, a map's entry, a match's group),
 * or an error that names what was missing: a failed lookup fails the test where it happened.
 */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`expected ${what}, found ${value}`);
  return value;
}
