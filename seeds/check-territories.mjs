#!/usr/bin/env node
// Sanity check for seeds/territories.json (Morocco, 2015 regional division).
// Plain Node, no dependencies: `node seeds/check-territories.mjs`
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, "territories.json");
const data = JSON.parse(readFileSync(file, "utf8"));

const failures = [];
const check = (cond, msg) => {
  if (!cond) failures.push(msg);
};
const ARABIC = /[\u0600-\u06FF]/;
const nonEmpty = (s) => typeof s === "string" && s.trim().length > 0;

const regions = Array.isArray(data.regions) ? data.regions : [];
const provinces = Array.isArray(data.provinces) ? data.provinces : [];
check(Array.isArray(data.regions), "regions must be an array");
check(Array.isArray(data.provinces), "provinces must be an array");

// Regions
const expectedRegionCodes = Array.from({ length: 12 }, (_, i) => `MA-${String(i + 1).padStart(2, "0")}`);
check(regions.length === 12, `expected 12 regions, got ${regions.length}`);
check(
  JSON.stringify(regions.map((r) => r.code)) === JSON.stringify(expectedRegionCodes),
  `region codes must be MA-01..MA-12 in order, got ${regions.map((r) => r.code).join(",")}`,
);
const regionCodes = new Set(regions.map((r) => r.code));
for (const r of regions) {
  check(nonEmpty(r.nameFr), `${r.code}: nameFr empty`);
  check(nonEmpty(r.nameAr), `${r.code}: nameAr empty`);
  check(ARABIC.test(r.nameAr ?? ""), `${r.code}: nameAr has no Arabic letters`);
}

// Provinces
check(provinces.length === 75, `expected 75 provinces, got ${provinces.length}`);
const seen = new Set();
for (const p of provinces) {
  check(/^MA-[A-Z]{3}$/.test(p.code ?? ""), `bad province code ${JSON.stringify(p.code)}`);
  check(!seen.has(p.code), `duplicate province code ${p.code}`);
  seen.add(p.code);
  check(regionCodes.has(p.regionCode), `${p.code}: unknown regionCode ${p.regionCode}`);
  check(p.kind === "prefecture" || p.kind === "province", `${p.code}: bad kind ${p.kind}`);
  check(nonEmpty(p.nameFr), `${p.code}: nameFr empty`);
  check(nonEmpty(p.nameAr), `${p.code}: nameAr empty`);
  check(ARABIC.test(p.nameAr ?? ""), `${p.code}: nameAr has no Arabic letters`);
}
const prefectures = provinces.filter((p) => p.kind === "prefecture");
check(prefectures.length === 13, `expected 13 prefectures, got ${prefectures.length}`);

// Ordering: provinces by regionCode then code
const sorted = [...provinces].sort((a, b) =>
  a.regionCode === b.regionCode ? a.code.localeCompare(b.code) : a.regionCode.localeCompare(b.regionCode),
);
check(
  sorted.every((p, i) => p === provinces[i]),
  "provinces must be sorted by regionCode then code",
);

// Known 2015 placements that iso-codes gets wrong
const byCode = new Map(provinces.map((p) => [p.code, p]));
check(byCode.get("MA-NOU")?.regionCode === "MA-06", "Nouaceur (MA-NOU) must be in MA-06 Casablanca-Settat");
check(byCode.get("MA-CHT")?.regionCode === "MA-09", "Chtouka-Aït Baha (MA-CHT) must be in MA-09 Souss-Massa");

// Per-region table
const rows = regions.map((r) => {
  const ps = provinces.filter((p) => p.regionCode === r.code);
  const pref = ps.filter((p) => p.kind === "prefecture").length;
  check(ps.length > 0, `${r.code}: region has no province`);
  return { code: r.code, name: r.nameFr, total: ps.length, pref, prov: ps.length - pref };
});
const w = Math.max(...rows.map((r) => r.name.length), 6);
console.log(
  `${"code".padEnd(6)} ${"region".padEnd(w)} ${"pref".padStart(4)} ${"prov".padStart(4)} ${"total".padStart(5)}`,
);
for (const r of rows) {
  console.log(
    `${r.code.padEnd(6)} ${r.name.padEnd(w)} ${String(r.pref).padStart(4)} ${String(r.prov).padStart(4)} ${String(r.total).padStart(5)}`,
  );
}
console.log(
  `${"all".padEnd(6)} ${"".padEnd(w)} ${String(prefectures.length).padStart(4)} ${String(provinces.length - prefectures.length).padStart(4)} ${String(provinces.length).padStart(5)}`,
);

if (failures.length) {
  console.error(`\nterritories.json: ${failures.length} check(s) failed:`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log("\nterritories.json: all checks passed");
