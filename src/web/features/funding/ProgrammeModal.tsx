/** Creating or changing a programme: budget, cap per recipient (with its justification), flags, envelopes. */
import { ActionIcon, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PROGRAMME_SOURCES, DEFAULT_RECIPIENT_CAP_CENTS } from '../../../shared/funding';
import { api, unwrap, type Schemas } from '../../api/client';
import { applyProblem, notifySuccess } from '../../api/forms';
import { MoneyInput } from '../../components/MoneyInput';
import { useFormat } from '../../i18n/format';
import { officesQuery } from '../admin/queries';
import { useFundingRefresh } from './queries';

type Programme = Schemas['Programme'];

export function ProgrammeModal({ programme, onClose }: { programme?: Programme; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const refresh = useFundingRefresh();
  const offices = useQuery(officesQuery).data ?? [];
  const form = useForm({
    initialValues: {
      code: programme?.code ?? '',
      name: programme?.name ?? '',
      description: programme?.description ?? '',
      source: programme?.source ?? 'regional',
      grantReference: programme?.grantReference ?? '',
      totalBudgetCents: programme?.totalBudgetCents ?? (null as number | null),
      recipientCapCents: programme?.recipientCapCents ?? DEFAULT_RECIPIENT_CAP_CENTS,
      capJustification: programme?.capJustification ?? '',
      fstp: programme?.fstp ?? false,
      deMinimis: programme?.deMinimis ?? false,
      officeId: programme?.officeId ?? null,
      startsOn: programme?.startsOn ?? '',
      endsOn: programme?.endsOn ?? '',
      envelopes: programme?.envelopes ?? [],
    },
  });
  const submit = form.onSubmit(async (v) => {
    const body = { ...v, totalBudgetCents: v.totalBudgetCents ?? 0, startsOn: v.startsOn || null, endsOn: v.endsOn || null, capJustification: v.capJustification || null };
    try {
      if (programme) {
        const { code: _code, ...patch } = body;
        await unwrap(api.PATCH('/api/funding/programmes/{id}', { params: { path: { id: programme.id } }, body: patch }));
      } else {
        const created = await unwrap(api.POST('/api/funding/programmes', { body }));
        await navigate({ to: '/funding/programmes/$id', params: { id: created.id } });
      }
      notifySuccess(t('feedback.saved'));
      await refresh();
      onClose();
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    }
  });
  const capAbove = form.values.recipientCapCents > DEFAULT_RECIPIENT_CAP_CENTS;
  return (
    <Modal opened onClose={onClose} size="xl" title={programme ? t('funding:programme.edit') : t('funding:programme.new')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('funding:programme.code')} required disabled={Boolean(programme)} {...form.getInputProps('code')} />
            <TextInput label={t('funding:programme.name')} required style={{ gridColumn: 'span 2' }} {...form.getInputProps('name')} />
          </SimpleGrid>
          <Textarea label={t('funding:programme.description')} autosize minRows={2} {...form.getInputProps('description')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select label={t('funding:programme.source')} data={PROGRAMME_SOURCES.map((s) => ({ value: s, label: t(`funding:source.${s}`) }))} allowDeselect={false} {...form.getInputProps('source')} />
            <TextInput label={t('funding:programme.grantReference')} {...form.getInputProps('grantReference')} />
            <Select label={t('funding:programme.office')} data={offices.map((o) => ({ value: o.id, label: o.name }))} clearable {...form.getInputProps('officeId')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MoneyInput label={t('funding:programme.totalBudget')} required value={form.values.totalBudgetCents} onChange={(v) => form.setFieldValue('totalBudgetCents', v)} error={form.errors.totalBudgetCents as string | undefined} />
            <MoneyInput label={t('funding:programme.cap')} description={t('funding:programme.capHint', { amount: f.money(DEFAULT_RECIPIENT_CAP_CENTS) })} value={form.values.recipientCapCents} onChange={(v) => form.setFieldValue('recipientCapCents', v ?? DEFAULT_RECIPIENT_CAP_CENTS)} />
          </SimpleGrid>
          {capAbove && <Textarea label={t('funding:programme.capJustification')} description={t('funding:programme.capJustificationHint')} autosize minRows={2} withAsterisk {...form.getInputProps('capJustification')} />}
          <Group>
            <Checkbox label={t('funding:programme.fstp')} {...form.getInputProps('fstp', { type: 'checkbox' })} />
            <Checkbox label={t('funding:programme.deMinimis')} {...form.getInputProps('deMinimis', { type: 'checkbox' })} />
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="date" label={t('funding:programme.startsOn')} {...form.getInputProps('startsOn')} />
            <TextInput type="date" label={t('funding:programme.endsOn')} {...form.getInputProps('endsOn')} />
          </SimpleGrid>
          <Text fw={600} size="sm">{t('funding:programme.envelopes')}</Text>
          {form.values.envelopes.map((e, i) => (
            <Group key={i} align="flex-end" wrap="nowrap">
              <TextInput label={t('funding:programme.nutsPrefix')} w={120} {...form.getInputProps(`envelopes.${i}.nutsPrefix`)} />
              <TextInput label={t('funding:programme.envelopeLabel')} style={{ flex: 1 }} {...form.getInputProps(`envelopes.${i}.label`)} />
              <MoneyInput label={t('funding:programme.envelopeBudget')} w={180} value={e.budgetCents} onChange={(v) => form.setFieldValue(`envelopes.${i}.budgetCents`, v ?? 0)} error={form.errors[`envelopes.${i}.budgetCents`] as string | undefined} />
              <ActionIcon variant="subtle" color="red" mb={6} aria-label={t('actions.delete')} onClick={() => form.removeListItem('envelopes', i)}><IconTrash size={16} /></ActionIcon>
            </Group>
          ))}
          <Button variant="default" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('envelopes', { nutsPrefix: '', label: '', budgetCents: 0 })}>{t('funding:programme.addEnvelope')}</Button>
          <Group justify="flex-end"><Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button><Button type="submit">{t('actions.save')}</Button></Group>
        </Stack>
      </form>
    </Modal>
  );
}
