/** /projects/$id: a funded project's awards, grant agreement, milestones with their reports, and payments. */
import { Anchor, Badge, Button, Card, FileButton, Group, Modal, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowLeft, IconUpload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, postForm, unwrap } from '../../api/client';
import { applyProblem, notifySuccess, showError } from '../../api/forms';
import { PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { PaymentActions, PaymentState } from './PaymentActions';
import { TerminateAgreement } from './TerminateAgreement';
import { projectQuery, REPORT_COLOR, usePaymentsRefresh, type ProjectDto } from './queries';

const useLabel = () => {
  const { i18n } = useTranslation();
  return (o: { labelEs: string; labelEn: string }) => (i18n.language === 'en' ? o.labelEn : o.labelEs);
};

function AgreementCard({ p }: { p: ProjectDto }) {
  const { t } = useTranslation();
  const f = useFormat();
  const refresh = usePaymentsRefresh();
  const create = useForm({ initialValues: { startsOn: '', endsOn: '' } });
  const sign = useForm({ initialValues: { signedOn: new Date().toISOString().slice(0, 10) } });
  const onCreate = create.onSubmit(async (v) => {
    try {
      await unwrap(api.POST('/api/payments/projects/{id}/agreement', { params: { path: { id: p.applicationId } }, body: v }));
      await refresh();
    } catch (err) {
      applyProblem(create, err, t('feedback.error'));
    }
  });
  const onSign = sign.onSubmit(async (v) => {
    try {
      await unwrap(api.POST('/api/payments/agreements/{id}/sign', { params: { path: { id: p.agreement!.id } }, body: v }));
      notifySuccess(t('payments:agreement.signedDone'));
      await refresh();
    } catch (err) {
      applyProblem(sign, err, t('feedback.error'));
    }
  });
  const a = p.agreement;
  return (
    <Card withBorder>
      <Title order={5} mb="xs">{t('payments:agreement.title')}</Title>
      {a ? (
        <Stack gap={4}>
          <Group gap="xs"><Badge variant="light" color={{ signed: 'teal', draft: 'yellow', terminated: 'red' }[a.status]}>{t(`payments:agreement.status.${a.status}`)}</Badge></Group>
          <Text size="sm">{t('payments:agreement.period', { start: f.date(a.startsOn), end: f.date(a.endsOn) })}</Text>
          {a.signedOn && <Text size="sm">{t('payments:agreement.signedOn', { date: f.date(a.signedOn) })}</Text>}
          {a.terminatedOn && <Text size="sm" c="red">{t('payments:agreement.terminated', { date: f.date(a.terminatedOn), reason: a.terminationReason ?? '' })}</Text>}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">{t('payments:agreement.none')}</Text>
      )}
      {p.can.manage && !a && (
        <form onSubmit={onCreate} noValidate>
          <Group align="flex-end" mt="sm">
            <TextInput type="date" label={t('payments:agreement.startsOn')} required {...create.getInputProps('startsOn')} />
            <TextInput type="date" label={t('payments:agreement.endsOn')} required {...create.getInputProps('endsOn')} />
            <Button type="submit">{t('payments:agreement.create')}</Button>
          </Group>
        </form>
      )}
      {p.can.manage && a?.status === 'draft' && (
        <form onSubmit={onSign} noValidate>
          <Text size="sm" c="dimmed" mt="sm">{t('payments:agreement.signHint')}</Text>
          <Group align="flex-end" mt="xs">
            <TextInput type="date" label={t('payments:agreement.signatureDate')} required {...sign.getInputProps('signedOn')} />
            <Button type="submit" color="teal">{t('payments:agreement.sign')}</Button>
          </Group>
        </form>
      )}
      {p.can.manage && a?.status === 'signed' && <TerminateAgreement agreementId={a.id} />}
    </Card>
  );
}

function DecisionModal({ reportId, onClose }: { reportId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = usePaymentsRefresh();
  const form = useForm({ initialValues: { comment: '' } });
  const submit = form.onSubmit(async (v) => {
    try {
      await unwrap(api.POST('/api/payments/reports/{id}/decision', { params: { path: { id: reportId } }, body: { decision: 'request_changes', comment: v.comment } }));
      await refresh();
      onClose();
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    }
  });
  return (
    <Modal opened onClose={onClose} title={t('payments:reports.requestChanges')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Textarea label={t('payments:reports.comment')} required autosize minRows={3} {...form.getInputProps('comment')} />
          <Group justify="flex-end"><Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button><Button type="submit" color="orange">{t('payments:reports.requestChanges')}</Button></Group>
        </Stack>
      </form>
    </Modal>
  );
}

function Milestones({ p }: { p: ProjectDto }) {
  const { t } = useTranslation();
  const f = useFormat();
  const label = useLabel();
  const refresh = usePaymentsRefresh();
  const [changing, setChanging] = useState<string | null>(null);
  const signed = p.agreement?.status === 'signed';
  const uploadFor = async (milestone: string, file: File | null) => {
    if (!file) return;
    const body = new FormData();
    body.append('file', file);
    try {
      await postForm(`/api/payments/projects/${p.applicationId}/reports?milestone=${encodeURIComponent(milestone)}`, body);
      notifySuccess(t('payments:reports.uploaded'));
      await refresh();
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  const accept = async (id: string) => {
    try {
      await unwrap(api.POST('/api/payments/reports/{id}/decision', { params: { path: { id } }, body: { decision: 'accept' } }));
      notifySuccess(t('payments:reports.acceptedDone'));
      await refresh();
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  return (
    <Card withBorder>
      <Title order={5} mb="xs">{t('payments:milestones.title')}</Title>
      <Stack>
        {p.milestones.map((m) => {
          const reports = p.reports.filter((r) => r.milestone === m.milestone);
          const open = !reports.some((r) => r.status === 'accepted' || r.status === 'submitted');
          return (
            <Stack key={m.milestone} gap={4}>
              <Group justify="space-between">
                <Text fw={600}>{label(m)} · {f.number(m.percent)} %</Text>
                {m.reportable ? <Badge variant="outline">{t(`payments:reports.kind.${m.kind ?? 'progress'}`)}</Badge> : <Badge variant="outline" color="gray">{t('payments:milestones.onSignature')}</Badge>}
              </Group>
              {m.reportable && reports.length === 0 && <Text size="sm" c="dimmed">{t(signed ? 'payments:reports.noneYet' : 'payments:reports.afterSignature')}</Text>}
              {reports.map((r) => (
                <Group key={r.id} gap="xs" wrap="wrap">
                  <Anchor href={`/api/payments/reports/${r.id}/file`} size="sm">{r.name}</Anchor>
                  <Text size="xs" c="dimmed">{f.dateTime(r.submittedAt)}</Text>
                  <Badge size="sm" variant="light" color={REPORT_COLOR[r.status]}>{t(`payments:reports.status.${r.status}`)}</Badge>
                  {r.comment && <Text size="xs" c="dimmed">“{r.comment}”</Text>}
                  {p.can.manage && r.status === 'submitted' && (
                    <>
                      <Button size="compact-xs" color="teal" onClick={() => void accept(r.id)}>{t('payments:reports.accept')}</Button>
                      <Button size="compact-xs" variant="subtle" color="orange" onClick={() => setChanging(r.id)}>{t('payments:reports.requestChanges')}</Button>
                    </>
                  )}
                </Group>
              ))}
              {p.can.report && m.reportable && signed && open && (
                <FileButton onChange={(file) => void uploadFor(m.milestone, file)} accept="application/pdf,.docx,.odt,.xlsx">
                  {(props) => <Button {...props} size="xs" variant="light" leftSection={<IconUpload size={14} />} w="fit-content">{t('payments:reports.upload')}</Button>}
                </FileButton>
              )}
            </Stack>
          );
        })}
      </Stack>
      {changing && <DecisionModal reportId={changing} onClose={() => setChanging(null)} />}
    </Card>
  );
}

function Payments({ p }: { p: ProjectDto }) {
  const { t } = useTranslation();
  const f = useFormat();
  const label = useLabel();
  if (p.payments.length === 0) return <Text size="sm" c="dimmed">{t('payments:schedule.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('payments:schedule.recipient')}</Table.Th>
            <Table.Th>{t('payments:schedule.tranche')}</Table.Th>
            <Table.Th ta="right">{t('payments:schedule.amount')}</Table.Th>
            <Table.Th>{t('payments:schedule.state')}</Table.Th>
            <Table.Th>{t('payments:schedule.paid')}</Table.Th>
            {(p.can.pay || p.can.cancel) && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {p.payments.map((x) => (
            <Table.Tr key={x.id}>
              <Table.Td>{x.organisationName}</Table.Td>
              <Table.Td>{label(x)} ({f.number(x.percent)} %)</Table.Td>
              <Table.Td ta="right">{f.money(x.amountCents)}</Table.Td>
              <Table.Td><PaymentState p={x} /></Table.Td>
              <Table.Td>{x.valueDate ? `${f.date(x.valueDate)} · ${x.bankReference ?? ''}` : '—'}</Table.Td>
              {(p.can.pay || p.can.cancel) && <Table.Td><PaymentActions p={x} canPay={p.can.pay} canCancel={p.can.cancel} /></Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function ProjectPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const query = useQuery(projectQuery(id));
  return (
    <QueryView query={query}>
      {(p) => (
        <>
          <Anchor component={Link} to="/projects" size="sm"><Group gap={4}><IconArrowLeft size={14} />{t('payments:projects.title')}</Group></Anchor>
          <PageHeader title={`${p.acronym ?? p.reference} · ${p.title ?? ''}`} description={`${p.reference} · ${p.callCode} · ${p.leadName}`} />
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Card withBorder><Text size="xs" c="dimmed">{t('payments:figures.awarded')}</Text><Text fw={700} size="xl">{f.money(p.awardedCents)}</Text></Card>
              <Card withBorder><Text size="xs" c="dimmed">{t('payments:figures.paid')}</Text><Text fw={700} size="xl">{f.money(p.paidCents)}</Text></Card>
              <Card withBorder><Text size="xs" c="dimmed">{t('payments:figures.due')}</Text><Text fw={700} size="xl">{f.money(p.dueCents)}</Text></Card>
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Card withBorder>
                <Title order={5} mb="xs">{t('payments:awards.title')}</Title>
                <Table>
                  <Table.Tbody>
                    {p.awards.map((a) => (
                      <Table.Tr key={a.id}><Table.Td>{a.organisationName}</Table.Td><Table.Td>{a.nutsCode ?? '—'}</Table.Td><Table.Td ta="right">{f.money(a.amountCents)}</Table.Td></Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Card>
              <AgreementCard p={p} />
            </SimpleGrid>
            <Milestones p={p} />
            <Card withBorder>
              <Title order={5} mb="xs">{t('payments:schedule.title')}</Title>
              <Payments p={p} />
            </Card>
          </Stack>
        </>
      )}
    </QueryView>
  );
}
