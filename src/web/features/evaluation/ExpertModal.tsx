/** Invite an expert, or edit one: profile, organisation (registry or free text + NIF), loads, relations. */
import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { applyProblem, notifySuccess } from '../../api/forms';
import { useEvaluationRefresh, type Expert } from './queries';
import { RelationsEditor, type RelationRow } from './RelationsEditor';

function initial(e?: Expert) {
  return {
    email: e?.email ?? '',
    name: e?.name ?? '',
    locale: 'es' as 'es' | 'en',
    organisationId: e?.organisationId ?? null,
    organisationName: e?.organisationName ?? '',
    taxId: e?.taxId ?? '',
    country: e?.country ?? 'ES',
    languages: e?.languages ?? ['es', 'en'],
    topics: e?.topics ?? [],
    keywords: e?.keywords ?? [],
    minLoad: e?.minLoad ?? 0,
    maxLoad: e?.maxLoad ?? 6,
    relations: (e?.relations ?? []) as RelationRow[],
  };
}

function OrganisationPicker({ value, label, onChange }: { value: string | null; label: string; onChange: (id: string | null, name: string | null) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const found = useQuery({ queryKey: ['evaluation', 'org-search', q], queryFn: () => unwrap(api.GET('/api/organisations', { params: { query: { q, limit: 20 } as never } })), enabled: q.trim().length >= 2 });
  const data = (found.data?.items ?? []).map((o) => ({ value: o.id, label: `${o.legalName}${o.taxId ? ` (${o.taxId})` : ''}` }));
  if (value && !data.some((d) => d.value === value)) data.unshift({ value, label });
  return (
    <Select
      label={t('evaluation:fields.registryOrganisation')}
      description={t('evaluation:fields.registryHelp')}
      searchable
      clearable
      data={data}
      value={value}
      onSearchChange={setQ}
      onChange={(id) => onChange(id, data.find((d) => d.value === id)?.label.replace(/ \(.*\)$/, '') ?? null)}
      nothingFoundMessage={q.trim().length >= 2 ? t('evaluation:fields.noOrganisation') : undefined}
    />
  );
}

export function ExpertModal({ expert, onClose }: { expert?: Expert; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useEvaluationRefresh();
  const form = useForm({ initialValues: initial(expert) });
  const save = useMutation({
    mutationFn: async (v: ReturnType<typeof initial>) => {
      const common = { name: v.name, organisationId: v.organisationId, organisationName: v.organisationName || null, taxId: v.taxId || null, country: v.country || null, languages: v.languages, topics: v.topics, keywords: v.keywords, minLoad: v.minLoad, maxLoad: v.maxLoad, relations: v.relations };
      if (expert) return unwrap(api.PATCH('/api/evaluation/experts/{id}', { params: { path: { id: expert.id } }, body: common }));
      return unwrap(api.POST('/api/evaluation/experts', { body: { ...common, email: v.email, locale: v.locale } }));
    },
    onSuccess: () => {
      notifySuccess(t(expert ? 'evaluation:experts.saved' : 'evaluation:experts.invited'));
      void refresh();
      onClose();
    },
    onError: (err) => applyProblem(form, err, t('evaluation:experts.failed')),
  });
  return (
    <Modal opened onClose={onClose} size="xl" title={t(expert ? 'evaluation:experts.edit' : 'evaluation:experts.invite')}>
      <form onSubmit={form.onSubmit((v) => save.mutate(v))}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('evaluation:fields.name')} required {...form.getInputProps('name')} />
            <TextInput label={t('evaluation:fields.email')} required disabled={Boolean(expert)} {...form.getInputProps('email')} />
            {!expert && <Select label={t('evaluation:fields.locale')} data={[{ value: 'es', label: 'Español' }, { value: 'en', label: 'English' }]} {...form.getInputProps('locale')} />}
            <OrganisationPicker value={form.values.organisationId} label={form.values.organisationName} onChange={(id, name) => form.setValues({ organisationId: id, organisationName: name ?? form.values.organisationName })} />
            <TextInput label={t('evaluation:fields.organisationName')} {...form.getInputProps('organisationName')} />
            <TextInput label={t('evaluation:fields.taxId')} {...form.getInputProps('taxId')} />
            <TextInput label={t('evaluation:fields.country')} maxLength={2} {...form.getInputProps('country')} />
            <TagsInput label={t('evaluation:fields.languages')} description={t('evaluation:fields.languagesHelp')} {...form.getInputProps('languages')} />
            <TagsInput label={t('evaluation:fields.topics')} description={t('evaluation:fields.topicsHelp')} {...form.getInputProps('topics')} />
            <TagsInput label={t('evaluation:fields.keywords')} description={t('evaluation:fields.keywordsHelp')} {...form.getInputProps('keywords')} />
            <NumberInput label={t('evaluation:fields.minLoad')} min={0} max={100} {...form.getInputProps('minLoad')} />
            <NumberInput label={t('evaluation:fields.maxLoad')} min={0} max={100} {...form.getInputProps('maxLoad')} />
          </SimpleGrid>
          <RelationsEditor value={form.values.relations} onChange={(v) => form.setFieldValue('relations', v)} errors={form.errors} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t(expert ? 'common:actions.save' : 'evaluation:experts.sendInvitation')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
