import { indicatorLabels, type Language } from "@entraide/core/glossary/labels";
import { indicatorKeys } from "@entraide/core/indicators/keys";
import { Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import type { Bilan } from "./api";
import type { FigureFormat } from "./format";

interface IndicatorsProps {
  bilan: Bilan;
  previous?: Bilan;
  language: Language;
  format: FigureFormat;
}

/** A figure's change from the year before, as "+12 (+4.5 %)"; nothing without last year's bilan. */
function Change({ figure, bilan, previous, format }: { figure: string } & Omit<IndicatorsProps, "language">) {
  const translate = useTranslate();
  if (!previous)
    return (
      <Typography variant="caption" color="text.secondary">
        {translate("entraide.bilan.no_previous")}
      </Typography>
    );
  const { delta, percent, sign } = format.change(figure, bilan.values[figure] ?? 0, previous.values[figure] ?? 0);
  const color = sign > 0 ? "success.main" : sign < 0 ? "error.main" : "text.secondary";
  return (
    <Typography variant="caption" sx={{ color }} data-change>
      <bdi>{delta}</bdi>
      {percent ? (
        <>
          {" "}
          (<bdi>{percent}</bdi>)
        </>
      ) : null}{" "}
      {translate("entraide.bilan.change_vs", { year: String(previous.year) })}
    </Typography>
  );
}

/** The 16 figures as cards on screen. */
export function IndicatorCards({ bilan, previous, language, format }: IndicatorsProps) {
  return (
    <Box
      className="screen-only"
      sx={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(240px, 1fr))", gap: 2 }}
    >
      {indicatorKeys.map((key) => (
        <Card key={key} variant="outlined" data-indicator={key}>
          <CardContent sx={{ "&:last-child": { pb: 2 } }}>
            <Typography variant="body2" color="text.secondary" sx={{ minHeight: 40 }}>
              {indicatorLabels[key][language]}
            </Typography>
            <Typography variant="h5" component="p" sx={{ fontWeight: 600 }} data-value>
              <bdi>{format.value(key, bilan.values[key] ?? 0)}</bdi>
            </Typography>
            <Change figure={key} bilan={bilan} previous={previous} format={format} />
          </CardContent>
        </Card>
      ))}
    </Box>
  );
}

/** The same figures as a table: what the printed report shows. */
export function IndicatorTable({ bilan, previous, language, format }: IndicatorsProps) {
  const translate = useTranslate();
  return (
    <Table size="small" className="print-only bilan-table" data-testid="indicator-table">
      <TableHead>
        <TableRow>
          <TableCell>{translate("entraide.bilan.indicator")}</TableCell>
          <TableCell align="right">{bilan.year}</TableCell>
          {previous ? <TableCell align="right">{previous.year}</TableCell> : null}
          {previous ? <TableCell align="right">{translate("entraide.bilan.change")}</TableCell> : null}
        </TableRow>
      </TableHead>
      <TableBody>
        {indicatorKeys.map((key) => {
          const change = previous ? format.change(key, bilan.values[key] ?? 0, previous.values[key] ?? 0) : undefined;
          return (
            <TableRow key={key}>
              <TableCell>{indicatorLabels[key][language]}</TableCell>
              <TableCell align="right">
                <bdi>{format.value(key, bilan.values[key] ?? 0)}</bdi>
              </TableCell>
              {previous ? (
                <TableCell align="right">
                  <bdi>{format.value(key, previous.values[key] ?? 0)}</bdi>
                </TableCell>
              ) : null}
              {change ? (
                <TableCell align="right">
                  <bdi>{change.delta}</bdi>
                  {change.percent ? (
                    <>
                      {" "}
                      (<bdi>{change.percent}</bdi>)
                    </>
                  ) : null}
                </TableCell>
              ) : null}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
