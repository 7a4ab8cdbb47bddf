import { Badge, Button, Group, Paper, SegmentedControl, Table, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { notifySuccess, showError } from '../../api/forms';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';

const colors = { queued: 'blue', running: 'ore', done: 'teal', failed: 'red' } as const;
type Status = keyof typeof colors;

export function JobsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const qc = useQueryClient();
  const [status, setStatus] = useState<Status | 'all'>('all');
  const query = useQuery({
    queryKey: ['jobs', status],
    queryFn: () => unwrap(api.GET('/api/admin/jobs', { params: { query: { status: status === 'all' ? undefined : status, limit: 100, offset: 0 } } })),
    refetchInterval: 5000,
  });
  const retry = async (id: string) => {
    try {
      await unwrap(api.POST('/api/admin/jobs/{id}/retry', { params: { path: { id } } }));
      notifySuccess(t('admin:jobs.retried'));
      await qc.invalidateQueries({ queryKey: ['jobs'] });
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  return (
    <>
      <PageHeader title={t('nav.jobs')} description={t('admin:jobs.description')} />
      <SegmentedControl
        mb="md"
        value={status}
        onChange={(v) => setStatus(v as Status | 'all')}
        data={[{ value: 'all', label: t('admin:jobs.all') }, ...(Object.keys(colors) as Status[]).map((s) => ({ value: s, label: t(`admin:jobs.status.${s}`) }))]}
      />
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <Paper><Empty /></Paper>
          ) : (
            <Paper>
              <Table.ScrollContainer minWidth={760}>
                <Table verticalSpacing="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('admin:jobs.name')}</Table.Th>
                      <Table.Th>{t('admin:jobs.state')}</Table.Th>
                      <Table.Th>{t('admin:jobs.attempts')}</Table.Th>
                      <Table.Th>{t('admin:jobs.runAt')}</Table.Th>
                      <Table.Th>{t('admin:jobs.error')}</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((j) => (
                      <Table.Tr key={j.id}>
                        <Table.Td><Text ff="monospace" size="sm">{j.name}</Text></Table.Td>
                        <Table.Td><Badge color={colors[j.status]} variant="light">{t(`admin:jobs.status.${j.status}`)}</Badge></Table.Td>
                        <Table.Td>{j.attempts} / {j.maxAttempts}</Table.Td>
                        <Table.Td>{f.dateTime(j.status === 'done' ? j.finishedAt : j.runAt)}</Table.Td>
                        <Table.Td><Text size="xs" c="red" lineClamp={2}>{j.lastError}</Text></Table.Td>
                        <Table.Td>{j.status === 'failed' && <Button size="xs" variant="light" onClick={() => void retry(j.id)}>{t('actions.retry')}</Button>}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Group p="sm"><Text size="sm" c="dimmed">{t('table.showing', { shown: data.items.length, total: data.total })}</Text></Group>
            </Paper>
          )
        }
      </QueryView>
    </>
  );
}
