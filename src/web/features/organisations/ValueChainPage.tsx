/**
 * The value-chain map: a stage x material matrix (click a cell for its organisations), Spain by
 * province (click a province to filter), and the growth of membership month by month.
 */
import { Button, Card, Grid, Group, Paper, SegmentedControl, Text, Title } from '@mantine/core';
import { IconList } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { EChart } from '../../components/EChart';
import { PageHeader, QueryView } from '../../components/Page';
import { SpainMap } from '../../components/SpainMap';
import { FacetFilters } from './FacetFilters';
import { useLabels } from './labels';
import { filterParams, type DirectorySearch } from './search';

function Matrix({ data, onCell }: { data: Schemas['ValueChainMap']; onCell: (stage: string, material: string) => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const option = useMemo(() => {
    const stages = labels.stages.filter((s) => data.stages.some((x) => x.stage === s));
    const materials = data.materials.slice(0, 25).map((m) => m.material);
    const max = Math.max(1, ...data.cells.map((c) => c.count));
    return {
      tooltip: { formatter: (p: { value: [number, number, number] }) => `${labels.stageShort(stages[p.value[1]] ?? '')} · ${labels.material(materials[p.value[0]] ?? '')}: ${p.value[2]}` },
      grid: { left: 150, right: 16, top: 8, bottom: 110 },
      xAxis: { type: 'category', data: materials.map(labels.material), axisLabel: { rotate: 50, interval: 0 }, splitArea: { show: true } },
      yAxis: { type: 'category', data: stages.map(labels.stageShort), inverse: true, splitArea: { show: true } },
      visualMap: { min: 0, max, show: false, inRange: { color: ['#e8f6f2', '#4fa68a', '#0c4638'] } },
      series: [{
        type: 'heatmap',
        data: data.cells.filter((c) => materials.includes(c.material) && stages.includes(c.stage)).map((c) => [materials.indexOf(c.material), stages.indexOf(c.stage), c.count]),
        label: { show: true, fontSize: 11 },
        emphasis: { itemStyle: { borderColor: '#f1a50e', borderWidth: 2 } },
        __stages: stages,
        __materials: materials,
      }],
    };
  }, [data, labels]);
  return (
    <EChart
      option={option}
      height={Math.max(320, 46 * data.stages.length + 140)}
      ariaLabel={t('orgs:map.matrix')}
      onClick={(p) => {
        const [x, y] = p.value as [number, number];
        const series = option.series[0];
        if (series) onCell(series.__stages[y] ?? '', series.__materials[x] ?? '');
      }}
    />
  );
}

function Growth() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['growth'], queryFn: () => unwrap(api.GET('/api/organisations/growth')) });
  const option = useMemo(() => {
    const points = query.data?.points ?? [];
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 48 },
      xAxis: { type: 'category', data: points.map((p) => p.month) },
      yAxis: [{ type: 'value', minInterval: 1 }],
      series: [
        { name: t('orgs:map.members'), type: 'line', step: 'end', areaStyle: { opacity: 0.15 }, data: points.map((p) => p.members), color: '#1c5d4f', symbol: 'none' },
        { name: t('orgs:map.joined'), type: 'bar', data: points.map((p) => p.joined), color: '#f3b63a' },
        { name: t('orgs:map.left'), type: 'bar', data: points.map((p) => -p.left), color: '#c0c5c2' },
      ],
    };
  }, [query.data, t]);
  const last = query.data?.points.at(-1);
  return (
    <Card>
      <Group justify="space-between"><Title order={4}>{t('orgs:map.growth')}</Title>{last && <Text fw={700} size="xl">{last.members}</Text>}</Group>
      <Text size="sm" c="dimmed" mb="sm">{t('orgs:map.growthHint')}</Text>
      <EChart option={option} height={300} ariaLabel={t('orgs:map.growth')} />
    </Card>
  );
}

export function ValueChainPage({ search }: { search: DirectorySearch }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [view, setView] = useState<'matrix' | 'map'>('matrix');
  const query = useQuery({ queryKey: ['value-chain', search], queryFn: () => unwrap(api.GET('/api/organisations/value-chain', { params: { query: filterParams(search) } })) });
  const facets = useQuery({ queryKey: ['directory', { ...search, page: undefined }, 'facets'], queryFn: () => unwrap(api.GET('/api/organisations', { params: { query: { ...filterParams(search), limit: 1 } } })) });
  const update = (next: Partial<DirectorySearch>) => void navigate({ to: '/members/map', search: { ...search, ...next }, replace: true });
  const drill = (next: Partial<DirectorySearch>) => void navigate({ to: '/members', search: { ...search, ...next, page: undefined } });
  return (
    <>
      <PageHeader
        title={t('orgs:map.title')}
        description={t('orgs:map.description')}
        actions={<Button variant="default" component={Link} to="/members" search={search as never} leftSection={<IconList size={18} />}>{t('orgs:directory.title')}</Button>}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Paper p="md"><FacetFilters facets={facets.data?.facets ?? {}} shown={['stage', 'material', 'region', 'status', 'size', 'kind']} search={search} onChange={update} /></Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Card mb="lg">
            <Group justify="space-between" mb="sm">
              <Title order={4}>{t('orgs:map.count', { count: query.data?.total ?? 0 })}</Title>
              <SegmentedControl value={view} onChange={(v) => setView(v as 'matrix' | 'map')} data={[{ value: 'matrix', label: t('orgs:map.matrix') }, { value: 'map', label: t('orgs:map.provinces') }]} />
            </Group>
            <QueryView query={query}>
              {(data) =>
                view === 'matrix' ? (
                  <>
                    <Text size="sm" c="dimmed">{t('orgs:map.matrixHint')}</Text>
                    <Matrix data={data} onCell={(stage, material) => drill({ stage: [stage], material: [material] })} />
                  </>
                ) : (
                  <>
                    <Text size="sm" c="dimmed">{t('orgs:map.mapHint')}</Text>
                    <SpainMap counts={data.provinces} label={t('orgs:map.provinces')} onSelect={(ine) => drill({ province: [ine] })} selected={search.province ?? []} />
                  </>
                )
              }
            </QueryView>
          </Card>
          <Growth />
        </Grid.Col>
      </Grid>
    </>
  );
}
