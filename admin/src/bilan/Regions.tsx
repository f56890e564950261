import { breakdownLabels, type Language, regionLabels } from "@entraide/core/glossary/labels";
import { Box, Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import { useTranslate } from "react-admin";
import type { Bilan } from "./api";
import type { FigureFormat } from "./format";
import { RegionMap, tiles } from "./RegionMap";

/** Active centers and people served by region: a table, and the map shaded by people served. */
export function Regions({ bilan, language, format }: { bilan: Bilan; language: Language; format: FigureFormat }) {
  const translate = useTranslate();
  const centers = bilan.breakdowns["centers.byRegion"] ?? {};
  const served = bilan.breakdowns["beneficiaries.byRegion"] ?? {};
  const codes = tiles.map((t) => t.code).sort();
  return (
    <Box className="bilan-regions" sx={{ display: "flex", flexWrap: "wrap", gap: 3, alignItems: "flex-start" }}>
      <Table size="small" sx={{ flex: "1 1 360px", width: "auto" }} data-testid="region-table">
        <TableHead>
          <TableRow>
            <TableCell>{translate("entraide.bilan.region")}</TableCell>
            <TableCell align="right">{breakdownLabels["centers.byRegion"][language]}</TableCell>
            <TableCell align="right">{breakdownLabels["beneficiaries.byRegion"][language]}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {codes.map((code) => (
            <TableRow key={code} data-region={code}>
              <TableCell>{regionLabels[code]?.[language] ?? code}</TableCell>
              <TableCell align="right">
                <bdi>{format.count(centers[code] ?? 0)}</bdi>
              </TableCell>
              <TableCell align="right">
                <bdi>{format.count(served[code] ?? 0)}</bdi>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Box sx={{ flex: "0 0 auto" }}>
        <Box sx={{ fontSize: 13, textAlign: "center", mb: 1 }}>
          {translate("entraide.bilan.map_of")} — {translate("entraide.bilan.map_shows")} :{" "}
          {breakdownLabels["beneficiaries.byRegion"][language]}
        </Box>
        <RegionMap
          values={served}
          language={language}
          format={format.count}
          title={translate("entraide.bilan.map_of")}
        />
      </Box>
    </Box>
  );
}
