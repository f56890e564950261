import { breakdownLabels, bucketLabel, enumLabels, type Language } from "@entraide/core/glossary/labels";
import type { BreakdownKey } from "@entraide/core/indicators/keys";
import { Box, Card, CardContent, Typography } from "@mui/material";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";

/** The breakdowns drawn as charts (the regions have their map and table). */
export const chartedBreakdowns: BreakdownKey[] = [
  "centers.byType",
  "beneficiaries.byCategory",
  "beneficiaries.byDisabilityType",
  "aid.recipientsByKind",
];

/** Buckets in the order their list has in the glossary (the console's order), unknown ones last. */
function inGlossaryOrder(key: BreakdownKey, buckets: Record<string, number>): Array<[string, number]> {
  const list = breakdownLabels[key].buckets;
  const order = list === "region" ? [] : Object.keys(enumLabels[list]);
  const rank = (bucket: string) => (order.includes(bucket) ? order.indexOf(bucket) : order.length);
  return Object.entries(buckets).sort(([a], [b]) => rank(a) - rank(b));
}

export interface BilanChartsProps {
  breakdowns: Record<string, Record<string, number>>;
  language: Language;
  format: (value: number) => string;
}

/**
 * Horizontal bars, so long labels read whole. recharts draws in SVG, which
 * knows no direction: each chart sits in an LTR box, mirrored by hand in
 * Arabic (labels on the right, bars growing leftwards). A fixed size (not ResponsiveContainer), so
 * the printed page draws them as the screen does.
 */
export default function BilanCharts({ breakdowns, language, format }: BilanChartsProps) {
  const rtl = language === "ar";
  return (
    <Box
      className="bilan-charts"
      sx={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(330px, 1fr))", gap: 2 }}
    >
      {chartedBreakdowns.map((key) => {
        // The value is written in the label: a label beside a mirrored bar would land on the axis.
        const bars = inGlossaryOrder(key, breakdowns[key] ?? {}).map(([bucket, value]) => ({
          label: `${bucketLabel(key, bucket)[language]} (${format(value)})`,
          value,
        }));
        return (
          <Card key={key} variant="outlined" className="bilan-chart" data-breakdown={key}>
            <CardContent>
              <Typography variant="subtitle2" component="h3" gutterBottom>
                {breakdownLabels[key][language]}
              </Typography>
              <div dir="ltr">
                <BarChart
                  layout="vertical"
                  width={300}
                  height={24 + 36 * bars.length}
                  data={bars}
                  margin={{ top: 4, bottom: 4, left: 8, right: 8 }}
                >
                  <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                  <XAxis
                    type="number"
                    reversed={rtl}
                    allowDecimals={false}
                    tickFormatter={format}
                    tick={{ fontSize: 10 }}
                    height={20}
                  />
                  <YAxis
                    type="category"
                    dataKey="label"
                    orientation={rtl ? "right" : "left"}
                    width={150}
                    interval={0}
                    tick={{ fontSize: 11 }}
                  />
                  <Tooltip formatter={(value) => format(Number(value))} />
                  <Bar
                    dataKey="value"
                    fill="#1976d2"
                    radius={rtl ? [3, 0, 0, 3] : [0, 3, 3, 0]}
                    isAnimationActive={false}
                    barSize={18}
                  />
                </BarChart>
              </div>
            </CardContent>
          </Card>
        );
      })}
    </Box>
  );
}
