/** Record or change a measure: organisation and site, category, dates, cost, award, meters. */
import { Button, Group, Modal, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MEASURE_CATEGORIES, type MeasureCategory } from '../../../shared/contracts/impact';
import { api, unwrap } from '../../api/client';
import { notifySuccess } from '../../api/forms';
import { useFormat } from '../../i18n/format';
import { awardsQuery, metersQuery, organisationsQuery, type Measure } from './queries';
import { useSubmit } from './use-submit';

interface Values extends Record<string, unknown> {
  organisationId: string;
  siteId: string;
  category: MeasureCategory;
  title: string;
  description: string;
  startDate: string | null;
  completedDate: string | null;
  costEur: number | '';
  awardId: string;
  meterIds: string[];
}

function initial(m: Measure | null, organisationId?: string): Values {
  return {
    organisationId: m?.organisationId ?? organisationId ?? '',
    siteId: m?.siteId ?? '',
    category: m?.category ?? 'energy_efficiency',
    title: m?.title ?? '',
    description: m?.description ?? '',
    startDate: m?.startDate ?? null,
    completedDate: m?.completedDate ?? null,
    costEur: m?.costCents === null || m?.costCents === undefined ? '' : m.costCents / 100,
    awardId: m?.awardId ?? '',
    meterIds: m?.meterIds ?? [],
  };
}

/** Euros typed by a person to integer cents (rounded once, here). */
function cents(eur: number | ''): number | null {
  return eur === '' ? null : Math.round(eur * 100);
}

export function MeasureForm({ measure, organisationId, onClose, onSaved }: { measure: Measure | null; organisationId?: string; onClose: () => void; onSaved?: (m: Measure) => void }) {
  const { t, i18n } = useTranslation('impact');
  const fmt = useFormat();
  const qc = useQueryClient();
  const form = useForm<Values>({ initialValues: initial(measure, organisationId) });
  const orgs = useQuery(organisationsQuery).data ?? [];
  const org = orgs.find((o) => o.id === form.values.organisationId);
  const awards = useQuery(awardsQuery(form.values.organisationId)).data ?? [];
  const meters = useQuery({ ...metersQuery({ organisationId: form.values.organisationId }), enabled: !!form.values.organisationId }).data ?? [];
  const { busy, submit } = useSubmit(form, async (v) => {
    const common = { category: v.category, title: v.title, description: v.description, startDate: v.startDate ?? '', completedDate: v.completedDate, costCents: cents(v.costEur), awardId: v.awardId || null, meterIds: v.meterIds };
    const saved = measure
      ? await unwrap(api.PATCH('/api/impact/measures/{id}', { params: { path: { id: measure.id } }, body: { ...common, siteId: v.siteId } }))
      : await unwrap(api.POST('/api/impact/measures', { body: { ...common, organisationId: v.organisationId, siteId: v.siteId } }));
    await qc.invalidateQueries({ queryKey: ['impact'] });
    notifySuccess(t('common:feedback.saved'));
    onSaved?.(saved);
    onClose();
  });
  return (
    <Modal opened onClose={onClose} title={measure ? measure.title : t('measures.new')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('measures.organisation')} required searchable disabled={!!measure} data={orgs.map((o) => ({ value: o.id, label: o.name }))} {...form.getInputProps('organisationId')} onChange={(v) => form.setValues({ organisationId: v ?? '', siteId: '', meterIds: [], awardId: '' })} />
            <Select label={t('measures.site')} required data={(org?.sites ?? []).map((s) => ({ value: s.id, label: s.city ? `${s.name} (${s.city})` : s.name }))} {...form.getInputProps('siteId')} />
          </SimpleGrid>
          <Select label={t('measures.category')} required data={MEASURE_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))} {...form.getInputProps('category')} />
          <TextInput label={t('measures.title')} required {...form.getInputProps('title')} />
          <Textarea label={t('measures.descriptionLabel')} autosize minRows={3} maxRows={8} {...form.getInputProps('description')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateInput label={t('measures.startDate')} description={t('measures.startDateHint')} required valueFormat="DD/MM/YYYY" {...form.getInputProps('startDate')} />
            <DateInput label={t('measures.completedDate')} description={t('measures.completedDateHint')} clearable valueFormat="DD/MM/YYYY" {...form.getInputProps('completedDate')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput label={t('measures.cost')} min={0} decimalScale={2} thousandSeparator="." decimalSeparator="," suffix=" €" {...form.getInputProps('costEur')} />
            <Select label={t('measures.award')} description={t('measures.awardHint')} clearable data={awards.map((a) => ({ value: a.id, label: `${a.callCode} · ${i18n.language === 'en' ? a.callTitleEn : a.callTitleEs} · ${fmt.money(a.amountCents)}` }))} nothingFoundMessage={t('measures.noAwards')} {...form.getInputProps('awardId')} />
          </SimpleGrid>
          <MultiSelect label={t('measures.meters')} description={t('measures.metersHint')} data={meters.map((m) => ({ value: m.id, label: `${m.code} · ${m.name} (${m.siteName})` }))} searchable {...form.getInputProps('meterIds')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={busy}>{t('common:actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
