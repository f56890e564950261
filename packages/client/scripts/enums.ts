/**
 * src/enums.ts: the fixed lists of the document's component schemas as values, for code that
 * offers them (a console's select inputs) rather than only checks them. One `export const` per
 * list, named schema + property (`Center.type` → `centerType`), so a bundler keeps only the
 * lists a program imports; a list the same as an earlier one is exported as that one.
 */
type Node = { enum?: unknown[]; items?: Node; properties?: Record<string, Node>; allOf?: Node[] };

const WIDTH = 120;
const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const upperFirst = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** A property's list of strings, as a value or as the values of an array. */
function stringsOf(property: Node): string[] | undefined {
  const list = property.enum ?? property.items?.enum;
  return list?.every((value) => typeof value === "string") ? (list as string[]) : undefined;
}

/** Formatted as Biome formats it: on one line when it fits, else one value a line. */
function constant(name: string, values: string[]): string {
  const quoted = values.map((value) => JSON.stringify(value));
  const line = `export const ${name} = [${quoted.join(", ")}] as const;`;
  if (line.length <= WIDTH) return line;
  return [`export const ${name} = [`, ...quoted.map((value) => `  ${value},`), "] as const;"].join("\n");
}

export function enumsModule(document: { components?: { schemas?: Record<string, Node> } }): string {
  const seen = new Map<string, string>();
  const declarations: string[] = [];
  for (const [schema, node] of Object.entries(document.components?.schemas ?? {})) {
    const properties = Object.assign({}, node.properties, ...(node.allOf ?? []).map((part) => part.properties));
    for (const [property, definition] of Object.entries(properties as Record<string, Node>)) {
      const values = stringsOf(definition);
      if (!values) continue;
      const name = `${lowerFirst(schema)}${upperFirst(property)}`;
      const same = seen.get(JSON.stringify(values));
      declarations.push(
        `/** ${schema}.${property} */`,
        same ? `export const ${name} = ${same};` : constant(name, values),
      );
      if (!same) seen.set(JSON.stringify(values), name);
    }
  }
  return [
    "// Generated from the Entraide API's OpenAPI document by `npm run generate -w @entraide/client`. Do not edit.",
    ...declarations,
    "",
  ].join("\n");
}
