/** Size figures per closed year, holdings, and the SME class with the reasons that decided it. */
import { ActionIcon, Alert, Badge, Button, Card, Checkbox, Group, List, Modal, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMoney } from '../../../shared/money';
import { api, unwrap, type Schemas } from '../../api/client';
import { applyProblem, showError } from '../../api/forms';
import { QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { useLabels } from './labels';
import { smeQuery, useRefresh } from './queries';

type Detail = Schemas['OrganisationDetail'];
type Explanation = { code: string; params: Record<string, unknown> };

export function useExplain(names: Record<string, string>) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  return (e: Explanation) => {
    const p: Record<string, unknown> = { ...e.params };
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(p)) {
      if (k.endsWith('Cents') && typeof v === 'number') out[k] = f.money(v);
      else if (k === 'year' || k === 'previousYear') out[k] = String(v);
      else if (k === 'class' || k === 'rawClass' || (e.code === 'sme.class_changed' && (k === 'from' || k === 'to'))) out[k] = labels.size(String(v)).toLowerCase();
      else if (typeof v === 'number') out[k] = f.number(v, Number.isInteger(v) ? 0 : 2);
      else out[k] = String(v);
    }
    out.enterprise = names[String(p.enterpriseId)] ?? String(p.enterpriseId ?? '');
    out.into = names[String(p.into)] ?? String(p.into ?? '');
    return t(`orgs:sme.explain.${e.code.replace(/^sme\./, '')}`, out);
  };
}

function SmeCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const query = useQuery(smeQuery(id));
  return (
    <QueryView query={query}>
      {(a) => <SmeResult a={a} labels={labels} t={t} />}
    </QueryView>
  );
}

function SmeResult({ a, labels, t }: { a: Schemas['SmeAssessment']; labels: ReturnType<typeof useLabels>; t: (k: string) => string }) {
  const explain = useExplain(a.names);
  const f = useFormat();
  if (a.status !== 'assessed') return <Alert icon={<IconInfoCircle size={18} />}>{explain({ code: `sme.${a.status}`, params: {} })}</Alert>;
  const latest = a.years.at(-1);
  return (
    <Card>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('orgs:sme.title')}</Title>
        <Badge size="lg" color={a.effectiveClass === 'large' ? 'gray' : 'teal'}>{labels.size(a.effectiveClass)} · {String(a.latestYear)}</Badge>
      </Group>
      {a.group.length > 1 && (
        <Text size="sm" mb="sm">{t('orgs:sme.group')}: {a.group.filter((g) => g.role !== 'self').map((g) => `${a.names[g.enterpriseId] ?? g.enterpriseId} (${f.number(g.percent)} %)`).join(', ')}</Text>
      )}
      {latest?.figures && (
        <Table mb="sm" withTableBorder>
          <Table.Thead><Table.Tr><Table.Th>{t('orgs:sme.enterprise')}</Table.Th><Table.Th>{t('orgs:sme.weight')}</Table.Th><Table.Th ta="right">{t('orgs:size.awu')}</Table.Th><Table.Th ta="right">{t('orgs:size.turnover')}</Table.Th><Table.Th ta="right">{t('orgs:size.balanceSheet')}</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {latest.breakdown.map((b) => (
              <Table.Tr key={b.enterpriseId}><Table.Td>{a.names[b.enterpriseId] ?? b.enterpriseId}</Table.Td><Table.Td>{f.number(b.percent)} %</Table.Td><Table.Td ta="right">{f.number(b.awu, 2)}</Table.Td><Table.Td ta="right">{f.money(b.turnoverCents)}</Table.Td><Table.Td ta="right">{f.money(b.balanceSheetCents)}</Table.Td></Table.Tr>
            ))}
            <Table.Tr fw={700}><Table.Td>{t('orgs:sme.total')} {String(latest.year)}</Table.Td><Table.Td /><Table.Td ta="right">{f.number(latest.figures.awu, 2)}</Table.Td><Table.Td ta="right">{f.money(latest.figures.turnoverCents)}</Table.Td><Table.Td ta="right">{f.money(latest.figures.balanceSheetCents)}</Table.Td></Table.Tr>
          </Table.Tbody>
        </Table>
      )}
      <Title order={5} mb={4}>{t('orgs:sme.why')}</Title>
      <List size="sm" spacing={4}>
        {a.explanations.map((e, i) => <List.Item key={`g${i}`}>{explain(e)}</List.Item>)}
        {[...a.years].reverse().flatMap((y) => y.explanations.filter((e) => e.code !== 'sme.raw_class' || y === latest).map((e, i) => <List.Item key={`${y.year}-${i}`}>{explain(e)}</List.Item>))}
      </List>
    </Card>
  );
}

const toCents = (s: string): number | null => {
  const r = parseMoney(s);
  return r.ok ? r.cents : null;
};

function YearModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh(id);
  const form = useForm({ initialValues: { year: new Date().getFullYear() - 1, awu: 0, turnover: '', balance: '' } });
  const submit = form.onSubmit(async (v) => {
    const turnoverCents = toCents(v.turnover);
    const balanceSheetCents = toCents(v.balance);
    if (turnoverCents === null) return form.setFieldError('turnover', t('orgs:size.badAmount'));
    if (balanceSheetCents === null) return form.setFieldError('balance', t('orgs:size.badAmount'));
    try {
      await unwrap(api.PUT('/api/organisations/{id}/years/{year}', { params: { path: { id, year: v.year } }, body: { awu: v.awu, turnoverCents, balanceSheetCents } }));
      await refresh();
      onClose();
    } catch (err) {
      applyProblem({ setFieldError: (p, m) => form.setFieldError(p === 'turnoverCents' ? 'turnover' : p === 'balanceSheetCents' ? 'balance' : p, m) }, err, t('feedback.error'));
    }
  });
  return (
    <Modal opened onClose={onClose} title={t('orgs:size.addYear')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <NumberInput label={t('orgs:size.year')} min={1990} max={2100} allowDecimal={false} {...form.getInputProps('year')} />
          <NumberInput label={t('orgs:size.awu')} description={t('orgs:size.awuHint')} min={0} decimalScale={2} {...form.getInputProps('awu')} />
          <TextInput label={t('orgs:size.turnover')} placeholder="1.250.000,00" rightSection="€" {...form.getInputProps('turnover')} />
          <TextInput label={t('orgs:size.balanceSheet')} placeholder="900.000,00" rightSection="€" {...form.getInputProps('balance')} />
          <Group justify="flex-end"><Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button><Button type="submit">{t('actions.save')}</Button></Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RelationModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh(id);
  const [q, setQ] = useState('');
  const options = useQuery({ queryKey: ['org-pick', q], queryFn: () => unwrap(api.GET('/api/organisations', { params: { query: { q: q || undefined, limit: 20, sort: 'name' } } })) }).data?.items ?? [];
  const form = useForm({ initialValues: { otherId: '', direction: 'held_by' as 'held_by' | 'holds', capitalPct: 0, votingPct: 0, control: false, qualifyingInvestor: false } });
  const submit = form.onSubmit(async (v) => {
    try {
      await unwrap(api.POST('/api/organisations/{id}/relations', { params: { path: { id } }, body: v }));
      await refresh();
      onClose();
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    }
  });
  return (
    <Modal opened onClose={onClose} title={t('orgs:relations.add')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select label={t('orgs:relations.other')} searchable searchValue={q} onSearchChange={setQ} data={options.filter((o) => o.id !== id).map((o) => ({ value: o.id, label: `${o.legalName}${o.taxId ? ` (${o.taxId})` : ''}` }))} filter={({ options: o }) => o} {...form.getInputProps('otherId')} />
          <Select label={t('orgs:relations.direction')} data={(['held_by', 'holds'] as const).map((d) => ({ value: d, label: t(`orgs:relations.${d}`) }))} allowDeselect={false} {...form.getInputProps('direction')} />
          <SimpleGrid cols={2}>
            <NumberInput label={t('orgs:relations.capital')} min={0} max={100} decimalScale={3} suffix=" %" {...form.getInputProps('capitalPct')} />
            <NumberInput label={t('orgs:relations.voting')} min={0} max={100} decimalScale={3} suffix=" %" {...form.getInputProps('votingPct')} />
          </SimpleGrid>
          <Checkbox label={t('orgs:relations.control')} {...form.getInputProps('control', { type: 'checkbox' })} />
          <Checkbox label={t('orgs:relations.qualifyingInvestor')} {...form.getInputProps('qualifyingInvestor', { type: 'checkbox' })} />
          <Group justify="flex-end"><Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button><Button type="submit">{t('actions.save')}</Button></Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function SizeTab({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const id = detail.organisation.id;
  const refresh = useRefresh(id);
  const [modal, setModal] = useState<'year' | 'relation' | null>(null);
  const act = (p: Promise<unknown>) => p.then(refresh).catch((err: unknown) => showError(err, t('feedback.error')));
  return (
    <Stack>
      <SmeCard id={id} />
      <Card>
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('orgs:size.title')}</Title>
          {detail.permissions.manageSize && <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setModal('year')}>{t('orgs:size.addYear')}</Button>}
        </Group>
        {detail.years.length === 0 ? <Text c="dimmed">{t('orgs:size.none')}</Text> : (
          <Table>
            <Table.Thead><Table.Tr><Table.Th>{t('orgs:size.year')}</Table.Th><Table.Th ta="right">{t('orgs:size.awu')}</Table.Th><Table.Th ta="right">{t('orgs:size.turnover')}</Table.Th><Table.Th ta="right">{t('orgs:size.balanceSheet')}</Table.Th><Table.Th /></Table.Tr></Table.Thead>
            <Table.Tbody>
              {[...detail.years].reverse().map((y) => (
                <Table.Tr key={y.year}>
                  <Table.Td>{String(y.year)}</Table.Td><Table.Td ta="right">{f.number(y.awu, 2)}</Table.Td><Table.Td ta="right">{f.money(y.turnoverCents)}</Table.Td><Table.Td ta="right">{f.money(y.balanceSheetCents)}</Table.Td>
                  <Table.Td w={40}>{detail.permissions.manageSize && <ActionIcon variant="subtle" color="red" aria-label={t('actions.delete')} onClick={() => void act(unwrap(api.DELETE('/api/organisations/{id}/years/{year}', { params: { path: { id, year: y.year } } })))}><IconTrash size={16} /></ActionIcon>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <Card>
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('orgs:relations.title')}</Title>
          {detail.permissions.manageRelations && <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setModal('relation')}>{t('orgs:relations.add')}</Button>}
        </Group>
        {detail.relations.length === 0 ? <Text c="dimmed">{t('orgs:relations.none')}</Text> : (
          <Table>
            <Table.Thead><Table.Tr><Table.Th>{t('orgs:relations.holder')}</Table.Th><Table.Th>{t('orgs:relations.held')}</Table.Th><Table.Th ta="right">{t('orgs:relations.capital')}</Table.Th><Table.Th ta="right">{t('orgs:relations.voting')}</Table.Th><Table.Th /></Table.Tr></Table.Thead>
            <Table.Tbody>
              {detail.relations.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.holderName}</Table.Td><Table.Td>{r.heldName}</Table.Td><Table.Td ta="right">{f.number(r.capitalPct)} %</Table.Td><Table.Td ta="right">{f.number(r.votingPct)} %{r.control ? ` · ${t('orgs:relations.controlShort')}` : ''}</Table.Td>
                  <Table.Td w={40}>{detail.permissions.manageRelations && <ActionIcon variant="subtle" color="red" aria-label={t('actions.delete')} onClick={() => void act(unwrap(api.DELETE('/api/relations/{id}', { params: { path: { id: r.id } } })))}><IconTrash size={16} /></ActionIcon>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      {modal === 'year' && <YearModal id={id} onClose={() => setModal(null)} />}
      {modal === 'relation' && <RelationModal id={id} onClose={() => setModal(null)} />}
    </Stack>
  );
}
