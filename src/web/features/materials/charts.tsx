/** The material page's charts: SR/EI history 2011-2023 and supplier concentration per stage. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { Chart, type ChartOption } from '../../components/Chart';
import { useFormat } from '../../i18n/format';
import { useCountryName } from './queries';

type History = Schemas['MaterialAssessment']['history'];
type ShareRow = Schemas['ShareRow'];

export function HistoryChart({ history, thresholds }: { history: History; thresholds: { sr: number; ei: number } }) {
  const { t } = useTranslation('materials');
  const f = useFormat();
  const option = useMemo<ChartOption>(() => {
    const years = history.map((h) => String(h.year));
    const line = (name: string, color: string, values: (number | null)[], threshold: number) => ({
      type: 'line',
      name,
      data: values,
      connectNulls: false,
      symbolSize: 8,
      itemStyle: { color },
      label: { show: true, position: 'top', fontSize: 10, formatter: (p: { value: number }) => f.number(p.value, 1) },
      markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color }, label: { formatter: `${name} ${f.number(threshold, 1)}`, position: 'insideEndTop' }, data: [{ yAxis: threshold }] },
    });
    return {
      grid: { left: 40, right: 24, top: 40, bottom: 32 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => f.number(v, 1) },
      xAxis: { type: 'category', data: years },
      yAxis: { type: 'value', min: 0 },
      series: [line(t('abbr.sr'), '#c92a2a', history.map((h) => h.sr), thresholds.sr), line(t('abbr.ei'), '#1c7a5d', history.map((h) => h.ei), thresholds.ei)],
    };
  }, [history, thresholds, t, f]);
  return <Chart option={option} height={280} label={t('history.label')} />;
}

const TOP = 8;

/** Shares of the largest suppliers of one stage in global supply and in EU sourcing (the rest summed). */
export function SupplyChart({ globalSupply, euSourcing }: { globalSupply: ShareRow[] | undefined; euSourcing: ShareRow[] | undefined }) {
  const { t } = useTranslation('materials');
  const f = useFormat();
  const country = useCountryName();
  const option = useMemo<ChartOption>(() => {
    const numeric = (rows: ShareRow[] | undefined) => new Map((rows ?? []).filter((r) => r.share !== null).map((r) => [r.country, r.share ?? 0]));
    const gs = numeric(globalSupply);
    const eu = numeric(euSourcing);
    const ranked = [...new Set([...gs.keys(), ...eu.keys()])].sort((a, b) => Math.max(gs.get(b) ?? 0, eu.get(b) ?? 0) - Math.max(gs.get(a) ?? 0, eu.get(a) ?? 0));
    const top = ranked.slice(0, TOP);
    const rest = (m: Map<string, number>) => [...m].filter(([c]) => !top.includes(c)).reduce((s, [, v]) => s + v, 0);
    const labels = [...top.map(country), t('supply.others')].reverse();
    const values = (m: Map<string, number>, present: boolean) => (present ? [...top.map((c) => m.get(c) ?? 0), rest(m)].reverse().map((v) => Math.round(v * 1000) / 10) : []);
    return {
      grid: { left: 8, right: 32, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${f.number(v, 1)} %` },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
      yAxis: { type: 'category', data: labels },
      series: [
        { type: 'bar', name: t('list.globalSupply'), data: values(gs, globalSupply !== undefined), itemStyle: { color: '#1c7a5d' } },
        { type: 'bar', name: t('list.euSourcing'), data: values(eu, euSourcing !== undefined), itemStyle: { color: '#f1a50e' } },
      ],
    };
  }, [globalSupply, euSourcing, country, t, f]);
  return <Chart option={option} height={340} label={t('supply.label')} />;
}
