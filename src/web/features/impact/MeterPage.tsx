/** One meter: its readings at the resolution chosen, its data quality flags, export. */
import { Badge, Button, Group, List, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconUpload } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, download, unwrap, type Schemas } from '../../api/client';
import { showError } from '../../api/forms';
import { Chart, type ChartOption } from '../../components/Chart';
import { PageHeader, QueryView } from '../../components/Page';
import { unitLabel, useImpactFormat } from './format';
import { AnchorLink, ButtonLink } from './links';
import { ImpactTabs } from './ImpactTabs';
import type { Meter } from './queries';

type Resolution = 'raw' | 'hour' | 'day' | 'month';

function seriesOption(s: Schemas['ReadingSeries'], meter: Meter, label: string, fmt: (v: number) => string): ChartOption {
  const bar = s.resolution === 'month' || (s.resolution === 'day' && s.points.length < 120);
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 64, right: 24, top: 24, bottom: 64 },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', name: unitLabel(meter.unit), scale: meter.carrier === 'temperature', axisLabel: { formatter: fmt } },
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 24 }],
    series: [{ name: label, type: bar ? 'bar' : 'line', showSymbol: false, sampling: 'lttb', data: s.points.map((p) => [p.t, p.value]), itemStyle: { color: meter.carrier === 'temperature' ? '#d69000' : '#1c7a5d' } }],
  };
}

function Readings({ meter }: { meter: Meter }) {
  const { t } = useTranslation('impact');
  const [resolution, setResolution] = useState<Resolution>(meter.interval === 'monthly' ? 'raw' : 'day');
  const query = useQuery({
    queryKey: ['impact', 'series', meter.id, resolution],
    queryFn: () => unwrap(api.GET('/api/impact/meters/{id}/readings', { params: { path: { id: meter.id }, query: { resolution } } })),
    placeholderData: keepPreviousData,
  });
  const label = t(`meters.aggregate.${meter.carrier === 'temperature' ? 'mean' : 'sum'}`);
  const f = useImpactFormat();
  const option = useMemo(() => (query.data ? seriesOption(query.data, meter, label, (v) => f.number(v)) : null), [query.data, meter, label, f]);
  return (
    <Paper p="md">
      <Group justify="space-between" mb="xs">
        <Title order={5}>{t('meters.readings')}</Title>
        <SegmentedControl size="xs" value={resolution} onChange={(v) => setResolution(v as Resolution)} data={(['raw', 'hour', 'day', 'month'] as const).map((r) => ({ value: r, label: t(`meters.resolution.${r}`) }))} aria-label={t('meters.resolutionLabel')} />
      </Group>
      <QueryView query={query}>
        {(s) => (
          <>
            <Text size="sm" c="dimmed" mb="xs">{t('meters.seriesHint', { count: s.points.length, aggregate: label })}{s.truncated ? ` ${t('meters.truncated')}` : ''}</Text>
            {option && s.points.length ? <Chart option={option} label={t('meters.readings')} height={340} /> : <Text c="dimmed">{t('meters.noReadings')}</Text>}
          </>
        )}
      </QueryView>
    </Paper>
  );
}

function Quality({ meter }: { meter: Meter }) {
  const { t } = useTranslation('impact');
  const f = useImpactFormat();
  const query = useQuery({ queryKey: ['impact', 'quality', meter.id], queryFn: () => unwrap(api.GET('/api/impact/meters/{id}/quality', { params: { path: { id: meter.id } } })) });
  return (
    <Paper p="md">
      <Title order={5} mb="xs">{t('meters.quality')}</Title>
      <QueryView query={query}>
        {(q) => (
          <Stack gap="xs">
            <Text size="sm">{t('meters.qualitySummary', { readings: q.readings, expected: q.expected ?? q.readings, from: f.date(q.from), to: f.date(q.to) })}</Text>
            <Group gap="xs">
              <Badge color={q.gapCount ? 'orange' : 'teal'} variant="light">{t('meters.gaps', { count: q.gapCount })}</Badge>
              <Badge color={q.outlierCount ? 'orange' : 'teal'} variant="light">{t('meters.outliers', { count: q.outlierCount })}</Badge>
              <Badge color={q.negatives ? 'orange' : 'teal'} variant="light">{t('meters.negatives', { count: q.negatives })}</Badge>
            </Group>
            <Text size="xs" c="dimmed">{t('meters.qualityHint')}</Text>
            {q.gaps.length > 0 && (
              <List size="sm" spacing={2} icon={<IconAlertTriangle size={14} color="var(--mantine-color-orange-6)" aria-hidden />}>
                {q.gaps.slice(0, 8).map((g) => <List.Item key={g.from}>{t('meters.gapLine', { from: f.dateTime(g.from), to: f.dateTime(g.to), missing: g.missing })}</List.Item>)}
              </List>
            )}
            {q.outliers.length > 0 && (
              <List size="sm" spacing={2} icon={<IconAlertTriangle size={14} color="var(--mantine-color-orange-6)" aria-hidden />}>
                {q.outliers.slice(0, 8).map((o) => <List.Item key={o.start}>{t('meters.outlierLine', { at: f.dateTime(o.start), value: f.quantity(o.value, meter.unit, 2), threshold: f.quantity(q.outlierThreshold, meter.unit, 2) })}</List.Item>)}
              </List>
            )}
          </Stack>
        )}
      </QueryView>
    </Paper>
  );
}

export function MeterPage() {
  const { t } = useTranslation('impact');
  const f = useImpactFormat();
  const { meterId } = useParams({ strict: false }) as { meterId: string };
  const query = useQuery({ queryKey: ['impact', 'meter', meterId], queryFn: () => unwrap(api.GET('/api/impact/meters/{id}', { params: { path: { id: meterId } } })) });
  return (
    <QueryView query={query}>
      {(m) => (
        <>
          <PageHeader
            title={`${m.code} · ${m.name}`}
            description={
              <>
                <AnchorLink to="/impact/sites/$siteId" params={{ siteId: m.siteId }}>{m.siteName}</AnchorLink> · {m.organisationName} · {t(`carriers.${m.carrier}`)} ({unitLabel(m.unit)}), {t(`intervals.${m.interval}`)}, {m.timeZone}
              </>
            }
            actions={
              <>
                <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void download(`/api/impact/meters/${m.id}/export`, `${m.code}-readings.csv`).catch((err: unknown) => showError(err, t('common:feedback.error')))}>CSV</Button>
                <ButtonLink to="/impact/sites/$siteId" params={{ siteId: m.siteId }} leftSection={<IconUpload size={16} />}>{t('sites.addReadings')}</ButtonLink>
              </>
            }
          />
          <ImpactTabs />
          <SimpleGrid cols={{ base: 1, lg: 3 }}>
            <div style={{ gridColumn: 'span 2' }}>
              <Readings meter={m} />
            </div>
            <Stack>
              <Paper p="md">
                <Text size="sm">{t('meters.stored', { count: m.readingCount ?? 0 })}</Text>
                <Text size="sm" c="dimmed">{t('meters.span', { from: f.dateTime(m.firstReadingAt), to: f.dateTime(m.lastReadingAt) })}</Text>
              </Paper>
              <Quality meter={m} />
            </Stack>
          </SimpleGrid>
        </>
      )}
    </QueryView>
  );
}
