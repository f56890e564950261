/**
 * The value a caller knows is there (a query enabled only with it, a DOM node the page
 * holds, a test's lookup), or an error that names what was missing.
 */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`expected ${what}, found ${value}`);
  return value;
}
