/** /funding: the back office (programmes, calls, claims) for staff; open calls and one's applications for applicants. */
import { Alert, Anchor, Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus, IconUserCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { useUser } from '../auth/session';
import { ApplicantHome } from './ApplicantHome';
import { statusColor, useFundingLabels } from './labels';
import { ProgrammeModal } from './ProgrammeModal';
import { callsQuery, programmesQuery } from './queries';

export function FundingPage() {
  const user = useUser();
  return user.role === 'applicant' || user.role === 'member' ? <ApplicantHome /> : <BackOffice />;
}

function BackOffice() {
  const { t } = useTranslation();
  const user = useUser();
  const f = useFormat();
  const labels = useFundingLabels();
  const programmes = useQuery(programmesQuery);
  const calls = useQuery(callsQuery());
  const claims = useQuery({ queryKey: ['funding', 'claims', 'pending'], queryFn: () => unwrap(api.GET('/api/funding/claims', { params: { query: { status: 'pending' } } })) });
  const [creating, setCreating] = useState(false);
  const manager = user.role === 'admin' || user.role === 'staff';
  return (
    <>
      <PageHeader title={t('funding:home.title')} description={t('funding:home.description')} actions={manager && <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>{t('funding:programme.new')}</Button>} />
      {(claims.data?.length ?? 0) > 0 && (
        <Alert mb="md" icon={<IconUserCheck size={18} />} title={t('funding:claims.pendingTitle', { count: claims.data?.length ?? 0 })}>
          <Anchor component={Link} to="/funding/claims">{t('funding:claims.review')}</Anchor>
        </Alert>
      )}
      <QueryView query={programmes}>
        {(list) => (
          <SimpleGrid cols={{ base: 1, md: 2 }} mb="xl">
            {list.length === 0 && <Empty>{t('funding:programme.none')}</Empty>}
            {list.map((p) => (
              <Card key={p.id} component={Link} to="/funding/programmes/$id" params={{ id: p.id } as never} className="hover-card" withBorder>
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <div>
                    <Text size="xs" c="dimmed" fw={600}>{p.code} · {t(`funding:source.${p.source}`)}</Text>
                    <Title order={4}>{p.name}</Title>
                  </div>
                  <Group gap={4}>{p.fstp && <Badge variant="light">FSTP</Badge>}{p.deMinimis && <Badge variant="light" color="grape">de minimis</Badge>}</Group>
                </Group>
                <Text size="sm" mt="sm">{t('funding:programme.budgetLine', { total: f.money(p.totalBudgetCents), calls: f.money(p.callsBudgetCents), committed: f.money(p.committedCents) })}</Text>
                <Progress.Root mt={6} size="lg" aria-label={t('funding:programme.budgetUse')}>
                  <Progress.Section value={Math.min(100, (p.committedCents / Math.max(1, p.totalBudgetCents)) * 100)} color="teal" />
                  <Progress.Section value={Math.min(100, ((p.callsBudgetCents - p.committedCents) / Math.max(1, p.totalBudgetCents)) * 100)} color="teal.2" />
                </Progress.Root>
                <Text size="xs" c="dimmed" mt={6}>{t('funding:programme.capLine', { cap: f.money(p.recipientCapCents), count: p.callCount })}</Text>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </QueryView>
      <Title order={3} mb="sm">{t('funding:call.list')}</Title>
      <QueryView query={calls}>
        {(list) => (
          <Card withBorder p={0}>
            <Table highlightOnHover>
              <Table.Thead>
                <Table.Tr><Table.Th>{t('funding:call.code')}</Table.Th><Table.Th>{t('funding:call.titleLabel')}</Table.Th><Table.Th>{t('funding:call.status')}</Table.Th><Table.Th>{t('funding:call.deadline')}</Table.Th><Table.Th ta="right">{t('funding:call.budget')}</Table.Th><Table.Th ta="right">{t('funding:call.applications')}</Table.Th></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td><Anchor component={Link} to="/funding/calls/$id" params={{ id: c.id } as never} fw={600}>{c.code}</Anchor></Table.Td>
                    <Table.Td>{labels.title(c)}<Text size="xs" c="dimmed">{c.programmeCode}</Text></Table.Td>
                    <Table.Td><Badge color={statusColor[c.status]} variant="light">{labels.callStatus(c.status)}</Badge></Table.Td>
                    <Table.Td>{f.dateTime(c.deadlineAt)}</Table.Td>
                    <Table.Td ta="right">{f.money(c.budgetCents)}</Table.Td>
                    <Table.Td ta="right">{t('funding:call.counts', { submitted: c.submitted, total: c.applications })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {list.length === 0 && <Empty />}
          </Card>
        )}
      </QueryView>
      {creating && <ProgrammeModal onClose={() => setCreating(false)} />}
      <Stack />
    </>
  );
}
