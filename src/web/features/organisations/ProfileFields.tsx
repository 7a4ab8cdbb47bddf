/** The profile fields of an organisation, shared by the "new organisation" and "edit profile" forms. */
import { MultiSelect, Select, SimpleGrid, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS } from '../../../shared/organisations';
import { officesQuery } from '../admin/queries';
import { useLabels } from './labels';

export interface ProfileValues {
  legalName: string;
  tradeName: string;
  kind: (typeof ORGANISATION_KINDS)[number];
  country: string;
  taxId: string;
  website: string;
  descriptionEs: string;
  descriptionEn: string;
  officeId: string | null;
  naceCodes: string[];
  stages: string[];
  materialIds: string[];
  publicProfile: boolean;
}

export function emptyProfile(): ProfileValues {
  return { legalName: '', tradeName: '', kind: 'company', country: 'ES', taxId: '', website: '', descriptionEs: '', descriptionEn: '', officeId: null, naceCodes: [], stages: [], materialIds: [], publicProfile: false };
}

/** Form values to the API body: empty strings become null. */
export function profileBody(v: ProfileValues, withOffice: boolean) {
  const n = (s: string) => (s.trim() ? s.trim() : null);
  return {
    legalName: v.legalName,
    tradeName: n(v.tradeName),
    kind: v.kind,
    country: v.country,
    taxId: n(v.taxId),
    website: n(v.website),
    descriptionEs: n(v.descriptionEs),
    descriptionEn: n(v.descriptionEn),
    naceCodes: v.naceCodes,
    stages: v.stages as never[],
    materialIds: v.materialIds,
    publicProfile: v.publicProfile,
    ...(withOffice ? { officeId: v.officeId } : {}),
  };
}

export function ProfileFields({ form, showOffice }: { form: UseFormReturnType<ProfileValues>; showOffice: boolean }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const offices = useQuery({ ...officesQuery, enabled: showOffice }).data ?? [];
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('orgs:fields.legalName')} required data-autofocus {...form.getInputProps('legalName')} />
        <TextInput label={t('orgs:fields.tradeName')} {...form.getInputProps('tradeName')} />
        <Select label={t('orgs:fields.kind')} data={ORGANISATION_KINDS.map((k) => ({ value: k, label: labels.kind(k) }))} allowDeselect={false} {...form.getInputProps('kind')} />
        <TextInput label={t('orgs:fields.country')} description={t('orgs:fields.countryHint')} maxLength={2} {...form.getInputProps('country')} />
        <TextInput label={t('orgs:fields.taxId')} description={t('orgs:fields.taxIdHint')} {...form.getInputProps('taxId')} />
        <TextInput label={t('orgs:fields.website')} placeholder="https://" {...form.getInputProps('website')} />
      </SimpleGrid>
      <Textarea label={t('orgs:fields.descriptionEs')} autosize minRows={2} {...form.getInputProps('descriptionEs')} />
      <Textarea label={t('orgs:fields.descriptionEn')} autosize minRows={2} {...form.getInputProps('descriptionEn')} />
      <MultiSelect label={t('orgs:fields.stages')} data={labels.stages.map((s) => ({ value: s, label: labels.stage(s) }))} searchable {...form.getInputProps('stages')} />
      <MultiSelect
        label={t('orgs:fields.materials')}
        data={labels.materials.map((m) => ({ value: m.id, label: labels.material(m.id) }))}
        searchable
        limit={50}
        {...form.getInputProps('materialIds')}
      />
      <TagsInput label={t('orgs:fields.naceCodes')} description={t('orgs:fields.naceHint')} {...form.getInputProps('naceCodes')} />
      {showOffice && <Select label={t('orgs:fields.office')} data={offices.map((o) => ({ value: o.id, label: o.name }))} clearable {...form.getInputProps('officeId')} />}
      <Switch label={t('orgs:fields.publicProfile')} description={t('orgs:fields.publicProfileHint')} {...form.getInputProps('publicProfile', { type: 'checkbox' })} />
    </>
  );
}
