/** /projects: funded projects with their agreement, money paid and due and reports waiting; recipients also enter their bank accounts. */
import { Anchor, Badge, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { useUser } from '../auth/session';
import { MyAccounts } from './AccountsPanels';
import { projectsQuery, type ProjectSummary } from './queries';

function AgreementBadge({ p }: { p: ProjectSummary }) {
  const { t } = useTranslation();
  const status = p.agreement?.status ?? 'none';
  return <Badge variant="light" color={status === 'signed' ? 'teal' : status === 'draft' ? 'yellow' : 'gray'}>{t(`payments:agreement.status.${status}`)}</Badge>;
}

function ProjectsTable({ rows }: { rows: ProjectSummary[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (rows.length === 0) return <Empty>{t('payments:projects.empty')}</Empty>;
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('payments:projects.project')}</Table.Th>
            <Table.Th>{t('payments:projects.lead')}</Table.Th>
            <Table.Th>{t('payments:projects.agreement')}</Table.Th>
            <Table.Th ta="right">{t('payments:figures.awarded')}</Table.Th>
            <Table.Th ta="right">{t('payments:figures.paid')}</Table.Th>
            <Table.Th ta="right">{t('payments:figures.due')}</Table.Th>
            <Table.Th>{t('payments:projects.reports')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((p) => (
            <Table.Tr key={p.applicationId}>
              <Table.Td>
                <Anchor component={Link} to="/projects/$id" params={{ id: p.applicationId } as never} fw={600}>{p.acronym ?? p.reference}</Anchor>
                <Text size="xs" c="dimmed">{p.reference} · {p.title}</Text>
              </Table.Td>
              <Table.Td>{p.leadName}</Table.Td>
              <Table.Td><AgreementBadge p={p} /></Table.Td>
              <Table.Td ta="right">{f.money(p.awardedCents)}</Table.Td>
              <Table.Td ta="right">{f.money(p.paidCents)}</Table.Td>
              <Table.Td ta="right">{f.money(p.dueCents)}</Table.Td>
              <Table.Td>{p.reportsPending > 0 ? <Badge color="yellow" variant="light">{t('payments:projects.pendingReports', { count: p.reportsPending })}</Badge> : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function ProjectsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const recipient = user.role === 'applicant' || user.role === 'member';
  const [programmeId, setProgrammeId] = useState<string | null>(null);
  const programmes = useQuery({ queryKey: ['funding', 'programmes'], queryFn: () => unwrap(api.GET('/api/funding/programmes')), enabled: !recipient });
  const projects = useQuery(projectsQuery(programmeId));
  return (
    <>
      <PageHeader
        title={t('payments:projects.title')}
        description={t(recipient ? 'payments:projects.descriptionRecipient' : 'payments:projects.description')}
        actions={!recipient && <Select aria-label={t('payments:programme')} placeholder={t('payments:allProgrammes')} clearable data={(programmes.data ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))} value={programmeId} onChange={setProgrammeId} w={320} />}
      />
      <Stack>
        <Card withBorder>
          <QueryView query={projects}>{(rows) => <ProjectsTable rows={rows} />}</QueryView>
        </Card>
        {recipient && (
          <Card withBorder>
            <Group justify="space-between" mb="xs"><Title order={4}>{t('payments:accounts.mineTitle')}</Title></Group>
            <Text size="sm" c="dimmed" mb="sm">{t('payments:accounts.mineHint')}</Text>
            <MyAccounts />
          </Card>
        )}
      </Stack>
    </>
  );
}
