import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { beneficiaries } from "@entraide/core/beneficiary";
import { recordItems } from "@entraide/core/bulk";
import { createDb, ensureTable } from "@entraide/core/db";
import { newSystemFields } from "@entraide/core/entity";
import { importAuditItem } from "@entraide/core/imports/import-audit";
import { provinces } from "@entraide/core/territory";
import { importNodeOptions } from "../../packages/functions/src/imports/heap.js";
import { startDynamoDbLocal } from "../../packages/functions/src/local/dynamodb-local.js";
import { cycled } from "../../seeds/random.js";
import { seedDataset } from "../../seeds/seed.js";
import { runWorker } from "../child.js";
import type { Row } from "../table.js";

const firstNames = [
  "Fatima",
  "Khadija",
  "Amina",
  "Zineb",
  "Mohamed",
  "Youssef",
  "Hamza",
  "Salma",
  "Rachid",
  "Naima",
  "Hind",
  "Omar",
];
const lastNames = [
  "El Alaoui",
  "Bennani",
  "Tazi",
  "Idrissi",
  "Amrani",
  "Berrada",
  "Chraibi",
  "Ouazzani",
  "Benjelloun",
  "Fassi",
];

/**
 * Import at scale: `rows` beneficiary rows (French headers, dd/mm/yyyy, one
 * row in 50 without consent) imported end to end — dry run with duplicate
 * detection, then commit — into a registry holding the 2015 seed at `scale`,
 * against a raw BatchWriteItem of the items it must leave for each record (the
 * record, its companion and guard, and the audit event the issue asks for). On an engine of its
 * own, in memory; the import in a process of its own for its peak RSS, with the import function's heap cap.
 */
export async function importAtScale(options: { rows: number; scale: number; workDir: string }): Promise<Row[]> {
  const engine = await startDynamoDbLocal({ heap: "3g" });
  try {
    const piiKey = randomBytes(32).toString("base64url");
    const db = createDb({ tableName: "entraide", endpoint: engine.endpoint, piiKey });
    await ensureTable(db);
    await seedDataset(db, { year: 2015, scale: options.scale, inFlight: 8 });
    const csv = join(options.workDir, "import.csv");
    const itemsFile = join(options.workDir, "import-items.jsonl");
    await writeFiles(db, options.rows, csv, itemsFile);
    const run = await runWorker<{
      seconds: number;
      validateSeconds: number;
      commitSeconds: number;
      peakRss: number;
      counts: { created: number };
    }>("bench/import-worker.ts", { endpoint: engine.endpoint, piiKey, file: csv }, [importNodeOptions]);
    await ensureTable(createDb({ tableName: "entraide-raw", endpoint: engine.endpoint, piiKey }));
    const raw = await runWorker<{ items: number; seconds: number }>("bench/raw-writes.ts", {
      endpoint: engine.endpoint,
      table: "entraide-raw",
      file: itemsFile,
      inFlight: 8,
    });
    const label = `${options.rows.toLocaleString("en")} beneficiary rows into the scale-${options.scale} seed`;
    return [
      {
        measurement: `import (${label}): dry run + commit, s`,
        ours: run.seconds,
        floor: raw.seconds,
        unit: "s",
        better: "lower",
        target: 2,
      },
      {
        measurement: `import (${label}): dry run alone, s`,
        ours: run.validateSeconds,
        floor: 0,
        unit: "s",
        better: "lower",
      },
      {
        measurement: `import (${label}): commit alone, s`,
        ours: run.commitSeconds,
        floor: raw.seconds,
        unit: "s",
        better: "lower",
      },
      {
        measurement: `import (${label}): records created`,
        ours: run.counts.created,
        floor: 0,
        unit: "records",
        better: "higher",
      },
      {
        measurement: `import (${label}): peak RSS`,
        ours: run.peakRss / 2 ** 20,
        floor: 0,
        unit: "MB",
        better: "lower",
        limit: 300,
      },
    ];
  } finally {
    await engine.stop();
  }
}

const DAY_MS = 86_400_000;
const EARLIEST_BIRTH = Date.UTC(1940, 0, 1);
const BIRTH_DAYS = 25_567; // 1940 to 2009

/**
 * Row i's birth date (dd/mm/yyyy), spread over 70 years as a real list's are:
 * every distinct date and sex is a duplicate-detection block to look up.
 */
function birthDateOf(i: number): string {
  const [y, m, d] = new Date(EARLIEST_BIRTH + ((i * 7919) % BIRTH_DAYS) * DAY_MS).toISOString().slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

const importer = { actor: "user:admin", requestId: "import:bench" };

/** The CSV people would send, and the items its records make (the raw writes' input). */
async function writeFiles(db: ReturnType<typeof createDb>, rows: number, csvPath: string, itemsPath: string) {
  const csv = createWriteStream(csvPath);
  const items = createWriteStream(itemsPath);
  csv.write("CIN;Prénom;Nom;Sexe;Date de naissance;Catégories;Région;Province;Milieu;Consentement\n");
  for (let i = 0; i < rows; i++) {
    const province = cycled(provinces, i);
    const sex = i % 3 ? "female" : "male";
    const birth = birthDateOf(i);
    const first = `${firstNames[i % firstNames.length]}${i}`;
    const last = cycled(lastNames, i);
    const consent = i % 50 !== 0;
    const cin = `ZZ${String(i).padStart(6, "0")}`;
    csv.write(
      `${cin};${first};${last};${sex === "female" ? "F" : "M"};${birth};femme;${province.regionCode};${province.nameFr};urbain;${consent ? "oui" : "non"}\n`,
    );
    if (!consent) continue;
    const [d, m, y] = birth.split("/");
    const fields = {
      nationalId: cin,
      firstName: first,
      lastName: last,
      sex,
      birthDate: `${y}-${m}-${d}`,
      categories: ["woman"],
      regionCode: province.regionCode,
      provinceCode: province.code,
      areaType: "urban",
      consentGiven: true,
    };
    const system = newSystemFields();
    // What the import must leave for each record: the record, its companion and guard, and its audit event.
    const audit = importAuditItem(importer, {
      entity: beneficiaries.def.prefix,
      entityId: system.id,
      action: "create",
      after: { ...fields, ...system },
    });
    for (const item of [...recordItems(beneficiaries.def, db, fields as never, system), audit])
      items.write(`${JSON.stringify(item)}\n`);
  }
  await Promise.all([new Promise((done) => csv.end(done)), new Promise((done) => items.end(done))]);
}
