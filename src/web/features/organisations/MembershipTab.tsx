/** Membership: status history (dated), tier and fee, the fees with their state, and payments. */
import { Badge, Button, Card, Group, Modal, Select, SimpleGrid, Stack, Table, Text, TextInput, Timeline, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBERSHIP_TIERS } from '../../../shared/organisations';
import { parseMoney } from '../../../shared/money';
import { api, unwrap, type Schemas } from '../../api/client';
import { applyProblem, notifySuccess, showError } from '../../api/forms';
import { useFormat } from '../../i18n/format';
import { feeColor, statusColor, useLabels } from './labels';
import { useRefresh } from './queries';

type Detail = Schemas['OrganisationDetail'];
const NEXT: Record<string, string[]> = { none: ['applicant', 'active'], applicant: ['active', 'left'], active: ['active', 'suspended', 'left'], suspended: ['active', 'left'], left: ['applicant', 'active'] };
const todayIso = () => new Date().toISOString().slice(0, 10);

function ChangeModal({ detail, onClose }: { detail: Detail; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const o = detail.organisation;
  const refresh = useRefresh(o.id);
  const options = NEXT[o.membershipStatus] ?? [];
  const form = useForm({ initialValues: { status: options[0] ?? 'active', tier: o.membershipTier as string | null, effectiveOn: todayIso(), fee: o.annualFeeCents === null ? '' : String(o.annualFeeCents / 100).replace('.', ','), note: '' } });
  const submit = form.onSubmit(async (v) => {
    const fee = v.fee ? parseMoney(v.fee) : null;
    if (fee && !fee.ok) return form.setFieldError('fee', t('orgs:size.badAmount'));
    try {
      await unwrap(api.POST('/api/organisations/{id}/membership', {
        params: { path: { id: o.id } },
        body: { status: v.status as 'active', tier: (v.tier ?? null) as 'full' | null, effectiveOn: v.effectiveOn, annualFeeCents: fee?.ok ? fee.cents : null, note: v.note || null },
      }));
      notifySuccess(t('feedback.saved'));
      await refresh();
      onClose();
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    }
  });
  return (
    <Modal opened onClose={onClose} title={t('orgs:membership.change')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select label={t('orgs:membership.status')} data={options.map((s) => ({ value: s, label: labels.status(s) }))} allowDeselect={false} {...form.getInputProps('status')} />
          <Select label={t('orgs:membership.tier')} data={MEMBERSHIP_TIERS.map((s) => ({ value: s, label: labels.tier(s) }))} clearable {...form.getInputProps('tier')} />
          <TextInput type="date" label={t('orgs:membership.effectiveOn')} {...form.getInputProps('effectiveOn')} />
          <TextInput label={t('orgs:membership.annualFee')} rightSection="€" {...form.getInputProps('fee')} />
          <TextInput label={t('orgs:membership.note')} {...form.getInputProps('note')} />
          <Group justify="flex-end"><Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button><Button type="submit">{t('actions.save')}</Button></Group>
        </Stack>
      </form>
    </Modal>
  );
}

function FeeModal({ detail, onClose }: { detail: Detail; onClose: () => void }) {
  const { t } = useTranslation();
  const o = detail.organisation;
  const refresh = useRefresh(o.id);
  const year = new Date().getFullYear();
  const form = useForm({ initialValues: { year, amount: o.annualFeeCents === null ? '' : String(o.annualFeeCents / 100).replace('.', ','), dueOn: `${year}-03-31` } });
  const submit = form.onSubmit(async (v) => {
    const amount = v.amount ? parseMoney(v.amount) : null;
    if (amount && !amount.ok) return form.setFieldError('amount', t('orgs:size.badAmount'));
    try {
      await unwrap(api.POST('/api/organisations/{id}/fees', { params: { path: { id: o.id } }, body: { year: Number(v.year), dueOn: v.dueOn, amountCents: amount?.ok ? amount.cents : null } }));
      await refresh();
      onClose();
    } catch (err) {
      applyProblem({ setFieldError: (p, m) => form.setFieldError(p === 'amountCents' ? 'amount' : p, m) }, err, t('feedback.error'));
    }
  });
  return (
    <Modal opened onClose={onClose} title={t('orgs:fees.issue')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('orgs:fees.year')} type="number" {...form.getInputProps('year')} />
          <TextInput label={t('orgs:fees.amount')} rightSection="€" {...form.getInputProps('amount')} />
          <TextInput type="date" label={t('orgs:fees.dueOn')} {...form.getInputProps('dueOn')} />
          <Group justify="flex-end"><Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button><Button type="submit">{t('orgs:fees.issue')}</Button></Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function FeesTable({ fees, canManage, onChanged, showOrganisation = false }: { fees: Schemas['Fee'][]; canManage: boolean; onChanged: () => Promise<unknown>; showOrganisation?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const set = async (id: string, body: { status: 'paid'; paidOn: string } | { status: 'cancelled' }) => {
    try {
      await unwrap(api.PATCH('/api/fees/{id}', { params: { path: { id } }, body }));
      await onChanged();
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  if (fees.length === 0) return <Text c="dimmed">{t('orgs:fees.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table>
        <Table.Thead><Table.Tr>{showOrganisation && <Table.Th>{t('orgs:fields.legalName')}</Table.Th>}<Table.Th>{t('orgs:fees.reference')}</Table.Th><Table.Th ta="right">{t('orgs:fees.amount')}</Table.Th><Table.Th>{t('orgs:fees.dueOn')}</Table.Th><Table.Th>{t('orgs:fees.state')}</Table.Th><Table.Th /></Table.Tr></Table.Thead>
        <Table.Tbody>
          {fees.map((fee) => (
            <Table.Tr key={fee.id}>
              {showOrganisation && <Table.Td>{fee.organisationName}</Table.Td>}
              <Table.Td><Text size="sm" fw={500}>{fee.reference}</Text><Text size="xs" c="dimmed">{String(fee.year)}</Text></Table.Td>
              <Table.Td ta="right">{f.money(fee.amountCents)}</Table.Td>
              <Table.Td>{f.date(fee.dueOn)}</Table.Td>
              <Table.Td>
                <Badge color={feeColor[fee.state]} variant="light">{t(`orgs:feeState.${fee.state}`)}</Badge>
                {fee.paidOn && <Text size="xs" c="dimmed">{f.date(fee.paidOn)}</Text>}
                {fee.reminderCount > 0 && <Text size="xs" c="dimmed">{t('orgs:fees.reminded', { count: fee.reminderCount })}</Text>}
              </Table.Td>
              <Table.Td>
                {canManage && (fee.state === 'issued' || fee.state === 'overdue') && (
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" variant="light" onClick={() => void set(fee.id, { status: 'paid', paidOn: todayIso() })}>{t('orgs:fees.markPaid')}</Button>
                    <Button size="xs" variant="subtle" color="gray" onClick={() => void set(fee.id, { status: 'cancelled' })}>{t('orgs:fees.cancel')}</Button>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function MembershipTab({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const f = useFormat();
  const o = detail.organisation;
  const refresh = useRefresh(o.id);
  const [modal, setModal] = useState<'change' | 'fee' | null>(null);
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, xl: 2 }}>
        <Card>
          <Group justify="space-between" mb="sm">
            <Title order={4}>{t('orgs:membership.title')}</Title>
            {detail.permissions.manageMembership && <Button size="xs" variant="light" onClick={() => setModal('change')}>{t('orgs:membership.change')}</Button>}
          </Group>
          <Text size="sm">{t('orgs:membership.tier')}: <b>{labels.tier(o.membershipTier)}</b></Text>
          <Text size="sm">{t('orgs:membership.annualFee')}: <b>{f.money(o.annualFeeCents)}</b></Text>
          <Text size="sm" mb="md">{t('orgs:certificate.memberSince')}: <b>{f.date(o.memberSince)}</b></Text>
          {detail.membership.length === 0 ? <Text c="dimmed">{t('orgs:membership.noHistory')}</Text> : (
            <Timeline active={detail.membership.length - 1} bulletSize={14} lineWidth={2}>
              {detail.membership.map((e) => (
                <Timeline.Item key={e.id} title={<Badge color={statusColor[e.status]} variant="light">{labels.status(e.status)}</Badge>}>
                  <Text size="xs" c="dimmed">{f.date(e.effectiveOn)}{e.tier ? ` · ${labels.tier(e.tier)}` : ''}{e.note ? ` · ${e.note}` : ''}</Text>
                </Timeline.Item>
              ))}
            </Timeline>
          )}
        </Card>
        <Card>
          <Group justify="space-between" mb="sm">
            <Title order={4}>{t('orgs:fees.title')}</Title>
            {detail.permissions.manageFees && <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setModal('fee')}>{t('orgs:fees.issue')}</Button>}
          </Group>
          <FeesTable fees={detail.fees} canManage={detail.permissions.manageFees} onChanged={refresh} />
        </Card>
      </SimpleGrid>
      {modal === 'change' && <ChangeModal detail={detail} onClose={() => setModal(null)} />}
      {modal === 'fee' && <FeeModal detail={detail} onClose={() => setModal(null)} />}
    </Stack>
  );
}
