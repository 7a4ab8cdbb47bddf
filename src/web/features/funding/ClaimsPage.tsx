/** Staff: requests to act for organisations already in the registry, approved or rejected with a reason. */
import { Anchor, Badge, Button, Card, Group, SegmentedControl, Table, Text, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { notifySuccess, showError } from '../../api/forms';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { useUser } from '../auth/session';

export function ClaimsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const user = useUser();
  const qc = useQueryClient();
  const [status, setStatus] = useState<'pending' | 'approved' | 'rejected'>('pending');
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const query = useQuery({ queryKey: ['funding', 'claims', status], queryFn: () => unwrap(api.GET('/api/funding/claims', { params: { query: { status } } })) });
  const decide = async (id: string, approve: boolean) => {
    try {
      await unwrap(api.POST('/api/funding/claims/{id}/decision', { params: { path: { id } }, body: { approve, reason: reasons[id] || undefined } }));
      notifySuccess(approve ? t('funding:claims.approved') : t('funding:claims.rejected'));
      await qc.invalidateQueries({ queryKey: ['funding', 'claims'] });
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  const manager = user.role === 'admin' || user.role === 'staff';
  return (
    <>
      <Anchor component={Link} to="/funding" size="sm" mb="xs" display="inline-block">← {t('nav.funding')}</Anchor>
      <PageHeader title={t('funding:claims.title')} description={t('funding:claims.description')} />
      <SegmentedControl mb="md" value={status} onChange={(v) => setStatus(v as typeof status)} data={(['pending', 'approved', 'rejected'] as const).map((s) => ({ value: s, label: t(`funding:claims.status.${s}`) }))} />
      <QueryView query={query}>
        {(rows) => (
          <Card withBorder p={0}>
            <Table>
              <Table.Tbody>
                {rows.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td><Anchor component={Link} to="/members/$id" params={{ id: c.organisationId } as never} fw={600}>{c.organisationName}</Anchor><Text size="xs" c="dimmed">{c.taxId}</Text></Table.Td>
                    <Table.Td>{c.userName}<Text size="xs" c="dimmed">{c.userEmail}</Text></Table.Td>
                    <Table.Td><Text size="sm">{c.message ?? '—'}</Text><Text size="xs" c="dimmed">{f.dateTime(c.createdAt)}</Text></Table.Td>
                    <Table.Td>
                      {c.status === 'pending' && manager ? (
                        <Group gap="xs" wrap="nowrap">
                          <TextInput size="xs" placeholder={t('funding:claims.reason')} aria-label={t('funding:claims.reason')} value={reasons[c.id] ?? ''} onChange={(e) => setReasons({ ...reasons, [c.id]: e.currentTarget.value })} />
                          <Button size="xs" color="teal" onClick={() => void decide(c.id, true)}>{t('funding:claims.approve')}</Button>
                          <Button size="xs" color="red" variant="light" onClick={() => void decide(c.id, false)}>{t('funding:claims.reject')}</Button>
                        </Group>
                      ) : (
                        <Group gap="xs"><Badge variant="light">{t(`funding:claims.status.${c.status}`)}</Badge><Text size="xs" c="dimmed">{c.reason}</Text></Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {rows.length === 0 && <Empty />}
          </Card>
        )}
      </QueryView>
    </>
  );
}
