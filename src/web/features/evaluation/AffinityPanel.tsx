/** Affinity of a call as a heatmap (applications x experts); a cell opens its explanation and staff's override. */
import { Badge, Button, Card, Grid, Group, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { notifySuccess, showError } from '../../api/forms';
import { EChart } from '../../components/EChart';
import { Empty, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { useUser } from '../auth/session';
import { applicationLabel } from './PairSelect';
import { affinityQuery, useEvaluationRefresh, type AffinityCell, type AffinityMatrix } from './queries';

function heatmapOption(m: AffinityMatrix, conflictLabel: string) {
  const data = m.cells.map((c) => [m.evaluators.findIndex((e) => e.id === c.evaluatorId), m.applications.findIndex((a) => a.id === c.applicationId), c.conflicted ? '-' : Number(c.affinity.toFixed(3))]);
  return {
    tooltip: { formatter: (p: { value: [number, number, number | string] }) => `${m.applications[p.value[1]]?.reference ?? ''} · ${m.evaluators[p.value[0]]?.name ?? ''}: ${p.value[2] === '-' ? conflictLabel : p.value[2]}` },
    grid: { left: 110, right: 20, top: 10, bottom: 110 },
    xAxis: { type: 'category', data: m.evaluators.map((e) => e.name), axisLabel: { rotate: 45, interval: 0 } },
    yAxis: { type: 'category', data: m.applications.map((a) => a.reference) },
    visualMap: { min: 0, max: 1, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: ['#f1f5f3', '#7fb8a4', '#1c5d4f'] } },
    series: [{ type: 'heatmap', data, label: { show: m.evaluators.length <= 12, fontSize: 10 }, emphasis: { itemStyle: { borderColor: '#333', borderWidth: 1 } } }],
  };
}

function CellDetail({ callId, matrix, cell }: { callId: string; matrix: AffinityMatrix; cell: AffinityCell }) {
  const { t } = useTranslation();
  const f = useFormat();
  const user = useUser();
  const refresh = useEvaluationRefresh();
  const [value, setValue] = useState<number | string>(cell.override?.affinity ?? cell.computed);
  const [reason, setReason] = useState(cell.override?.reason ?? '');
  const app = matrix.applications.find((a) => a.id === cell.applicationId)!;
  const expert = matrix.evaluators.find((e) => e.id === cell.evaluatorId)!;
  const save = useMutation({
    mutationFn: () => unwrap(api.POST('/api/evaluation/calls/{callId}/affinity-overrides', { params: { path: { callId } }, body: { applicationId: cell.applicationId, evaluatorId: cell.evaluatorId, affinity: Number(value), reason } })),
    onSuccess: () => {
      notifySuccess(t('evaluation:affinity.overridden'));
      void refresh();
    },
    onError: (err) => showError(err, t('evaluation:affinity.failed')),
  });
  const clear = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/evaluation/affinity-overrides/{id}', { params: { path: { id: cell.override!.id } } })),
    onSuccess: () => void refresh(),
    onError: (err) => showError(err, t('evaluation:affinity.failed')),
  });
  const manager = user.role === 'admin' || user.role === 'staff';
  return (
    <Card withBorder>
      <Title order={5}>{applicationLabel(app)} · {expert.name}</Title>
      {cell.conflicted && <Badge color="red" variant="light" mt="xs">{t('evaluation:affinity.conflicted')}</Badge>}
      <Text size="xl" fw={700} mt="sm">{f.number(cell.affinity, 3)}</Text>
      <Stack gap={4} mt="xs">
        <Text size="sm">{t('evaluation:affinity.topics', { score: cell.topicScore === null ? '—' : f.number(cell.topicScore, 2), matched: cell.matchedTopics.join(', ') || '—', total: app.topics.join(', ') || '—' })}</Text>
        <Text size="sm">{t('evaluation:affinity.terms', { score: cell.termScore === null ? '—' : f.number(cell.termScore, 2), matched: cell.matchedTerms.join(', ') || '—' })}</Text>
        <Text size="sm" c="dimmed">{t('evaluation:affinity.formula', { computed: f.number(cell.computed, 3) })}</Text>
        {cell.override && <Text size="sm" c="grape">{t('evaluation:affinity.overrideLine', { value: f.number(cell.override.affinity, 3), reason: cell.override.reason, at: f.dateTime(cell.override.at) })}</Text>}
      </Stack>
      {manager && (
        <Stack mt="md" gap="xs">
          <NumberInput label={t('evaluation:affinity.override')} min={0} max={1} step={0.05} decimalScale={3} value={value} onChange={setValue} />
          <Textarea label={t('evaluation:affinity.reason')} autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <Group>
            <Button size="xs" disabled={reason.trim().length < 3} loading={save.isPending} onClick={() => save.mutate()}>{t('evaluation:affinity.apply')}</Button>
            {cell.override && <Button size="xs" variant="default" loading={clear.isPending} onClick={() => clear.mutate()}>{t('evaluation:affinity.clear')}</Button>}
          </Group>
        </Stack>
      )}
    </Card>
  );
}

export function AffinityPanel({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const matrix = useQuery(affinityQuery(callId));
  const [selected, setSelected] = useState<{ applicationId: string; evaluatorId: string } | null>(null);
  const option = useMemo(() => (matrix.data ? heatmapOption(matrix.data, t('evaluation:affinity.conflicted')) : {}), [matrix.data, t]);
  return (
    <QueryView query={matrix}>
      {(m) => {
        if (m.applications.length === 0 || m.evaluators.length === 0) return <Empty>{t('evaluation:affinity.empty')}</Empty>;
        const cell = selected && m.cells.find((c) => c.applicationId === selected.applicationId && c.evaluatorId === selected.evaluatorId);
        return (
          <Grid>
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Text size="sm" c="dimmed" mb="xs">{t('evaluation:affinity.intro')}</Text>
              <EChart
                ariaLabel={t('evaluation:affinity.chart')}
                option={option}
                height={Math.max(320, 60 + m.applications.length * 28 + 110)}
                onClick={(p) => {
                  const v = p.value as [number, number];
                  const app = m.applications[v[1]];
                  const ev = m.evaluators[v[0]];
                  if (app && ev) setSelected({ applicationId: app.id, evaluatorId: ev.id });
                }}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>{cell ? <CellDetail key={`${cell.applicationId}-${cell.evaluatorId}-${cell.override?.id ?? ''}`} callId={callId} matrix={m} cell={cell} /> : <Empty>{t('evaluation:affinity.pick')}</Empty>}</Grid.Col>
          </Grid>
        );
      }}
    </QueryView>
  );
}
