/**
 * Spain by province (IGN geometry shipped in `assets/`, see its README): a choropleth of counts;
 * clicking a province reports its INE code.
 */
import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { PROVINCES } from '../../shared/identifiers/provinces';
import geometry from '../assets/spain-provinces.geo.json';
import { EChart, echarts } from './EChart';

let registered = false;
function ensureMap(): void {
  if (registered) return;
  echarts.registerMap('spain-provinces', geometry as unknown as Parameters<typeof echarts.registerMap>[1]);
  registered = true;
}

const NAME = new Map(PROVINCES.map((p) => [p.ine, p.name.es]));

export function SpainMap({ counts, onSelect, label, height = 460, selected = [] }: { counts: { provinceCode: string; count: number }[]; onSelect?: (ine: string) => void; label: string; height?: number; selected?: string[] }) {
  ensureMap();
  const option = useMemo(() => {
    const max = Math.max(1, ...counts.map((c) => c.count));
    return {
      tooltip: { trigger: 'item', formatter: (p: { name: string; value: number }) => `${NAME.get(p.name) ?? p.name}: ${Number.isFinite(p.value) ? p.value : 0}` },
      visualMap: { min: 0, max, left: 8, bottom: 8, calculable: true, inRange: { color: ['#e8f6f2', '#4fa68a', '#0c4638'] }, itemHeight: 100 },
      series: [
        {
          type: 'map',
          map: 'spain-provinces',
          nameProperty: 'ine',
          roam: true,
          selectedMode: false,
          aspectScale: 0.8,
          itemStyle: { borderColor: '#fff', borderWidth: 0.6, areaColor: '#f1f3f2' },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#f3b63a' } },
          data: counts.map((c) => ({ name: c.provinceCode, value: c.count, itemStyle: selected.includes(c.provinceCode) ? { borderColor: '#f1a50e', borderWidth: 2 } : undefined })),
        },
      ],
    };
  }, [counts, selected]);
  return (
    <>
      <EChart option={option} height={height} ariaLabel={label} onClick={(p) => onSelect?.(p.name)} />
      <Text size="xs" c="dimmed" ta="right">© Instituto Geográfico Nacional (CC BY 4.0)</Text>
    </>
  );
}
