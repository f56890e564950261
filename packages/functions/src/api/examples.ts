import type { JsonSchema } from "./json-schema.js";

/**
 * An example value for a JSON Schema of the document, so every operation
 * shows one: the first of a list, the lower bound of a range, a date for a
 * date. Territory codes are given as a pair that belongs together.
 */
type Schema = JsonSchema;

const known: Record<string, unknown> = {
  regionCode: "MA-06",
  provinceCode: "MA-CAS",
  nationalId: "BK123456",
  phone: "0612345678",
  id: "01J8Z3K4M5N6P7Q8R9S0T1V2W3",
  year: 2024,
  name: "Centre social Hay Mohammadi",
};
const byPattern: Array<[RegExp, string]> = [[/\[0-9A-HJKMNP-TV-Z\]\{26\}/, known.id as string]];
const byFormat: Record<string, string> = {
  date: "2024-03-05",
  "date-time": "2024-03-05T10:00:00.000Z",
  email: "contact@example.ma",
  uri: "https://example.ma",
};

/** A JSON Schema is an object; anything else in the document (a `$ref`'s target missing, say) has no example. */
const isSchema = (value: unknown): value is Schema =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isSchemaMap = (value: unknown): value is Record<string, Schema> =>
  isSchema(value) && Object.values(value).every(isSchema);

/** The example of `schema` (a JSON Schema of the document, whose named schemas are `schemas`), if it has one. */
export function exampleOf(schema: unknown, schemas: unknown): unknown {
  return isSchema(schema) && isSchemaMap(schemas) ? example(schema, schemas) : undefined;
}

function example(schema: Schema | undefined, schemas: Record<string, Schema>, name = "", depth = 0): unknown {
  if (!schema || depth > 6) return undefined;
  if (schema.$ref) return example(schemas[schema.$ref.split("/").pop() ?? ""], schemas, name, depth + 1);
  if (schema.example !== undefined) return schema.example;
  if (name in known && !schema.enum) return known[name];
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const variant = schema.anyOf ?? schema.oneOf;
  if (variant) return example(variant.find((s) => s.type !== "null") ?? variant[0], schemas, name, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [key, sub] of Object.entries(schema.properties ?? {})) {
        if (schema.required?.includes(key) || depth === 0) out[key] = example(sub, schemas, key, depth + 1);
      }
      return out;
    }
    case "array":
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () =>
        example(schema.items, schemas, name, depth + 1),
      );
    case "integer":
    case "number":
      return Math.max(schema.minimum ?? 1, (schema.exclusiveMinimum ?? 0) + 1);
    case "boolean":
      return true;
    case "string":
      return (
        (schema.format && byFormat[schema.format]) ??
        byPattern.find(([p]) => p.test(schema.pattern ?? ""))?.[1] ??
        "text"
      );
    default:
      return undefined;
  }
}
