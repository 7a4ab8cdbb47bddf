import { Badge, Button, Group, Pagination, Paper, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/roles';
import { api, unwrap, type Schemas } from '../../api/client';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { officesQuery } from './queries';
import { EditUserModal, InviteModal } from './UserForms';

const PAGE = 25;
const statusColor = { active: 'teal', invited: 'ore', disabled: 'gray' } as const;

export function UsersPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const [role, setRole] = useState<Role | null>(null);
  const [status, setStatus] = useState<'invited' | 'active' | 'disabled' | null>(null);
  const [page, setPage] = useState(1);
  const [inviteOpen, invite] = useDisclosure();
  const [editing, setEditing] = useState<Schemas['User'] | null>(null);
  const offices = new Map((useQuery(officesQuery).data ?? []).map((o) => [o.id, o.name]));
  const query = useQuery({
    queryKey: ['users', debounced, role, status, page],
    queryFn: () =>
      unwrap(api.GET('/api/users', { params: { query: { q: debounced || undefined, role: role ?? undefined, status: status ?? undefined, limit: PAGE, offset: (page - 1) * PAGE } } })),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader
        title={t('nav.users')}
        description={t('admin:users.description')}
        actions={<Button leftSection={<IconUserPlus size={18} />} onClick={invite.open}>{t('admin:users.invite')}</Button>}
      />
      <Group mb="md" gap="sm">
        <TextInput placeholder={t('admin:users.search')} aria-label={t('actions.search')} leftSection={<IconSearch size={16} />} value={q} onChange={(e) => { setQ(e.currentTarget.value); setPage(1); }} w={280} />
        <Select placeholder={t('admin:users.role')} aria-label={t('admin:users.role')} clearable data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} value={role} onChange={(v) => { setRole(v as Role | null); setPage(1); }} w={200} />
        <Select
          placeholder={t('admin:users.status')}
          aria-label={t('admin:users.status')}
          clearable
          data={(['active', 'invited', 'disabled'] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={status}
          onChange={(v) => { setStatus(v as typeof status); setPage(1); }}
          w={180}
        />
      </Group>
      <QueryView query={query}>
        {(data) => (
          <Paper>
            {data.items.length === 0 ? (
              <Empty>{t('table.noResults')}</Empty>
            ) : (
              <Table.ScrollContainer minWidth={760}>
                <Table highlightOnHover verticalSpacing="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('auth:fields.name')}</Table.Th>
                      <Table.Th>{t('admin:users.role')}</Table.Th>
                      <Table.Th>{t('admin:users.offices')}</Table.Th>
                      <Table.Th>{t('admin:users.status')}</Table.Th>
                      <Table.Th>{t('admin:users.lastSignIn')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((u) => (
                      <Table.Tr key={u.id} onClick={() => setEditing(u)} style={{ cursor: 'pointer' }} tabIndex={0} onKeyDown={(e) => e.key === 'Enter' && setEditing(u)}>
                        <Table.Td>
                          <Text fw={500}>{u.name}</Text>
                          <Text size="xs" c="dimmed">{u.email}</Text>
                        </Table.Td>
                        <Table.Td>{t(`roles.${u.role}`)}</Table.Td>
                        <Table.Td>{u.officeIds.map((id) => offices.get(id) ?? '').join(', ') || '—'}</Table.Td>
                        <Table.Td><Badge color={statusColor[u.status]} variant="light">{t(`status.${u.status}`)}</Badge></Table.Td>
                        <Table.Td>{f.dateTime(u.lastSignInAt)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <Group justify="space-between" p="sm">
              <Text size="sm" c="dimmed">{t('table.showing', { shown: data.items.length, total: data.total })}</Text>
              {data.total > PAGE && <Pagination total={Math.ceil(data.total / PAGE)} value={page} onChange={setPage} size="sm" />}
            </Group>
          </Paper>
        )}
      </QueryView>
      <InviteModal opened={inviteOpen} onClose={invite.close} />
      {editing && <EditUserModal key={editing.id} user={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
