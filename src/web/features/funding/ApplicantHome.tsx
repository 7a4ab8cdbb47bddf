/** /funding for applicants and members: open calls to apply to, their applications and organisations. */
import { Alert, Anchor, Badge, Button, Card, Group, Modal, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconBuilding, IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { showError } from '../../api/forms';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { Countdown } from './Deadline';
import { statusColor, useFundingLabels } from './labels';
import { myApplicationsQuery, myOrganisationsQuery, publicCallsQuery } from './queries';

/** Starts an application to a call (by its public code) for one of the organisations the person acts for. */
export function ApplyModal({ code, onClose }: { code: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const orgs = useQuery(myOrganisationsQuery);
  const call = useQuery({ queryKey: ['public', 'call', code], queryFn: () => unwrap(api.GET('/api/public/calls/{code}', { params: { path: { code } } })) });
  const [lead, setLead] = useState<string | null>(null);
  const list = orgs.data?.organisations ?? [];
  const start = async () => {
    if (!call.data || !lead) return;
    try {
      const app = await unwrap(api.POST('/api/funding/calls/{id}/applications', { params: { path: { id: call.data.id } }, body: { leadOrganisationId: lead } }));
      await navigate({ to: '/funding/applications/$id', params: { id: app.id } });
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('funding:apply.title')}>
      <Stack>
        {list.length === 0 ? (
          <Alert icon={<IconInfoCircle size={18} />}>
            {t('funding:apply.noOrganisation')} <Anchor component={Link} to="/funding/organisations">{t('funding:apply.registerOrganisation')}</Anchor>
          </Alert>
        ) : (
          <Select label={t('funding:apply.lead')} description={t('funding:apply.leadHint')} data={list.map((o) => ({ value: o.organisation.id, label: o.organisation.legalName }))} value={lead} onChange={setLead} />
        )}
        <Group justify="flex-end"><Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button><Button disabled={!lead} onClick={() => void start()}>{t('funding:apply.start')}</Button></Group>
      </Stack>
    </Modal>
  );
}

export function ApplicantHome() {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useFundingLabels();
  const calls = useQuery(publicCallsQuery);
  const mine = useQuery(myApplicationsQuery);
  const orgs = useQuery(myOrganisationsQuery);
  const [applying, setApplying] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={t('funding:applicant.title')} description={t('funding:applicant.description')}
        actions={<Button component={Link} to="/funding/organisations" variant="default" leftSection={<IconBuilding size={16} />}>{t('funding:applicant.organisations', { count: orgs.data?.organisations.length ?? 0 })}</Button>} />
      <Title order={3} mb="sm">{t('funding:applicant.openCalls')}</Title>
      <QueryView query={calls}>
        {(data) => {
          const open = data.items.filter((c) => c.open);
          return (
            <SimpleGrid cols={{ base: 1, md: 2 }} mb="xl">
              {open.length === 0 && <Empty>{t('funding:public.noneOpen')}</Empty>}
              {open.map((c) => (
                <Card key={c.code} withBorder>
                  <Text size="xs" c="dimmed" fw={600}>{c.code} · {c.programmeName}</Text>
                  <Title order={4} mb={4}><Anchor component={Link} to="/calls/$code" params={{ code: c.code } as never} c="inherit">{labels.title(c)}</Anchor></Title>
                  <Text size="sm" c="dimmed" lineClamp={3}>{labels.text(c.summaryEs, c.summaryEn)}</Text>
                  <Group justify="space-between" mt="md">
                    <Countdown deadlineAt={c.deadlineAt} serverNow={data.serverNow} size="sm" />
                    <Button size="xs" onClick={() => setApplying(c.code)}>{t('funding:apply.button')}</Button>
                  </Group>
                </Card>
              ))}
            </SimpleGrid>
          );
        }}
      </QueryView>
      <Title order={3} mb="sm">{t('funding:applicant.mine')}</Title>
      <QueryView query={mine}>
        {(list) => (
          <Card withBorder p={0}>
            <Table highlightOnHover>
              <Table.Thead><Table.Tr><Table.Th>{t('funding:applicant.reference')}</Table.Th><Table.Th>{t('funding:applicant.project')}</Table.Th><Table.Th>{t('funding:applicant.call')}</Table.Th><Table.Th>{t('funding:call.status')}</Table.Th><Table.Th>{t('funding:call.deadline')}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {list.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td><Anchor component={Link} to="/funding/applications/$id" params={{ id: a.id } as never} fw={600}>{a.reference}</Anchor></Table.Td>
                    <Table.Td>{a.acronym ?? '—'}<Text size="xs" c="dimmed">{a.title}</Text></Table.Td>
                    <Table.Td>{labels.title({ titleEs: a.callTitleEs, titleEn: a.callTitleEn })}<Text size="xs" c="dimmed">{a.standing === 'lead' ? t('funding:applicant.asLead') : t('funding:applicant.asPartner', { lead: a.leadName })}</Text></Table.Td>
                    <Table.Td><Badge color={statusColor[a.status]} variant="light">{labels.status(a.status)}</Badge>{a.currentVersion > 0 && <Text size="xs" c="dimmed">v{a.currentVersion}</Text>}</Table.Td>
                    <Table.Td>{f.dateTime(a.deadlineAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {list.length === 0 && <Empty>{t('funding:applicant.noApplications')}</Empty>}
          </Card>
        )}
      </QueryView>
      {applying && <ApplyModal code={applying} onClose={() => setApplying(null)} />}
      <Stack />
    </>
  );
}
