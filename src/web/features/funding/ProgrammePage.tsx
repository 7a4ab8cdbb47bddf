/** A programme: its figures, its calls (new call), and the money committed to recipients (counted against the cap). */
import { ActionIcon, Anchor, Badge, Button, Card, Group, Modal, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowLeft, IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { applyProblem, showError } from '../../api/forms';
import { MoneyInput } from '../../components/MoneyInput';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { statusColor, useFundingLabels } from './labels';
import { ProgrammeModal } from './ProgrammeModal';
import { callsQuery, commitmentsQuery, programmeQuery, useFundingRefresh } from './queries';

function NewCallModal({ programmeId, onClose }: { programmeId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm({ initialValues: { code: '', titleEs: '', titleEn: '' } });
  const submit = form.onSubmit(async (v) => {
    try {
      const call = await unwrap(api.POST('/api/funding/calls', { body: { ...v, programmeId } as never }));
      await navigate({ to: '/funding/calls/$id', params: { id: call.id } });
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    }
  });
  return (
    <Modal opened onClose={onClose} title={t('funding:call.new')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('funding:call.code')} description={t('funding:call.codeHint')} required {...form.getInputProps('code')} />
          <TextInput label={t('funding:editor.titleEs')} required {...form.getInputProps('titleEs')} />
          <TextInput label={t('funding:editor.titleEn')} required {...form.getInputProps('titleEn')} />
          <Group justify="flex-end"><Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button><Button type="submit">{t('actions.create')}</Button></Group>
        </Stack>
      </form>
    </Modal>
  );
}

function Commitments({ programmeId, canManage }: { programmeId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const refresh = useFundingRefresh();
  const query = useQuery(commitmentsQuery(programmeId));
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const orgs = useQuery({ queryKey: ['directory', 'pick', q], queryFn: () => unwrap(api.GET('/api/organisations', { params: { query: { q, limit: 20 } } })), enabled: canManage && q.length >= 2 });
  const form = useForm({ initialValues: { organisationId: null as string | null, amountCents: null as number | null, note: '' } });
  const add = form.onSubmit(async (v) => {
    try {
      await unwrap(api.POST('/api/funding/programmes/{id}/commitments', { params: { path: { id: programmeId } }, body: { organisationId: v.organisationId ?? '', amountCents: v.amountCents ?? 0, note: v.note } }));
      form.reset();
      await refresh();
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    }
  });
  const remove = async (id: string) => {
    try {
      await unwrap(api.DELETE('/api/funding/commitments/{id}', { params: { path: { id } } }));
      await refresh();
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  return (
    <Card withBorder>
      <Title order={5}>{t('funding:commitments.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('funding:commitments.hint')}</Text>
      <QueryView query={query}>
        {(rows) => (
          <Table>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.organisationName}</Table.Td>
                  <Table.Td ta="right">{f.money(c.amountCents)}</Table.Td>
                  <Table.Td><Badge size="sm" variant="light" color={c.source === 'award' ? 'teal' : 'gray'}>{t(`funding:commitments.source.${c.source}`)}</Badge></Table.Td>
                  <Table.Td><Text size="xs" c="dimmed">{c.note}</Text></Table.Td>
                  <Table.Td>{canManage && c.source === 'external' && <ActionIcon variant="subtle" color="red" aria-label={t('actions.delete')} onClick={() => void remove(c.id)}><IconTrash size={14} /></ActionIcon>}</Table.Td>
                </Table.Tr>
              ))}
              {rows.length === 0 && <Table.Tr><Table.Td><Text size="sm" c="dimmed">{t('funding:commitments.none')}</Text></Table.Td></Table.Tr>}
            </Table.Tbody>
          </Table>
        )}
      </QueryView>
      {canManage && (
        <form onSubmit={add} noValidate>
          <Group mt="sm" align="flex-end">
            <Select label={t('funding:commitments.organisation')} searchable onSearchChange={setSearch} searchValue={search} data={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.legalName }))} w={300} {...form.getInputProps('organisationId')} />
            <MoneyInput label={t('funding:commitments.amount')} w={160} value={form.values.amountCents} onChange={(v) => form.setFieldValue('amountCents', v)} error={form.errors.amountCents as string | undefined} />
            <TextInput label={t('funding:commitments.note')} style={{ flex: 1 }} {...form.getInputProps('note')} />
            <Button type="submit" leftSection={<IconPlus size={14} />}>{t('funding:commitments.add')}</Button>
          </Group>
        </form>
      )}
    </Card>
  );
}

export function ProgrammePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useFundingLabels();
  const query = useQuery(programmeQuery(id));
  const calls = useQuery(callsQuery(id));
  const [editing, setEditing] = useState(false);
  const [newCall, setNewCall] = useState(false);
  return (
    <QueryView query={query}>
      {(p) => (
        <>
          <Anchor component={Link} to="/funding" size="sm" mb="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}><IconArrowLeft size={14} /> {t('nav.funding')}</Anchor>
          <PageHeader title={p.name} description={`${p.code} · ${t(`funding:source.${p.source}`)}${p.grantReference ? ` · ${p.grantReference}` : ''}`}
            actions={p.canManage && (<><Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => setEditing(true)}>{t('actions.edit')}</Button><Button leftSection={<IconPlus size={16} />} onClick={() => setNewCall(true)}>{t('funding:call.new')}</Button></>)} />
          <SimpleGrid cols={{ base: 2, md: 4 }} mb="md">
            {[[t('funding:programme.totalBudget'), f.money(p.totalBudgetCents)], [t('funding:programme.callsBudget'), f.money(p.callsBudgetCents)], [t('funding:programme.committed'), f.money(p.committedCents)], [t('funding:programme.cap'), f.money(p.recipientCapCents)]].map(([k, v]) => (
              <Card key={k} withBorder><Text size="xs" c="dimmed">{k}</Text><Text fw={700} size="lg">{v}</Text></Card>
            ))}
          </SimpleGrid>
          {p.envelopes.length > 0 && <Text size="sm" mb="md">{t('funding:programme.envelopes')}: {p.envelopes.map((e) => `${e.label} (${e.nutsPrefix}) ${f.money(e.budgetCents)}`).join(' · ')}</Text>}
          <Stack>
            <Card withBorder p={0}>
              <Table highlightOnHover>
                <Table.Tbody>
                  {(calls.data ?? []).map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td><Anchor component={Link} to="/funding/calls/$id" params={{ id: c.id } as never} fw={600}>{c.code}</Anchor></Table.Td>
                      <Table.Td>{labels.title(c)}</Table.Td>
                      <Table.Td><Badge color={statusColor[c.status]} variant="light">{labels.callStatus(c.status)}</Badge></Table.Td>
                      <Table.Td>{f.dateTime(c.deadlineAt)}</Table.Td>
                      <Table.Td ta="right">{t('funding:call.counts', { submitted: c.submitted, total: c.applications })}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {calls.data?.length === 0 && <Empty>{t('funding:call.none')}</Empty>}
            </Card>
            <Commitments programmeId={p.id} canManage={p.canManage} />
          </Stack>
          {editing && <ProgrammeModal programme={p} onClose={() => setEditing(false)} />}
          {newCall && <NewCallModal programmeId={p.id} onClose={() => setNewCall(false)} />}
        </>
      )}
    </QueryView>
  );
}
