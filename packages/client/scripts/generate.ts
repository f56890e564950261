import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { generatedSchema } from "./document.js";

/** Regenerates src/schema.ts from the API's document; a test fails when the checked-in file differs. */
const target = resolve(import.meta.dirname, "../src/schema.ts");
writeFileSync(target, await generatedSchema());
console.log(`wrote ${target}`);
