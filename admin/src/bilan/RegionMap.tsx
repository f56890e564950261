import { type Language, regionLabels } from "@entraide/core/glossary/labels";
import { Box, Typography } from "@mui/material";

/**
 * The Kingdom's 12 regions (as defined in 2015) as a tile grid: one square
 * each, placed roughly where the region lies (north at the top, west on the
 * left), from Tanger-Tétouan-Al Hoceïma down to Laâyoune-Sakia El Hamra and
 * Dakhla-Oued Ed-Dahab. No geometry, so no border drawn across the southern
 * provinces and no licence to check.
 */
export const tiles: Array<{ code: string; row: number; col: number }> = [
  { code: "MA-01", row: 0, col: 2 },
  { code: "MA-04", row: 1, col: 1 },
  { code: "MA-03", row: 1, col: 2 },
  { code: "MA-02", row: 1, col: 3 },
  { code: "MA-06", row: 2, col: 1 },
  { code: "MA-05", row: 2, col: 2 },
  { code: "MA-08", row: 2, col: 3 },
  { code: "MA-07", row: 3, col: 1 },
  { code: "MA-09", row: 3, col: 2 },
  { code: "MA-10", row: 4, col: 1 },
  { code: "MA-11", row: 5, col: 0 },
  { code: "MA-12", row: 6, col: 0 },
];

/** From a pale to a deep blue, by the value's share of the largest. */
export function shade(value: number, max: number): { background: string; color: string } {
  const t = max > 0 ? value / max : 0;
  const mix = (from: number, to: number) => Math.round(from + (to - from) * t);
  return { background: `rgb(${mix(227, 13)}, ${mix(242, 71)}, ${mix(253, 161)})`, color: t > 0.5 ? "#fff" : "#0d2b4a" };
}

export interface RegionMapProps {
  values: Record<string, number>;
  language: Language;
  format: (value: number) => string;
  title: string;
}

export function RegionMap({ values, language, format, title }: RegionMapProps) {
  const max = Math.max(0, ...tiles.map((t) => values[t.code] ?? 0));
  return (
    <Box component="figure" sx={{ m: 0 }} aria-label={title} data-testid="region-map">
      {/* Geography, not text: west stays on the left whatever the language. */}
      <Box
        dir="ltr"
        sx={{
          display: "grid",
          gridTemplateColumns: "repeat(4, 112px)",
          gridAutoRows: "64px",
          gap: "4px",
          justifyContent: "center",
        }}
      >
        {tiles.map(({ code, row, col }) => {
          const value = values[code] ?? 0;
          const name = regionLabels[code]?.[language] ?? code;
          return (
            <Box
              key={code}
              data-region={code}
              title={`${name}: ${format(value)}`}
              dir={language === "ar" ? "rtl" : "ltr"}
              sx={{
                gridRow: row + 1,
                gridColumn: col + 1,
                ...shade(value, max),
                borderRadius: 1,
                p: 0.5,
                display: "flex",
                flexDirection: "column",
                justifyContent: "space-between",
                overflow: "hidden",
                printColorAdjust: "exact",
                WebkitPrintColorAdjust: "exact",
              }}
            >
              <Typography component="span" sx={{ fontSize: 10, lineHeight: 1.15 }}>
                {name}
              </Typography>
              <Typography component="span" sx={{ fontSize: 14, fontWeight: 700 }}>
                {format(value)}
              </Typography>
            </Box>
          );
        })}
      </Box>
      <Box
        component="figcaption"
        dir="ltr"
        sx={{ display: "flex", alignItems: "center", justifyContent: "center", gap: 1, mt: 1, fontSize: 12 }}
      >
        <span>{format(0)}</span>
        {/* An inline style: the right-to-left theme would turn "to right" into "to left". */}
        <Box
          sx={{ width: 120, height: 10, borderRadius: 1, printColorAdjust: "exact", WebkitPrintColorAdjust: "exact" }}
          style={{ background: `linear-gradient(to right, ${shade(0, 1).background}, ${shade(1, 1).background})` }}
        />
        <span>{format(max)}</span>
      </Box>
    </Box>
  );
}
