import { breakdownLabels, bucketLabel, indicatorLabels, type Language } from "@entraide/core/glossary/labels";
import type { BreakdownKey, IndicatorKey } from "@entraide/core/indicators/keys";
import { Box, Button, Card, CardContent, CardHeader, Grid, Skeleton, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { Title, useDataProvider, useLocaleState, usePermissions, useTranslate } from "react-admin";
import { Link, Navigate } from "react-router-dom";
import type { Me } from "../auth/access";
import type { EntraideDataProvider } from "../dataProvider";
import { directionOf, intlLocaleOf } from "../i18n/i18nProvider";
import { type Chart, type Figure, loadDashboard } from "./figures";

// recharts is large: it loads only when the dashboard shows a chart.
const BarChartCard = lazy(() => import("./BarChartCard"));

/** The yearly bilan's own page: the home of those who read and change nothing (finance staff). */
const BILAN_PATH = "/bilan";
const readsOnly = (me: Me) =>
  me.role === "finance" ||
  (me.permissions.includes("indicators:read") && !me.permissions.some((right) => right.endsWith(":write")));

export function Dashboard() {
  const { permissions } = usePermissions<Me>();
  if (permissions && readsOnly(permissions)) return <Navigate to={BILAN_PATH} replace />;
  return <YearFigures mayReadBilan={permissions?.permissions.includes("indicators:read") ?? false} />;
}

function YearFigures({ mayReadBilan }: { mayReadBilan: boolean }) {
  const dataProvider = useDataProvider<EntraideDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const language: Language = locale === "fr" ? "fr" : "ar";
  const currentYear = new Date().getFullYear();
  const { data } = useQuery({
    queryKey: ["dashboard", currentYear],
    queryFn: () => loadDashboard(dataProvider, currentYear),
  });
  const year = data?.year ?? currentYear;
  const number = new Intl.NumberFormat(intlLocaleOf(locale));
  const format = (value: number) => number.format(value);
  const title = translate("entraide.dashboard.title", { year: String(year) });
  return (
    <Box sx={{ mt: 2 }} data-testid="dashboard" data-year={data?.year} data-source={data?.source}>
      <Title title={title} />
      <Box sx={{ display: "flex", alignItems: "center", gap: 2, flexWrap: "wrap" }}>
        <Typography variant="h5" component="h1">
          {data ? title : <Skeleton width={240} />}
        </Typography>
        {mayReadBilan && (
          <Button component={Link} to={BILAN_PATH} variant="outlined" size="small">
            {translate("session.dashboard.open_bilan")}
          </Button>
        )}
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {data?.source === "indicators"
          ? translate("entraide.dashboard.from_indicators", {
              date: new Date(data.computedAt ?? "").toLocaleString(intlLocaleOf(locale)),
            })
          : translate("entraide.dashboard.from_counts")}
      </Typography>
      <Grid container spacing={2}>
        {(data?.figures ?? placeholders).map((figure) => (
          <Grid key={figure.key} size={{ xs: 12, sm: 6, md: 4, lg: 2 }}>
            <FigureCard figure={figure} language={language} format={format} loading={!data} />
          </Grid>
        ))}
        {data?.charts.map((chart) => (
          <Grid key={chart.key} size={{ xs: 12, md: 6 }}>
            <Card>
              <CardHeader
                title={chartTitle(chart.key, language, translate)}
                titleTypographyProps={{ variant: "subtitle1" }}
              />
              <CardContent>
                <Suspense fallback={<Skeleton variant="rectangular" height={280} />}>
                  <BarChartCard
                    bars={barsOf(chart, language, translate)}
                    rtl={directionOf(locale) === "rtl"}
                    format={format}
                    valueLabel={translate("entraide.dashboard.charts.count")}
                  />
                </Suspense>
              </CardContent>
            </Card>
          </Grid>
        ))}
      </Grid>
    </Box>
  );
}

const placeholders: Figure[] = ["a", "b", "c", "d", "e", "f"].map((key) => ({ key, value: 0 }));

type Translate = (key: string, options?: object) => string;
const isIndicator = (key: string): key is IndicatorKey => Object.hasOwn(indicatorLabels, key);
const isBreakdown = (key: string): key is BreakdownKey => Object.hasOwn(breakdownLabels, key);

/** A bilan's figures and breakdowns are labelled by the glossary; the live counts' own ones by the console's messages. */
function figureLabel(key: string, language: Language, translate: Translate) {
  return isIndicator(key) ? indicatorLabels[key][language] : translate(`entraide.dashboard.figures.${key}`, { _: key });
}
function chartTitle(key: string, language: Language, translate: Translate) {
  return isBreakdown(key) ? breakdownLabels[key][language] : translate(`entraide.dashboard.charts.${key}`, { _: key });
}

function FigureCard({
  figure,
  language,
  format,
  loading,
}: {
  figure: Figure;
  language: Language;
  format: (n: number) => string;
  loading: boolean;
}) {
  const translate = useTranslate();
  const value = figure.capped
    ? translate("entraide.dashboard.capped", { count: format(figure.value) })
    : format(figure.value);
  return (
    <Card data-figure={figure.key}>
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {loading ? <Skeleton /> : figureLabel(figure.key, language, translate)}
        </Typography>
        <Typography variant="h4" component="p">
          {loading ? <Skeleton /> : value}
        </Typography>
      </CardContent>
    </Card>
  );
}

function barsOf(chart: Chart, language: Language, translate: Translate) {
  const { key } = chart;
  return chart.bars.map((bar) => ({
    label: isBreakdown(key)
      ? bucketLabel(key, bar.key)[language]
      : chart.list
        ? translate(`entraide.enums.${chart.list}.${bar.key}`, { _: bar.key })
        : bar.key,
    value: bar.value,
  }));
}
