import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DOC, renderAccessPatterns, withSection } from "../../scripts/table-design.js";

describe("docs/table-design.md", () => {
  it("lists every registry's access patterns as the definitions declare them (npx tsx scripts/table-design.ts)", () => {
    const doc = readFileSync(DOC, "utf8");
    expect(withSection(doc, renderAccessPatterns())).toBe(doc);
  });
});
