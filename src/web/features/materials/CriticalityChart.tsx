/**
 * The EU criticality chart: economic importance on x, supply risk on y, the thresholds as lines and
 * the critical area shaded; the Act's critical and strategic materials marked. Click a point to
 * open the material.
 */
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '../../components/Chart';
import { useFormat } from '../../i18n/format';
import type { Material } from './queries';

export interface Point {
  readonly materialId: string;
  readonly name: string;
  readonly sr: number;
  readonly ei: number;
  readonly illustrative?: boolean;
}

const COLORS = { strategic: '#d69000', critical: '#c92a2a', other: '#868e96' };

export function CriticalityChart({ points, materials, thresholds }: { points: Point[]; materials: Map<string, Material>; thresholds: { sr: number; ei: number } }) {
  const { t } = useTranslation('materials');
  const f = useFormat();
  const navigate = useNavigate();
  const option = useMemo<ChartOption>(() => {
    const maxX = Math.ceil(Math.max(thresholds.ei, ...points.map((p) => p.ei)) + 0.5);
    const maxY = Math.ceil(Math.max(thresholds.sr, ...points.map((p) => p.sr)) + 0.3);
    const kindOf = (id: string) => {
      const m = materials.get(id);
      if (m?.strategic !== undefined && m.strategic !== 'no' && m.critical) return 'strategic';
      return m?.critical ? 'critical' : 'other';
    };
    const series = (['strategic', 'critical', 'other'] as const).map((kind, i) => ({
      type: 'scatter',
      name: t(`chart.series.${kind}`),
      symbol: kind === 'strategic' ? 'diamond' : 'circle',
      symbolSize: kind === 'other' ? 8 : 11,
      itemStyle: { color: COLORS[kind], opacity: kind === 'other' ? 0.6 : 0.9 },
      label: { show: kind !== 'other', position: 'right', fontSize: 10, formatter: (p: { data: { name: string } }) => p.data.name },
      labelLayout: { hideOverlap: true },
      data: points.filter((p) => kindOf(p.materialId) === kind).map((p) => ({ name: p.name, value: [p.ei, p.sr], materialId: p.materialId })),
      ...(i === 0
        ? {
            markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#495057' }, label: { formatter: '{b}' }, data: [{ xAxis: thresholds.ei, name: `${t('abbr.ei')} ${f.number(thresholds.ei, 1)}` }, { yAxis: thresholds.sr, name: `${t('abbr.sr')} ${f.number(thresholds.sr, 1)}` }] },
            markArea: { silent: true, itemStyle: { color: 'rgba(201, 42, 42, 0.06)' }, data: [[{ xAxis: thresholds.ei, yAxis: thresholds.sr }, { xAxis: maxX, yAxis: maxY }]] },
          }
        : {}),
    }));
    return {
      grid: { left: 48, right: 24, top: 40, bottom: 48 },
      legend: { top: 0 },
      tooltip: { trigger: 'item', formatter: (p: { data: { name: string; value: [number, number] } }) => t('chart.tooltip', { name: p.data.name, sr: f.number(p.data.value[1], 2), ei: f.number(p.data.value[0], 2) }) },
      xAxis: { name: t('chart.ei'), nameLocation: 'middle', nameGap: 28, min: 0, max: maxX, axisLabel: { formatter: (v: number) => f.number(v) } },
      yAxis: { name: t('chart.sr'), nameLocation: 'middle', nameGap: 32, min: 0, max: maxY, axisLabel: { formatter: (v: number) => f.number(v) } },
      series,
    };
  }, [points, materials, thresholds, t, f]);
  return (
    <Chart
      option={option}
      height={520}
      label={t('chart.label', { count: points.length })}
      onItemClick={(item) => {
        const id = (item.data as { materialId?: string } | undefined)?.materialId;
        if (id) void navigate({ to: `/materials/${id}` });
      }}
    />
  );
}
