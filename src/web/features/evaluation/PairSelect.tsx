/** Application and expert pickers of one call (from its affinity matrix, which lists both). */
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AffinityMatrix } from './queries';

export function applicationLabel(a: AffinityMatrix['applications'][number]): string {
  return `${a.reference}${a.acronym ? ` · ${a.acronym}` : ''}`;
}

export function PairSelects({ matrix, value, onChange }: { matrix: AffinityMatrix; value: { applicationId: string | null; evaluatorId: string | null }; onChange: (v: { applicationId: string | null; evaluatorId: string | null }) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Select label={t('evaluation:pair.application')} searchable data={matrix.applications.map((a) => ({ value: a.id, label: applicationLabel(a) }))} value={value.applicationId} onChange={(applicationId) => onChange({ ...value, applicationId })} w={260} />
      <Select label={t('evaluation:pair.expert')} searchable data={matrix.evaluators.map((e) => ({ value: e.id, label: e.name }))} value={value.evaluatorId} onChange={(evaluatorId) => onChange({ ...value, evaluatorId })} w={260} />
    </>
  );
}

/** Names of applications and experts by id, for tables and diagnoses. */
export function namesOf(matrix: AffinityMatrix | undefined) {
  const apps = new Map((matrix?.applications ?? []).map((a) => [a.id, a.reference]));
  const experts = new Map((matrix?.evaluators ?? []).map((e) => [e.id, e.name]));
  return { application: (id: string) => apps.get(id) ?? id.slice(0, 8), evaluator: (id: string) => experts.get(id) ?? id.slice(0, 8) };
}
