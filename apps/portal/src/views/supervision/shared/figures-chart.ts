import type { Ref } from 'vue';

// The ECharts options the 督查统计 panels and the quarterly analysis share: groups as horizontal bars
// (long names truncated on a phone), rates as a line on a 0–100 % axis, and a bar's click as a drill-down.
export interface BarSeries {
  name: string;
  color: string;
  data: number[];
}

/** Horizontal bars, one row a group (`stack` piles the series into one bar, as states of a whole). */
export function groupBars(labels: string[], series: BarSeries[], phone: boolean, stack?: string): Record<string, unknown> {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, textStyle: { fontSize: 12 } },
    grid: { left: 8, right: phone ? 12 : 24, top: phone && series.length > 3 ? 64 : 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: labels, axisTick: { show: false }, ...(phone ? { axisLabel: { width: 96, overflow: 'truncate' } } : {}) },
    series: series.map((s) => ({ name: s.name, type: 'bar', stack, barMaxWidth: stack ? 22 : 16, itemStyle: { color: s.color }, data: s.data })),
  };
}

/** Bars by period with rates over them: counts on the left axis, the rates (0..1, null while nothing is due) on a 0–100 % one. */
export function periodBarsWithRates(labels: string[], bars: BarSeries[], rates: { name: string; color: string; data: (number | null)[] }[], phone: boolean, stack?: string): Record<string, unknown> {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { fontSize: 12 } },
    grid: { left: 8, right: phone ? 8 : 24, top: phone ? 64 : 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: labels },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
    series: [
      ...bars.map((s) => ({ name: s.name, type: 'bar', stack, barMaxWidth: 24, itemStyle: { color: s.color }, data: s.data })),
      ...rates.map((r) => ({ name: r.name, type: 'line', yAxisIndex: 1, itemStyle: { color: r.color }, data: r.data.map((v) => (v === null ? null : Math.round(v * 1000) / 10)) })),
    ],
  };
}

/** A click handler that drills down from the bar's row (`dataIndex` into the charted rows). */
export function barDrill<R>(charted: Ref<R[]>, drill: (row: R) => void): (p: { dataIndex: number }) => void {
  return (p) => {
    const row = charted.value[p.dataIndex];
    if (row) drill(row);
  };
}
