/** Chart options of a savings analysis: baseline vs metered use, and cumulative savings. */
import type { ChartOption } from '../../components/Chart';
import type { Analysis } from './queries';

type Point = Analysis['result']['baselineSeries'][number];

/** Sums points into calendar months (keys YYYY-MM-DD or YYYY-MM), keeping nulls as gaps. */
export function monthly(points: readonly Point[]): Point[] {
  const out = new Map<string, Point>();
  for (const p of points) {
    const key = p.t.slice(0, 7);
    const m = out.get(key) ?? { t: key, days: 0, predicted: 0, metered: 0 };
    m.days += p.days;
    m.predicted = m.predicted === null || p.predicted === null ? null : m.predicted + p.predicted;
    m.metered = m.metered === null || p.metered === null ? null : m.metered + p.metered;
    out.set(key, m);
  }
  return [...out.values()];
}

const day = (t: string): string => (t.length === 7 ? `${t}-01` : t);
/** Use per day of a point (so months and bills of different lengths compare). */
const perDay = (v: number | null, days: number): number | null => (v === null || !(days > 0) ? null : v / days);

export interface ChartLabels {
  metered: string;
  model: string;
  baseline: string;
  reporting: string;
  cumulative: string;
  unit: string;
  /** The unit per day, e.g. "kWh/day". */
  perDay: string;
}

export function comparisonOption(a: Analysis, byMonth: boolean, l: ChartLabels, fmt: (v: number) => string): ChartOption {
  const base = byMonth ? monthly(a.result.baselineSeries) : a.result.baselineSeries;
  const rep = byMonth ? monthly(a.result.reportingSeries) : a.result.reportingSeries;
  const metered = [...base, ...rep].map((p) => [day(p.t), perDay(p.metered, p.days)]);
  const model = [...base, ...rep].map((p) => [day(p.t), perDay(p.predicted, p.days)]);
  const last = rep[rep.length - 1];
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : `${fmt(Number(v))} ${l.perDay}`) },
    legend: { bottom: 0 },
    grid: { left: 64, right: 24, top: 32, bottom: 72 },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', name: l.perDay, axisLabel: { formatter: fmt } },
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 30 }],
    series: [
      {
        name: l.metered,
        type: 'line',
        showSymbol: byMonth,
        data: metered,
        itemStyle: { color: '#1c7a5d' },
        markArea: {
          silent: true,
          itemStyle: { color: 'rgba(241, 165, 14, 0.08)' },
          label: { color: '#8a6a00', position: 'insideTop' },
          data: [
            [{ name: l.baseline, xAxis: day(a.baseline.start) }, { xAxis: day(a.baseline.end) }],
            [{ name: l.reporting, xAxis: day(a.reporting.start) }, { xAxis: last ? day(last.t) : day(a.reporting.end) }],
          ],
        },
      },
      { name: l.model, type: 'line', showSymbol: false, data: model, lineStyle: { type: 'dashed' }, itemStyle: { color: '#d69000' } },
    ],
  };
}

export function cumulativeOption(a: Analysis, l: ChartLabels, fmt: (v: number) => string): ChartOption {
  let sum = 0;
  const data = a.result.reportingSeries.flatMap((p) => (p.predicted === null || p.metered === null ? [] : [[day(p.t), (sum += p.predicted - p.metered)]]));
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${fmt(Number(v))} ${l.unit}` },
    grid: { left: 72, right: 24, top: 24, bottom: 32 },
    xAxis: { type: 'time', axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', name: l.unit, axisLabel: { formatter: fmt } },
    series: [{ name: l.cumulative, type: 'line', showSymbol: false, areaStyle: { opacity: 0.15 }, data, itemStyle: { color: '#1c7a5d' } }],
  };
}
