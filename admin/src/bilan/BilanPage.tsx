import { enumLabels, type Language } from "@entraide/core/glossary/labels";
import PrintIcon from "@mui/icons-material/Print";
import { Alert, Box, Button, Chip, GlobalStyles, MenuItem, Stack, TextField, Typography } from "@mui/material";
import { lazy, type ReactNode, Suspense } from "react";
import { Loading, Title, useLocaleState, useTranslate } from "react-admin";
import { useNavigate, useParams } from "react-router-dom";
import { ExportsPanel } from "./ExportsPanel";
import { figureFormat } from "./format";
import { IndicatorCards, IndicatorTable } from "./Indicators";
import { printStyles } from "./printStyles";
import { RecomputePanel } from "./RecomputePanel";
import { Regions } from "./Regions";
import { useBilan } from "./useBilan";
import { useMayRecompute } from "./useMayRecompute";

// recharts is large: the charts load with the page that draws them, not with the console.
const BilanCharts = lazy(() => import("./BilanCharts"));

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Box component="section" sx={{ mb: 4 }} data-testid={testId}>
      <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** The yearly bilan (#/bilan, #/bilan/:year): figures, regions, breakdowns, exports, and its printed report. */
export default function BilanPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const language: Language = locale === "fr" ? "fr" : "ar";
  const format = figureFormat(locale);
  const navigate = useNavigate();
  const mayRecompute = useMayRecompute();
  const { year: param } = useParams();
  const requested = param && /^\d{4}$/.test(param) ? Number(param) : undefined;
  const { years, isPending, error, year, summary, bilan, previous, exports } = useBilan(requested);
  const title = year ? translate("entraide.bilan.title", { year: String(year) }) : translate("entraide.bilan.menu");

  if (isPending) return <Loading />;
  return (
    <Box data-testid="bilan-page" sx={{ mt: 2, mb: 4 }}>
      <GlobalStyles styles={printStyles} />
      <Title title={title} />
      <Stack
        direction="row"
        sx={{ alignItems: "flex-start", justifyContent: "space-between", flexWrap: "wrap", gap: 2, mb: 3 }}
      >
        <Box component="header" data-testid="bilan-header">
          <Typography variant="subtitle2" component="p" color="primary">
            {translate("entraide.bilan.organisation")}
          </Typography>
          <Typography variant="h5" component="h1">
            {title}
          </Typography>
          {summary ? (
            <Typography variant="body2" color="text.secondary" component="p" data-testid="bilan-status">
              <Chip
                size="small"
                sx={{ mx: 0.5 }}
                color={summary.status === "frozen" ? "success" : "warning"}
                label={enumLabels.bilanStatus[summary.status][language]}
              />
              {translate(`entraide.bilan.${summary.status}_hint`)} · {translate("entraide.bilan.computed_at")}{" "}
              <bdi>{format.date(summary.computedAt)}</bdi> · {translate("entraide.bilan.run")}{" "}
              <bdi data-testid="bilan-run">{summary.runId ?? summary.runKey}</bdi>
            </Typography>
          ) : null}
          <Typography variant="caption" component="p" className="print-only">
            {translate("entraide.bilan.printed_at", { date: format.date(new Date().toISOString()) })}
          </Typography>
        </Box>
        {years?.length ? (
          <Stack direction="row" className="screen-only" sx={{ gap: 1, alignItems: "center" }}>
            <TextField
              select
              size="small"
              label={translate("entraide.bilan.year")}
              value={year ?? ""}
              sx={{ minWidth: 260 }}
              onChange={(event) => navigate(`/bilan/${event.target.value}`)}
              slotProps={{ select: { inputProps: { "data-testid": "year-picker" } } }}
            >
              {years.map((y) => (
                <MenuItem key={y.year} value={y.year} data-year={y.year}>
                  {y.year} — {enumLabels.bilanStatus[y.status][language]} — {format.date(y.computedAt)}
                </MenuItem>
              ))}
            </TextField>
            <Button
              variant="outlined"
              startIcon={<PrintIcon />}
              sx={{ whiteSpace: "nowrap" }}
              onClick={() => window.print()}
            >
              {translate("entraide.bilan.print")}
            </Button>
          </Stack>
        ) : null}
      </Stack>

      {error ? <Alert severity="error">{(error as Error).message}</Alert> : null}
      {!years?.length || !bilan ? (
        <Alert severity="info">{translate("entraide.bilan.none")}</Alert>
      ) : (
        <>
          <Section title={translate("entraide.bilan.indicators")} testId="indicators">
            <IndicatorCards bilan={bilan} previous={previous} language={language} format={format} />
            <IndicatorTable bilan={bilan} previous={previous} language={language} format={format} />
          </Section>
          <Section title={translate("entraide.bilan.by_region")} testId="regions">
            <Regions bilan={bilan} language={language} format={format} />
          </Section>
          <Section title={translate("entraide.bilan.breakdowns")} testId="charts">
            <Suspense
              fallback={<Typography color="text.secondary">{translate("entraide.bilan.loading_chart")}</Typography>}
            >
              <BilanCharts breakdowns={bilan.breakdowns} language={language} format={format.count} />
            </Suspense>
          </Section>
          <Section title={translate("entraide.bilan.exports")} testId="exports-section">
            <ExportsPanel files={exports} format={format} />
          </Section>
          {mayRecompute ? (
            <Box className="screen-only">
              <Section title={translate("entraide.bilan.recompute_title")}>
                <RecomputePanel year={bilan.year} frozen={bilan.frozen} language={language} format={format} />
              </Section>
            </Box>
          ) : null}
        </>
      )}
    </Box>
  );
}
