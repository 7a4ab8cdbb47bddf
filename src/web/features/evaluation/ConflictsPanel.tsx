/** Conflicts of interest of a call: automatic ones with their reason, declared ones, and manual ones staff add or remove. */
import { ActionIcon, Badge, Button, Card, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconDownload, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { notifySuccess, showError } from '../../api/forms';
import { Empty, QueryView } from '../../components/Page';
import { useUser } from '../auth/session';
import { downloadCsv } from '../materials/csv';
import { PairSelects } from './PairSelect';
import { affinityQuery, conflictsQuery, useEvaluationRefresh } from './queries';

const reasonColor: Record<string, string> = { manual: 'grape', declared: 'red' };

export function ConflictsPanel({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const manager = user.role === 'admin' || user.role === 'staff';
  const conflicts = useQuery(conflictsQuery(callId));
  const matrix = useQuery(affinityQuery(callId));
  const refresh = useEvaluationRefresh();
  const [pair, setPair] = useState<{ applicationId: string | null; evaluatorId: string | null }>({ applicationId: null, evaluatorId: null });
  const [reason, setReason] = useState('');
  const add = useMutation({
    mutationFn: () => unwrap(api.POST('/api/evaluation/calls/{callId}/conflicts', { params: { path: { callId } }, body: { applicationId: pair.applicationId ?? '', evaluatorId: pair.evaluatorId ?? '', reason } })),
    onSuccess: () => {
      notifySuccess(t('evaluation:conflicts.added'));
      setReason('');
      void refresh();
    },
    onError: (err) => showError(err, t('evaluation:conflicts.failed')),
  });
  const remove = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/evaluation/conflicts/{id}', { params: { path: { id } } })),
    onSuccess: () => void refresh(),
    onError: (err) => showError(err, t('evaluation:conflicts.failed')),
  });
  return (
    <Stack>
      <Text size="sm" c="dimmed">{t('evaluation:conflicts.intro')}</Text>
      {manager && matrix.data && (
        <Card withBorder>
          <Group align="flex-end">
            <PairSelects matrix={matrix.data} value={pair} onChange={setPair} />
            <TextInput label={t('evaluation:conflicts.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} style={{ flex: 1 }} />
            <Button disabled={!pair.applicationId || !pair.evaluatorId || reason.trim().length < 3} loading={add.isPending} onClick={() => add.mutate()}>{t('evaluation:conflicts.add')}</Button>
          </Group>
        </Card>
      )}
      <QueryView query={conflicts}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('evaluation:conflicts.none')}</Empty>
          ) : (
            <Card withBorder p={0}>
              <Group justify="flex-end" p="xs">
                <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} onClick={() => downloadCsv('conflicts.csv', [['application', 'expert', 'reason', 'detail'], ...list.map((c) => [c.reference, c.evaluatorName, t(`evaluation:reason.${c.reason}`), c.detail])])}>{t('common:actions.export')}</Button>
              </Group>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('evaluation:pair.application')}</Table.Th>
                    <Table.Th>{t('evaluation:pair.expert')}</Table.Th>
                    <Table.Th>{t('evaluation:conflicts.reason')}</Table.Th>
                    <Table.Th>{t('evaluation:conflicts.detail')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((c, i) => (
                    <Table.Tr key={`${c.applicationId}-${c.evaluatorId}-${c.reason}-${i}`}>
                      <Table.Td>{c.reference}</Table.Td>
                      <Table.Td>{c.evaluatorName}</Table.Td>
                      <Table.Td><Badge variant="light" color={reasonColor[c.reason] ?? 'orange'}>{t(`evaluation:reason.${c.reason}`)}</Badge></Table.Td>
                      <Table.Td>{c.detail}</Table.Td>
                      <Table.Td>
                        {manager && c.manualId && (
                          <ActionIcon variant="subtle" color="red" aria-label={t('common:actions.delete')} onClick={() => remove.mutate(c.manualId!)}><IconTrash size={16} /></ActionIcon>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
          )
        }
      </QueryView>
    </Stack>
  );
}
