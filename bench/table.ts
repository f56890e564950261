/** One row of the benchmark table: ours against the floor the engine sets. */
export interface Row {
  measurement: string;
  ours: number;
  floor: number;
  unit: string;
  /** "higher" when more is better (throughput), "lower" when less is (latency, time, size). */
  better: "higher" | "lower";
  /** The ratio ours/floor must stay within this (≥ for higher, ≤ for lower); absent: reported only. */
  target?: number;
  /** Absolute limit for rows without a meaningful floor (e.g. peak RSS ≤ 512 MB). */
  limit?: number;
  /** Absolute minimum for rows without a floor (e.g. precision ≥ 0.95). */
  min?: number;
}

export function verdict(row: Row): "ok" | "MISS" | "" {
  const ratio = row.ours / row.floor;
  if (row.target !== undefined)
    return (row.better === "higher" ? ratio >= row.target : ratio <= row.target) ? "ok" : "MISS";
  if (row.limit !== undefined) return row.ours <= row.limit ? "ok" : "MISS";
  if (row.min !== undefined) return row.ours >= row.min ? "ok" : "MISS";
  return "";
}

const fmt = (n: number) => (Number.isFinite(n) ? (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2)) : "–");

export function markdown(rows: Row[]): string {
  const lines = ["| measurement | ours | floor | ratio | target | |", "|---|---:|---:|---:|---|---|"];
  for (const row of rows) {
    const ratio = row.floor ? row.ours / row.floor : NaN;
    const target =
      row.target !== undefined
        ? `${row.better === "higher" ? "≥" : "≤"} ${row.target}×`
        : row.limit !== undefined
          ? `≤ ${row.limit} ${row.unit}`
          : row.min !== undefined
            ? `≥ ${row.min}`
            : "";
    lines.push(
      `| ${row.measurement} | ${fmt(row.ours)} ${row.unit} | ${row.floor ? `${fmt(row.floor)} ${row.unit}` : "–"} | ${fmt(ratio)}${Number.isFinite(ratio) ? "×" : ""} | ${target} | ${verdict(row)} |`,
    );
  }
  return lines.join("\n");
}
