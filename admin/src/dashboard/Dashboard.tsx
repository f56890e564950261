import { Box, Card, CardContent, CardHeader, Grid, Skeleton, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { Title, useDataProvider, useLocaleState, useTranslate } from "react-admin";
import type { EntraideDataProvider } from "../dataProvider";
import { directionOf, intlLocaleOf } from "../i18n/i18nProvider";
import { loadDashboard, type Chart, type Figure } from "./figures";

// recharts is large: it loads only when the dashboard shows a chart.
const BarChartCard = lazy(() => import("./BarChartCard"));

export function Dashboard() {
  const dataProvider = useDataProvider<EntraideDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const year = new Date().getFullYear();
  const { data } = useQuery({ queryKey: ["dashboard", year], queryFn: () => loadDashboard(dataProvider, year) });
  const number = new Intl.NumberFormat(intlLocaleOf(locale));
  const format = (value: number) => number.format(value);
  const title = translate("entraide.dashboard.title", { year: String(year) });
  return (
    <Box sx={{ mt: 2 }} data-testid="dashboard">
      <Title title={title} />
      <Typography variant="h5" component="h1">{title}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {data?.source === "indicators"
          ? translate("entraide.dashboard.from_indicators", { date: new Date(data.computedAt!).toLocaleString(intlLocaleOf(locale)) })
          : translate("entraide.dashboard.from_counts")}
      </Typography>
      <Grid container spacing={2}>
        {(data?.figures ?? placeholders).map((figure) => (
          <Grid key={figure.key} size={{ xs: 12, sm: 6, md: 4, lg: 2 }}>
            <FigureCard figure={figure} format={format} loading={!data} />
          </Grid>
        ))}
        {data?.charts.map((chart) => (
          <Grid key={chart.key} size={{ xs: 12, md: 6 }}>
            <Card>
              <CardHeader title={translate(`entraide.dashboard.charts.${chart.key}`, { _: chart.key })} titleTypographyProps={{ variant: "subtitle1" }} />
              <CardContent>
                <Suspense fallback={<Skeleton variant="rectangular" height={280} />}>
                  <BarChartCard bars={barsOf(chart, translate)} rtl={directionOf(locale) === "rtl"} format={format} valueLabel={translate("entraide.dashboard.charts.count")} />
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

function FigureCard({ figure, format, loading }: { figure: Figure; format: (n: number) => string; loading: boolean }) {
  const translate = useTranslate();
  const value = figure.capped ? translate("entraide.dashboard.capped", { count: format(figure.value) }) : format(figure.value);
  return (
    <Card data-figure={figure.key}>
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {loading ? <Skeleton /> : translate(`entraide.dashboard.figures.${figure.key}`, { _: figure.key })}
        </Typography>
        <Typography variant="h4" component="p">{loading ? <Skeleton /> : value}</Typography>
      </CardContent>
    </Card>
  );
}

function barsOf(chart: Chart, translate: (key: string, options?: object) => string) {
  return chart.bars.map((bar) => ({
    label: chart.list ? translate(`entraide.enums.${chart.list}.${bar.key}`, { _: bar.key }) : bar.key,
    value: bar.value,
  }));
}
