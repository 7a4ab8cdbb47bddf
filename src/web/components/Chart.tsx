/**
 * A small ECharts wrapper: only the chart types and components Veta uses are registered (keeps the
 * bundle small), SVG rendering (crisp, printable), resizes with its container, and is labelled for
 * screen readers (pages show the same figures in text or a table next to the chart).
 */
import { BarChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, LineChart, PieChart, ScatterChart, DataZoomComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

export interface ChartProps {
  option: ChartOption;
  /** What the chart shows, for assistive technology. */
  label: string;
  height?: number;
  /** Called with the clicked item's `name` and `data`. */
  onItemClick?: (item: { name: string; data: unknown; seriesName?: string }) => void;
}

export function Chart({ option, label, height = 360, onItemClick }: ChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onItemClick);
  click.current = onItemClick;

  useEffect(() => {
    if (!el.current) return undefined;
    const instance = echarts.init(el.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (p) => click.current?.({ name: String(p.name ?? ''), data: p.data, seriesName: p.seriesName }));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={el} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
