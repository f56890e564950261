import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AccessPattern } from "../packages/core/src/access-patterns.js";
import { indexedKinds } from "../packages/core/src/indexed-kinds.js";
import { registries } from "../packages/core/src/registries.js";
import { globalIndexes } from "../packages/core/src/table.js";

/**
 * Writes the access-pattern table of docs/table-design.md from the
 * definitions' patterns (`npx tsx scripts/table-design.ts`); a test fails when
 * the document and the definitions drift apart.
 */
export const DOC = fileURLToPath(new URL("../docs/table-design.md", import.meta.url));
const START = "<!-- access-patterns:start (written by scripts/table-design.ts) -->";
const END = "<!-- access-patterns:end -->";

const code = (text: string) => `\`${text}\``;

function keys(pattern: AccessPattern) {
  const names = pattern.index === "table" ? { partitionKey: "pk", sortKey: "sk" } : globalIndexes[pattern.index];
  const pk = pattern.shards ? `${pattern.pk}#SHARD#{shard}` : pattern.pk;
  return { pk: `${names.partitionKey} = ${code(pk)}`, sk: `${names.sortKey} = ${code(pattern.sk)}` };
}

/** The generated section: one row per kind and pattern, the narrowest first as the list planner tries them. */
export function renderAccessPatterns(): string {
  const rows = ["| kind (`entity`) | pattern | index | partition key | sort key |", "|---|---|---|---|---|"];
  const ownKey = new Set(registries.map((r) => r.def.prefix));
  for (const [entity, patterns] of Object.entries(indexedKinds())) {
    if (ownKey.has(entity))
      rows.push(`| ${entity} | byId | table | pk = ${code(`${entity}#{id}`)} | sk = ${code(entity)} |`);
    for (const [name, pattern] of Object.entries(patterns)) {
      const { pk, sk } = keys(pattern);
      const count = pattern.shards;
      const shards = count ? ` (${count === 1 ? "1 partition, shard 0" : `${count} shards`})` : "";
      rows.push(`| ${entity} | ${name} | ${pattern.index}${shards} | ${pk} | ${sk} |`);
    }
  }
  return [START, "", ...rows, "", END].join("\n");
}

/** The document with its generated section replaced by `section`. */
export function withSection(doc: string, section: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/table-design.md has no ${START} … ${END} section`);
  return doc.slice(0, start) + section + doc.slice(end + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(DOC, withSection(readFileSync(DOC, "utf8"), renderAccessPatterns()));
  console.log("docs/table-design.md: access patterns written");
}
