import fc from "fast-check";
import type { JsonSchema } from "../../packages/functions/src/api/json-schema.js";

/**
 * fast-check arbitraries for the JSON Schemas of the OpenAPI document (which
 * the API makes from its zod schemas): values the schema allows. Rules across
 * fields (a province in its region, a date after another) are not in a JSON
 * Schema, so some generated values are still refused, with a declared 400.
 */
export type Schema = JsonSchema;

export function arbitraryOf(
  schema: Schema | undefined,
  schemas: Record<string, Schema>,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (!schema || depth > 8) return fc.constant(undefined);
  if (schema.$ref) return arbitraryOf(schemas[schema.$ref.slice(schema.$ref.lastIndexOf("/") + 1)], schemas, depth + 1);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return fc.oneof(...variants.map((s) => arbitraryOf(s, schemas, depth + 1)));
  if (schema.allOf) return arbitraryOf(Object.assign({}, ...schema.allOf), schemas, depth + 1);
  const types = [schema.type ?? "string"].flat();
  return fc.oneof(...types.map((type) => ofType(type, schema, schemas, depth)));
}

function ofType(type: string, schema: Schema, schemas: Record<string, Schema>, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({
        min: bound(schema.minimum, schema.exclusiveMinimum, 1, -1e6),
        max: bound(schema.maximum, schema.exclusiveMaximum, -1, 1e6),
      });
    case "number": {
      const min = schema.minimum ?? schema.exclusiveMinimum ?? -1e6;
      const max = schema.maximum ?? 1e6;
      if (schema.multipleOf) {
        const step = schema.multipleOf;
        const lowest = Math.ceil(min / step) + (schema.exclusiveMinimum !== undefined ? 1 : 0);
        return fc
          .integer({ min: lowest, max: Math.floor(Math.min(max, 1e9) / step) })
          .map((n) => Number((n * step).toFixed(6)));
      }
      return fc.double({
        min,
        max,
        noNaN: true,
        noDefaultInfinity: true,
        minExcluded: schema.exclusiveMinimum !== undefined,
      });
    }
    case "array": {
      const minLength = schema.minItems ?? 0;
      const items = arbitraryOf(schema.items, schemas, depth + 1);
      return fc.array(items, { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 3, 3)) });
    }
    case "object": {
      const properties = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([name, sub]) => [name, arbitraryOf(sub, schemas, depth + 1)]),
      );
      return fc.record(properties, { requiredKeys: (schema.required ?? []).filter((name) => name in properties) });
    }
    default:
      return stringOf(schema);
  }
}

const bound = (inclusive: number | undefined, exclusive: number | undefined, step: number, fallback: number) =>
  inclusive ?? (exclusive !== undefined ? exclusive + step : fallback);

function stringOf(schema: Schema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.max(min, Math.min(schema.maxLength ?? 40, 60));
  if (schema.format === "date")
    return fc
      .date({ min: new Date("1960-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  if (schema.format === "date-time")
    return fc
      .date({ min: new Date("2000-01-01"), max: new Date("2035-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString());
  if (schema.format === "email") return fc.emailAddress();
  if (schema.format === "uri") return fc.webUrl();
  if (schema.pattern)
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter((s) => s.length >= min && s.length <= (schema.maxLength ?? Infinity));
  // Trimmed by the server: a value with a letter at each end keeps its length.
  return fc
    .string({ minLength: Math.max(min - 2, 0), maxLength: Math.max(max - 2, 0) })
    .map((s) => `a${s}a`.slice(0, max))
    .filter((s) => s.length >= min);
}
