import { baselineRow, baselines, budgetOf, bundleReport, coldImportRatioOf } from "../../scripts/bundle-report.js";
import type { Row } from "../table.js";

/**
 * Each Lambda bundle, built as the stacks build it: its size and its import time
 * in a fresh Node process, against a bare Hono + DynamoDB client bundle (and an
 * empty module, the floor of any import).
 */
export async function coldStart(options: { runs: number }): Promise<Row[]> {
  const measured = await bundleReport({ runs: options.runs });
  const bare = baselineRow(measured, baselines.bare);
  const empty = baselineRow(measured, baselines.empty);
  const rows: Row[] = [
    {
      measurement: "cold import: empty module (floor of any import)",
      ours: empty.coldImportMs,
      floor: 0,
      unit: "ms",
      better: "lower",
    },
  ];
  for (const fn of measured.filter((m) => m.kind === "function")) {
    rows.push(
      {
        measurement: `bundle size: ${fn.name}`,
        ours: fn.bytes / 1024,
        floor: bare.bytes / 1024,
        unit: "KB",
        better: "lower",
        limit: budgetOf(fn.name) / 1024,
      },
      {
        measurement: `loaded at cold start: ${fn.name}`,
        ours: fn.coldBytes / 1024,
        floor: bare.coldBytes / 1024,
        unit: "KB",
        better: "lower",
      },
      {
        measurement: `cold import: ${fn.name}`,
        ours: fn.coldImportMs,
        floor: bare.coldImportMs,
        unit: "ms",
        better: "lower",
        target: coldImportRatioOf(fn.name),
      },
    );
  }
  return rows;
}
