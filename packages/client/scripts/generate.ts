import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { generatedEnums, generatedSchema } from "./document.js";

/** Regenerates src/schema.ts and src/enums.ts from the API's document; a test fails when a checked-in file differs. */
for (const [file, generate] of [
  ["schema.ts", generatedSchema],
  ["enums.ts", generatedEnums],
] as const) {
  const target = resolve(import.meta.dirname, "../src", file);
  writeFileSync(target, await generate());
  console.log(`wrote ${target}`);
}
