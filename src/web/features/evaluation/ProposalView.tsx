/** A computed proposal: total, fairness figures, loads and weakest-covered applications (charts), pairs, confirm. */
import { Alert, Button, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { notifySuccess, showError } from '../../api/forms';
import { EChart } from '../../components/EChart';
import { useFormat } from '../../i18n/format';
import { useDiagnosis } from './labels';
import { useEvaluationRefresh, type Proposal, type Run } from './queries';

type Names = { application: (id: string) => string; evaluator: (id: string) => string };

function barOption(labels: string[], values: number[], extra: Record<string, unknown> = {}) {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 150, right: 20, top: 10, bottom: 30 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: labels, inverse: true },
    series: [{ type: 'bar', data: values, itemStyle: { color: '#1c5d4f' }, ...extra }],
  };
}

export function ProposalView({ run, proposal, names, manager }: { run: Run; proposal: Proposal; names: Names; manager: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const refresh = useEvaluationRefresh();
  const diagnosis = useDiagnosis(names);
  const confirm = useMutation({
    mutationFn: () => unwrap(api.POST('/api/evaluation/runs/{id}/confirm', { params: { path: { id: run.id } } })),
    onSuccess: (rows) => {
      notifySuccess(t('evaluation:proposal.confirmed', { count: rows.length }));
      void refresh();
    },
    onError: (err) => showError(err, t('evaluation:proposal.failed')),
  });
  if (proposal.status === 'infeasible') {
    return (
      <Alert color="red" mt="md" title={t('evaluation:proposal.infeasible')}>
        <List size="sm">{proposal.reasons.map((r, i) => <List.Item key={i}>{diagnosis(r)}</List.Item>)}</List>
        {proposal.fairness?.highestFloor != null && <Text size="sm" mt="xs">{t('evaluation:proposal.highestFloor', { floor: f.number(proposal.fairness.highestFloor, 3) })}</Text>}
      </Alert>
    );
  }
  const weakest = proposal.coverage.slice(0, 15);
  const byApp = new Map<string, string[]>();
  for (const p of proposal.pairs) byApp.set(p.applicationId, [...(byApp.get(p.applicationId) ?? []), names.evaluator(p.evaluatorId)]);
  return (
    <Stack mt="md">
      <Group gap="xl">
        <div><Text size="xs" c="dimmed">{t('evaluation:proposal.total')}</Text><Text size="xl" fw={700}>{f.number(proposal.totalAffinity, 3)}</Text></div>
        <div><Text size="xs" c="dimmed">{t('evaluation:proposal.pairs')}</Text><Text size="xl" fw={700}>{f.number(proposal.pairs.length)}</Text></div>
        {proposal.fairness && (
          <>
            <div><Text size="xs" c="dimmed">{t('evaluation:proposal.highestFloorLabel')}</Text><Text size="xl" fw={700}>{f.number(proposal.fairness.highestFloor, 3)}</Text></div>
            <div><Text size="xs" c="dimmed">{t('evaluation:proposal.floorUsed')}</Text><Text size="xl" fw={700}>{f.number(proposal.fairness.floor, 3)}</Text></div>
            <div><Text size="xs" c="dimmed">{t('evaluation:proposal.withoutFloor')}</Text><Text size="xl" fw={700}>{f.number(proposal.fairness.unconstrainedTotal, 3)}</Text></div>
          </>
        )}
      </Group>
      {proposal.status === 'time_limit' && <Alert color="yellow">{t('evaluation:proposal.timeLimit')}</Alert>}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <div>
          <Title order={6} mb={4}>{t('evaluation:proposal.weakest')}</Title>
          <EChart ariaLabel={t('evaluation:proposal.weakest')} height={Math.max(200, weakest.length * 26 + 50)} option={barOption(weakest.map((c) => names.application(c.applicationId)), weakest.map((c) => Number(c.totalAffinity.toFixed(3))))} />
        </div>
        <div>
          <Title order={6} mb={4}>{t('evaluation:proposal.loads')}</Title>
          <EChart
            ariaLabel={t('evaluation:proposal.loads')}
            height={Math.max(200, proposal.loads.length * 26 + 50)}
            option={{
              ...barOption(proposal.loads.map((l) => names.evaluator(l.evaluatorId)), proposal.loads.map((l) => l.load)),
              // The maximum as a pale bar behind the load.
              series: [
                { type: 'bar', name: t('evaluation:proposal.maxLoad'), data: proposal.loads.map((l) => l.maxLoad), itemStyle: { color: '#dce9e4' }, barGap: '-100%' },
                { type: 'bar', name: t('evaluation:proposal.load'), data: proposal.loads.map((l) => l.load), itemStyle: { color: '#1c5d4f' } },
              ],
            }}
          />
        </div>
      </SimpleGrid>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('evaluation:pair.application')}</Table.Th>
            <Table.Th>{t('evaluation:proposal.evaluators')}</Table.Th>
            <Table.Th ta="right">{t('evaluation:proposal.appTotal')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...proposal.coverage].sort((a, b) => names.application(a.applicationId).localeCompare(names.application(b.applicationId))).map((c) => (
            <Table.Tr key={c.applicationId}>
              <Table.Td>{names.application(c.applicationId)}</Table.Td>
              <Table.Td>{(byApp.get(c.applicationId) ?? []).join(', ')}</Table.Td>
              <Table.Td ta="right">{f.number(c.totalAffinity, 3)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {manager && !run.confirmedAt && (
        <Group justify="flex-end">
          <Text size="sm" c="dimmed">{t('evaluation:proposal.confirmHelp')}</Text>
          <Button color="teal" leftSection={<IconCheck size={16} />} loading={confirm.isPending} onClick={() => confirm.mutate()}>{t('evaluation:proposal.confirm')}</Button>
        </Group>
      )}
    </Stack>
  );
}
