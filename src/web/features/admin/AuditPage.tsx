/** The audit log: filters, newest first, load more (keyset), each event's change, and a chain check. */
import { Alert, Badge, Button, Code, Group, Paper, Table, Text, TextInput } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { IconShieldCheck } from '@tabler/icons-react';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Empty, PageHeader, QueryError } from '../../components/Page';
import { useFormat } from '../../i18n/format';

const LIMIT = 50;

export function AuditPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [filters, setFilters] = useState({ action: '', entityType: '', actor: '' });
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(filters, 300);
  const [open, setOpen] = useState<number | null>(null);
  const query = useInfiniteQuery({
    queryKey: ['audit', debounced, from, to],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/audit', {
          params: {
            query: {
              action: debounced.action || undefined,
              entityType: debounced.entityType || undefined,
              actor: debounced.actor || undefined,
              from: from ? new Date(from).toISOString() : undefined,
              to: to ? new Date(to).toISOString() : undefined,
              before: pageParam,
              limit: LIMIT,
            },
          },
        }),
      ),
    getNextPageParam: (last) => (last.length === LIMIT ? last[last.length - 1]?.seq : undefined),
  });
  const verify = useMutation({ mutationFn: () => unwrap(api.GET('/api/audit/verify')) });
  const events = query.data?.pages.flat() ?? [];
  const set = (k: keyof typeof filters) => (e: React.ChangeEvent<HTMLInputElement>) => setFilters({ ...filters, [k]: e.currentTarget.value });
  return (
    <>
      <PageHeader
        title={t('nav.audit')}
        description={t('admin:audit.description')}
        actions={<Button variant="light" leftSection={<IconShieldCheck size={18} />} loading={verify.isPending} onClick={() => verify.mutate()}>{t('admin:audit.verify')}</Button>}
      />
      {verify.data && (
        <Alert mb="md" color={verify.data.ok ? 'teal' : 'red'} title={verify.data.ok ? t('admin:audit.intact', { count: verify.data.checked }) : t('admin:audit.broken', { seq: verify.data.broken?.seq ?? 0 })}>
          {!verify.data.ok && t(`admin:audit.reason.${verify.data.broken?.reason ?? 'hash_mismatch'}`)}
        </Alert>
      )}
      <Group mb="md" gap="sm" align="flex-end">
        <TextInput label={t('admin:audit.action')} placeholder="identity." value={filters.action} onChange={set('action')} w={200} />
        <TextInput label={t('admin:audit.entity')} placeholder="user" value={filters.entityType} onChange={set('entityType')} w={160} />
        <TextInput label={t('admin:audit.actor')} value={filters.actor} onChange={set('actor')} w={220} />
        <DateTimePicker label={t('admin:audit.from')} value={from} onChange={setFrom} clearable w={200} />
        <DateTimePicker label={t('admin:audit.to')} value={to} onChange={setTo} clearable w={200} />
      </Group>
      {query.error ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Paper>
          {events.length === 0 && !query.isLoading ? (
            <Empty>{t('table.noResults')}</Empty>
          ) : (
            <Table.ScrollContainer minWidth={800}>
              <Table verticalSpacing="xs" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>#</Table.Th>
                    <Table.Th>{t('admin:audit.when')}</Table.Th>
                    <Table.Th>{t('admin:audit.actor')}</Table.Th>
                    <Table.Th>{t('admin:audit.action')}</Table.Th>
                    <Table.Th>{t('admin:audit.entity')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {events.map((e) => (
                    <Fragment key={e.seq}>
                      <Table.Tr onClick={() => setOpen(open === e.seq ? null : e.seq)} style={{ cursor: 'pointer' }} aria-expanded={open === e.seq}>
                        <Table.Td><Text size="xs" c="dimmed">{e.seq}</Text></Table.Td>
                        <Table.Td>{f.dateTime(e.at)}</Table.Td>
                        <Table.Td>{e.actorLabel}</Table.Td>
                        <Table.Td><Badge variant="light">{e.action}</Badge></Table.Td>
                        <Table.Td><Text size="sm">{e.entityType}</Text><Text size="xs" c="dimmed">{e.entityId}</Text></Table.Td>
                      </Table.Tr>
                      {open === e.seq && (
                        <Table.Tr>
                          <Table.Td colSpan={5}>
                            <Code block>{JSON.stringify(e.summary, null, 2)}</Code>
                            <Text size="xs" c="dimmed" mt={4}>{t('admin:audit.hash')}: {e.hash} · {t('admin:audit.request')}: {e.requestId ?? '—'}</Text>
                          </Table.Td>
                        </Table.Tr>
                      )}
                    </Fragment>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {query.hasNextPage && (
            <Group justify="center" p="sm">
              <Button variant="subtle" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>{t('actions.loadMore')}</Button>
            </Group>
          )}
        </Paper>
      )}
    </>
  );
}
