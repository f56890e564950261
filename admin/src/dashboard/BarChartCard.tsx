import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface BarChartCardProps {
  bars: Array<{ label: string; value: number }>;
  rtl: boolean;
  format: (value: number) => string;
  valueLabel: string;
}

/**
 * recharts draws in SVG, which knows no direction: the chart sits in an LTR
 * box and is mirrored by hand in Arabic (first bar on the right, axis on the right).
 */
export default function BarChartCard({ bars, rtl, format, valueLabel }: BarChartCardProps) {
  return (
    <div dir="ltr" style={{ width: "100%", height: 280 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} margin={{ top: 8, bottom: 48, left: rtl ? 8 : 40, right: rtl ? 40 : 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="label"
            reversed={rtl}
            interval={0}
            angle={rtl ? 30 : -30}
            textAnchor={rtl ? "start" : "end"}
            height={70}
            tick={{ fontSize: 11 }}
          />
          <YAxis orientation={rtl ? "right" : "left"} allowDecimals={false} tickFormatter={format} width={48} />
          <Tooltip formatter={(value) => [format(Number(value)), valueLabel]} />
          <Bar dataKey="value" fill="#1976d2" radius={[4, 4, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
