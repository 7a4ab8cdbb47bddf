/** The confirmed assignment of a call with declaration states; pins, bans and pairs added by hand. */
import { ActionIcon, Badge, Button, Card, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { notifySuccess, showError } from '../../api/forms';
import { Empty, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { downloadCsv } from '../materials/csv';
import { coiColor } from './labels';
import { namesOf, PairSelects } from './PairSelect';
import { affinityQuery, assignmentsQuery, pairRulesQuery, useEvaluationRefresh } from './queries';

type Pair = { applicationId: string | null; evaluatorId: string | null };
type Action = 'assign' | 'pin' | 'forbid';

function PairActions({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const matrix = useQuery(affinityQuery(callId));
  const refresh = useEvaluationRefresh();
  const [pair, setPair] = useState<Pair>({ applicationId: null, evaluatorId: null });
  const [action, setAction] = useState<Action>('assign');
  const go = useMutation({
    mutationFn: async () => {
      const body = { applicationId: pair.applicationId ?? '', evaluatorId: pair.evaluatorId ?? '' };
      const params = { path: { callId } };
      if (action === 'assign') return unwrap(api.POST('/api/evaluation/calls/{callId}/assignments', { params, body }));
      return unwrap(api.POST('/api/evaluation/calls/{callId}/pair-rules', { params, body: { ...body, rule: action } }));
    },
    onSuccess: () => {
      notifySuccess(t(`evaluation:manual.done.${action}`));
      void refresh();
    },
    onError: (err) => showError(err, t('evaluation:manual.failed')),
  });
  if (!matrix.data) return null;
  return (
    <Group align="flex-end">
      <PairSelects matrix={matrix.data} value={pair} onChange={setPair} />
      <SegmentedControl value={action} onChange={(v) => setAction(v as Action)} data={(['assign', 'pin', 'forbid'] as const).map((v) => ({ value: v, label: t(`evaluation:manual.${v}`) }))} />
      <Button disabled={!pair.applicationId || !pair.evaluatorId} loading={go.isPending} onClick={() => go.mutate()}>{t('evaluation:manual.apply')}</Button>
    </Group>
  );
}

function PairRules({ callId, manager }: { callId: string; manager: boolean }) {
  const { t } = useTranslation();
  const rules = useQuery(pairRulesQuery(callId));
  const names = namesOf(useQuery(affinityQuery(callId)).data);
  const refresh = useEvaluationRefresh();
  const remove = useMutation({ mutationFn: (id: string) => unwrap(api.DELETE('/api/evaluation/pair-rules/{id}', { params: { path: { id } } })), onSuccess: () => void refresh(), onError: (err) => showError(err, t('evaluation:manual.failed')) });
  if (!rules.data?.length) return null;
  return (
    <Group gap="xs">
      <Text size="sm" fw={500}>{t('evaluation:manual.rules')}</Text>
      {rules.data.map((r) => (
        <Badge key={r.id} color={r.rule === 'pin' ? 'blue' : 'red'} variant="light" rightSection={manager ? <ActionIcon size="xs" variant="transparent" aria-label={t('common:actions.delete')} onClick={() => remove.mutate(r.id)}><IconTrash size={12} /></ActionIcon> : undefined}>
          {t(`evaluation:manual.${r.rule}`)}: {names.application(r.applicationId)} · {names.evaluator(r.evaluatorId)}
        </Badge>
      ))}
    </Group>
  );
}

export function CurrentAssignments({ callId, manager }: { callId: string; manager: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const rows = useQuery(assignmentsQuery(callId));
  const refresh = useEvaluationRefresh();
  const remove = useMutation({ mutationFn: (id: string) => unwrap(api.DELETE('/api/evaluation/assignments/{id}', { params: { path: { id } } })), onSuccess: () => void refresh(), onError: (err) => showError(err, t('evaluation:manual.failed')) });
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={5}>{t('evaluation:assignments.title')}</Title>
        <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} disabled={!rows.data?.length} onClick={() => rows.data && downloadCsv('assignments.csv', [['application', 'expert', 'origin', 'affinity', 'declaration', 'declared_at'], ...rows.data.map((a) => [a.reference, a.evaluatorName, a.origin, a.affinity, a.coiStatus, a.coiDeclaredAt])])}>{t('common:actions.export')}</Button>
      </Group>
      <Stack>
        {manager && <PairActions callId={callId} />}
        <PairRules callId={callId} manager={manager} />
        <QueryView query={rows}>
          {(list) =>
            list.length === 0 ? (
              <Empty>{t('evaluation:assignments.none')}</Empty>
            ) : (
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('evaluation:pair.application')}</Table.Th>
                    <Table.Th>{t('evaluation:pair.expert')}</Table.Th>
                    <Table.Th>{t('evaluation:assignments.origin')}</Table.Th>
                    <Table.Th ta="right">{t('evaluation:assignments.affinity')}</Table.Th>
                    <Table.Th>{t('evaluation:assignments.declaration')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>{a.reference}</Table.Td>
                      <Table.Td>{a.evaluatorName}</Table.Td>
                      <Table.Td>{t(`evaluation:assignments.originValue.${a.origin}`)}</Table.Td>
                      <Table.Td ta="right">{f.number(a.affinity, 3)}</Table.Td>
                      <Table.Td><Badge color={coiColor[a.coiStatus]} variant="light">{t(`evaluation:coi.${a.coiStatus}`)}</Badge></Table.Td>
                      <Table.Td>{manager && a.coiStatus === 'pending' && <ActionIcon variant="subtle" color="red" aria-label={t('common:actions.delete')} onClick={() => remove.mutate(a.id)}><IconTrash size={16} /></ActionIcon>}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryView>
      </Stack>
    </Card>
  );
}
