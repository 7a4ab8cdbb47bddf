/** Inviting a partner by email, and a partner's de minimis declaration (Regulation (EU) 2023/2831). */
import { ActionIcon, Button, Checkbox, Group, Modal, MultiSelect, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { applyProblem, notifySuccess, showError } from '../../api/forms';
import { MoneyInput } from '../../components/MoneyInput';
import { useFormat } from '../../i18n/format';
import { useFundingLabels } from './labels';
import type { ApplicationDto } from './queries';

type Partner = ApplicationDto['partners'][number];

export function InviteModal({ app, onClose, onDone }: { app: ApplicationDto; onClose: () => void; onDone: () => unknown }) {
  const { t, i18n } = useTranslation();
  const labels = useFundingLabels();
  const form = useForm({ initialValues: { email: '', name: '', locale: i18n.language === 'en' ? 'en' : 'es', roles: [] as string[], requestedCents: 0 as number | null } });
  const submit = form.onSubmit(async (v) => {
    try {
      await unwrap(api.POST('/api/funding/applications/{id}/partners', { params: { path: { id: app.id } }, body: { ...v, locale: v.locale as 'es' | 'en', requestedCents: v.requestedCents ?? 0 } }));
      notifySuccess(t('funding:consortium.invited', { email: v.email }));
      await onDone();
      onClose();
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    }
  });
  return (
    <Modal opened onClose={onClose} title={t('funding:consortium.invite')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">{t('funding:consortium.inviteHint')}</Text>
          <TextInput label={t('funding:consortium.email')} type="email" required {...form.getInputProps('email')} />
          <TextInput label={t('funding:consortium.name')} required {...form.getInputProps('name')} />
          <Select label={t('language.label')} data={[{ value: 'es', label: t('language.es') }, { value: 'en', label: t('language.en') }]} allowDeselect={false} {...form.getInputProps('locale')} />
          <MultiSelect label={t('funding:consortium.proposedRoles')} data={app.call.partnerRoles.map((r) => ({ value: r.id, label: labels.label(r) }))} {...form.getInputProps('roles')} />
          <MoneyInput label={t('funding:consortium.requested')} value={form.values.requestedCents} onChange={(v) => form.setFieldValue('requestedCents', v)} error={form.errors.requestedCents as string | undefined} />
          <Group justify="flex-end"><Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button><Button type="submit">{t('funding:consortium.send')}</Button></Group>
        </Stack>
      </form>
    </Modal>
  );
}

type Aid = { grantor: string; grantedOn: string; amountCents: number; description?: string };

export function DeMinimisModal({ partner, readOnly, onClose, onDone }: { partner: Partner; readOnly: boolean; onClose: () => void; onDone: () => unknown }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [none, setNone] = useState(partner.deMinimis?.noneReceived ?? false);
  const [aids, setAids] = useState<Aid[]>(partner.deMinimis?.aids ?? []);
  const total = aids.reduce((s, a) => s + a.amountCents, 0);
  const save = async () => {
    try {
      await unwrap(api.PATCH('/api/funding/partners/{id}', { params: { path: { id: partner.id } }, body: { deMinimis: { noneReceived: none, aids: none ? [] : aids } } }));
      notifySuccess(t('feedback.saved'));
      await onDone();
      onClose();
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  const set = (i: number, a: Partial<Aid>) => setAids(aids.map((x, k) => (k === i ? { ...x, ...a } : x)));
  return (
    <Modal opened onClose={onClose} size="xl" title={t('funding:deMinimis.title', { name: partner.organisationName ?? '' })}>
      <Stack>
        <Text size="sm" c="dimmed">{t('funding:deMinimis.hint')}</Text>
        <Checkbox label={t('funding:deMinimis.none')} checked={none} disabled={readOnly} onChange={(e) => setNone(e.currentTarget.checked)} />
        {!none && (
          <Table>
            <Table.Thead><Table.Tr><Table.Th>{t('funding:deMinimis.grantor')}</Table.Th><Table.Th>{t('funding:deMinimis.grantedOn')}</Table.Th><Table.Th>{t('funding:deMinimis.amount')}</Table.Th><Table.Th /></Table.Tr></Table.Thead>
            <Table.Tbody>
              {aids.map((a, i) => (
                <Table.Tr key={i}>
                  <Table.Td><TextInput size="xs" aria-label={t('funding:deMinimis.grantor')} value={a.grantor} readOnly={readOnly} onChange={(e) => set(i, { grantor: e.currentTarget.value })} /></Table.Td>
                  <Table.Td><TextInput size="xs" type="date" aria-label={t('funding:deMinimis.grantedOn')} value={a.grantedOn} readOnly={readOnly} onChange={(e) => set(i, { grantedOn: e.currentTarget.value })} /></Table.Td>
                  <Table.Td><MoneyInput size="xs" aria-label={t('funding:deMinimis.amount')} value={a.amountCents} readOnly={readOnly} onChange={(v) => set(i, { amountCents: v ?? 0 })} /></Table.Td>
                  <Table.Td>{!readOnly && <ActionIcon variant="subtle" color="red" aria-label={t('actions.delete')} onClick={() => setAids(aids.filter((_, k) => k !== i))}><IconTrash size={14} /></ActionIcon>}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr><Table.Td colSpan={2} fw={600}>{t('funding:consortium.total')}</Table.Td><Table.Td fw={600}>{f.money(total)}</Table.Td><Table.Td /></Table.Tr>
            </Table.Tbody>
          </Table>
        )}
        {!readOnly && !none && <Button variant="default" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => setAids([...aids, { grantor: '', grantedOn: '', amountCents: 0 }])}>{t('funding:deMinimis.add')}</Button>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('actions.close')}</Button>
          {!readOnly && <Button onClick={() => void save()}>{t('funding:deMinimis.confirm')}</Button>}
        </Group>
      </Stack>
    </Modal>
  );
}
