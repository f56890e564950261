import { beneficiaries } from "@entraide/core/beneficiary";
import { systemCaller } from "@entraide/core/caller";
import { centers } from "@entraide/core/center";
import type { LocalServer } from "../../packages/functions/src/local/server.js";
import { peakRss, runWorker } from "../child.js";
import type { Row } from "../table.js";

interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** `target`: the share of the engine's own requests/s the API keeps (one read adds little to the engine's work). */
const scenarios = [
  { scenario: "get-center", label: "GET one center", target: 0.9 },
  { scenario: "page-beneficiaries", label: "GET 50 beneficiaries of a province", target: 0.7 },
  { scenario: "post-beneficiary", label: "POST a beneficiary (unique-ID transaction)", target: 0.7 },
] as const;

/**
 * API reads and writes under load from a second process (autocannon, 20
 * connections), against the same DynamoDB operations sent directly with the SDK.
 * `only` runs some scenarios alone (when working on one).
 */
export async function apiLoad(
  server: LocalServer,
  options: {
    seconds: number;
    connections: number;
    token: string;
    only?: Array<(typeof scenarios)[number]["scenario"]>;
  },
): Promise<{ rows: Row[]; serverPeakMb: number }> {
  const ids = await prepare(server);
  const rows: Row[] = [];
  let serverPeakMb = 0;
  for (const { scenario, label, target } of scenarios) {
    if (options.only && !options.only.includes(scenario)) continue;
    const base = { scenario, connections: options.connections, seconds: options.seconds, ids, token: options.token };
    // Warm-up: JIT, connection pools and the engine's caches.
    await runWorker<Load>("bench/load.ts", { ...base, url: server.url, seconds: 2, runTag: "WA" });
    const { result: ours, peakMb } = await peakRss(() =>
      runWorker<Load>("bench/load.ts", { ...base, url: server.url, runTag: "AB" }),
    );
    serverPeakMb = Math.max(serverPeakMb, peakMb);
    await runWorker<Load>("bench/floor.ts", {
      ...base,
      endpoint: server.engine.endpoint,
      table: server.db.tableName,
      seconds: 2,
      runTag: "FW",
    });
    const floor = await runWorker<Load>("bench/floor.ts", {
      ...base,
      endpoint: server.engine.endpoint,
      table: server.db.tableName,
      runTag: "FL",
    });
    if (ours.errors) console.warn(`${label}: ${ours.errors} non-2xx answers or errors`);
    rows.push(
      {
        measurement: `${label}: requests/s`,
        ours: ours.rps,
        floor: floor.rps,
        unit: "req/s",
        better: "higher",
        target,
      },
      { measurement: `${label}: p50`, ours: ours.p50, floor: floor.p50, unit: "ms", better: "lower", target: 1.5 },
      { measurement: `${label}: p99`, ours: ours.p99, floor: floor.p99, unit: "ms", better: "lower" },
    );
  }
  return { rows, serverPeakMb };
}

/** 200 centers to read; 600 beneficiaries in Casablanca so a 50-item page is full. */
async function prepare(server: LocalServer): Promise<string[]> {
  const ids: string[] = [];
  const center = (i: number) => ({
    name: `Centre ${i}`,
    type: "proximity",
    regionCode: "MA-06",
    provinceCode: "MA-CAS",
    areaType: "urban",
    capacity: 30,
    status: "active",
    openedOn: "2010-01-01",
  });
  for (let i = 0; i < 200; i += 20) {
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, k) => centers.create(server.db, systemCaller, center(i + k))),
    );
    ids.push(...created.map((c) => c.id));
  }
  for (let i = 0; i < 600; i += 20) {
    await Promise.all(
      Array.from({ length: 20 }, () =>
        beneficiaries.create(server.db, systemCaller, {
          firstName: "Youssef",
          lastName: "Alaoui",
          sex: "male",
          birthDate: "1990-05-05",
          categories: ["child"],
          regionCode: "MA-06",
          provinceCode: "MA-CAS",
          areaType: "urban",
          consentGiven: true,
        }),
      ),
    );
  }
  return ids;
}
