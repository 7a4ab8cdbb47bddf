/** Entering or changing a capacity figure (EU, Spain or a member) with its source and year. */
import { Button, Group, Modal, Select, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { applyProblem, notifySuccess } from '../../api/forms';
import { DecimalInput } from './DecimalInput';
import { coverageQuery, trackerQuery, useCountryName, useMaterialName } from './queries';

type Figure = Schemas['CapacityFigure'];
type Scope = Figure['scope'];
type Stage = Figure['stage'];

interface Values {
  materialId: string;
  scope: Scope;
  organisationId: string | null;
  stage: Stage;
  sharePercent: number | string;
  tonnes: number | string;
  country: string | null;
  year: number | string;
  source: string;
  note: string;
  illustrative: boolean;
}

const NON_EU = ['AU', 'BR', 'CA', 'CD', 'CL', 'CN', 'GB', 'ID', 'IN', 'JP', 'KZ', 'MA', 'MX', 'NO', 'PE', 'RU', 'TR', 'US', 'ZA', 'ZM', 'ZW'];

function initial(figure: Figure | null, materialId: string | undefined): Values {
  if (!figure) return { materialId: materialId ?? '', scope: 'eu', organisationId: null, stage: 'extraction', sharePercent: '', tonnes: '', country: null, year: new Date().getFullYear() - 1, source: '', note: '', illustrative: false };
  return {
    materialId: figure.materialId,
    scope: figure.scope,
    organisationId: figure.organisation?.id ?? null,
    stage: figure.stage,
    sharePercent: figure.share === null ? '' : Math.round(figure.share * 10000) / 100,
    tonnes: figure.tonnes ?? '',
    country: figure.country,
    year: figure.year,
    source: figure.source,
    note: figure.note ?? '',
    illustrative: figure.illustrative,
  };
}

function toBody(values: Values) {
  return {
    materialId: values.materialId,
    scope: values.scope,
    organisationId: values.scope === 'organisation' ? values.organisationId : null,
    stage: values.stage,
    share: values.sharePercent === '' ? null : Number(values.sharePercent) / 100,
    tonnes: values.tonnes === '' ? null : Number(values.tonnes),
    country: values.stage === 'diversification' ? values.country : null,
    year: Number(values.year),
    source: values.source,
    note: values.note || null,
    illustrative: values.illustrative,
  };
}

/** Member organisations the viewer may name, from the coverage of mapped materials. */
function useMemberOptions(): { value: string; label: string }[] {
  const members = useQuery(coverageQuery('mapped')).data;
  return useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of members?.rows ?? []) for (const c of r.cells) for (const m of c.members) seen.set(m.id, m.name);
    return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  }, [members]);
}

export function CapacityForm({ figure, materialIds, defaultMaterial, onClose }: { figure: Figure | null; materialIds: string[]; defaultMaterial?: string; onClose: () => void }) {
  const { t } = useTranslation('materials');
  const name = useMaterialName();
  const country = useCountryName();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const memberOptions = useMemberOptions();
  const form = useForm<Values>({ initialValues: initial(figure, defaultMaterial) });
  const v = form.values;
  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    const body = toBody(values);
    try {
      if (figure) await unwrap(api.PUT('/api/materials/capacity-figures/{id}', { params: { path: { id: figure.id } }, body }));
      else await unwrap(api.POST('/api/materials/capacity-figures', { body }));
      await qc.invalidateQueries({ queryKey: trackerQuery.queryKey });
      notifySuccess(t('capacityForm.saved'));
      onClose();
    } catch (err) {
      applyProblem({ setFieldError: (path, msg) => form.setFieldError(path === 'share' ? 'sharePercent' : path, msg) }, err, t('capacityForm.failed'));
    } finally {
      setBusy(false);
    }
  });
  return (
    <Modal opened onClose={onClose} size="lg" title={figure ? t('capacityForm.editTitle') : t('capacityForm.newTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select label={t('capacityForm.material')} required searchable data={materialIds.map((id) => ({ value: id, label: name(id) }))} {...form.getInputProps('materialId')} />
          <SimpleGrid cols={2}>
            <Select label={t('capacityForm.scope')} required data={(['eu', 'spain', 'organisation'] as const).map((s) => ({ value: s, label: t(`capacityForm.scopes.${s}`) }))} {...form.getInputProps('scope')} />
            <Select label={t('capacityForm.stage')} required data={(['extraction', 'processing', 'recycling', 'diversification'] as const).map((s) => ({ value: s, label: t(`benchmarks.stage.${s}`) }))} {...form.getInputProps('stage')} />
          </SimpleGrid>
          {v.scope === 'organisation' && <Select label={t('capacityForm.organisation')} required searchable data={memberOptions} {...form.getInputProps('organisationId')} />}
          {v.stage === 'diversification' && <Select label={t('capacityForm.country')} description={t('capacityForm.countryHint')} required searchable data={NON_EU.map((c) => ({ value: c, label: country(c) }))} {...form.getInputProps('country')} />}
          <SimpleGrid cols={3}>
            <DecimalInput label={t('capacityForm.share')} description={t('capacityForm.shareHint')} suffix=" %" min={0} max={100} decimalScale={2} {...form.getInputProps('sharePercent')} />
            <DecimalInput label={t('capacityForm.tonnes')} min={0} thousandSeparator=" " {...form.getInputProps('tonnes')} />
            <DecimalInput label={t('capacityForm.year')} required min={1990} max={2100} {...form.getInputProps('year')} />
          </SimpleGrid>
          <TextInput label={t('capacityForm.source')} description={t('capacityForm.sourceHint')} required {...form.getInputProps('source')} />
          <Textarea label={t('capacityForm.note')} autosize minRows={1} {...form.getInputProps('note')} />
          <Switch label={t('capacityForm.illustrative')} {...form.getInputProps('illustrative', { type: 'checkbox' })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={busy}>{t('common:actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
