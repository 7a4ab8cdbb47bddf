/** The project's identity in an application: acronym, title, voucher, TRL, team, activities and topics from the call's lists. */
import { Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useFundingLabels } from './labels';
import type { ApplicationDto } from './queries';

export interface ProjectValues {
  acronym: string;
  title: string;
  instrumentId: string | null;
  trl: number | null;
  teamWomen: number | null;
  teamMen: number | null;
  activities: string[];
  topics: string[];
}

export function ProjectFields({ app, values, onChange, errors, readOnly }: { app: ApplicationDto; values: ProjectValues; onChange: (v: Partial<ProjectValues>) => void; errors: Record<string, string>; readOnly: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useFundingLabels();
  const instruments = app.call.rules.instruments;
  const instrument = instruments.find((i) => i.id === values.instrumentId);
  const describe = (i: (typeof instruments)[number]) =>
    [i.maxPerRecipientCents !== undefined ? t('funding:call.maxPerRecipient', { amount: f.money(i.maxPerRecipientCents) }) : '', i.trl ? `TRL ${i.trl.min}-${i.trl.max}` : '', i.durationMonths ? t('funding:call.months', { count: i.durationMonths }) : '']
      .filter(Boolean)
      .join(' · ');
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('funding:application.acronym')} withAsterisk maxLength={30} value={values.acronym} readOnly={readOnly} error={errors.acronym} onChange={(e) => onChange({ acronym: e.currentTarget.value })} />
        <TextInput label={t('funding:application.title')} withAsterisk maxLength={300} style={{ gridColumn: 'span 2' }} value={values.title} readOnly={readOnly} error={errors.title} onChange={(e) => onChange({ title: e.currentTarget.value })} />
      </SimpleGrid>
      <Group align="flex-start" grow>
        <Select
          label={t('funding:application.instrument')}
          withAsterisk
          data={instruments.map((i) => ({ value: i.id, label: labels.name(i) }))}
          value={values.instrumentId}
          readOnly={readOnly}
          error={errors.instrumentId}
          description={instrument ? describe(instrument) : undefined}
          onChange={(v) => onChange({ instrumentId: v })}
        />
        {instrument?.trl && (
          <NumberInput label={t('funding:application.trl')} description={t('funding:application.trlRange', { min: instrument.trl.min, max: instrument.trl.max })} min={1} max={9} allowDecimal={false} value={values.trl ?? ''} readOnly={readOnly} onChange={(v) => onChange({ trl: typeof v === 'number' ? v : null })} />
        )}
      </Group>
      <Checkbox.Group label={t('funding:application.activities')} description={t('funding:application.activitiesHint')} withAsterisk value={values.activities} error={errors.activities} onChange={(v) => !readOnly && onChange({ activities: v })}>
        <Stack gap={6} mt={6}>{app.call.activities.map((a) => <Checkbox key={a.id} value={a.id} label={labels.label(a)} disabled={readOnly} />)}</Stack>
      </Checkbox.Group>
      <Stack gap={4}>
        <Text size="sm" fw={500}>{t('funding:application.team')}</Text>
        <Text size="xs" c="dimmed">{t('funding:application.teamHint')}</Text>
        <Group align="flex-start">
          <NumberInput w={180} label={t('funding:application.teamWomen')} min={0} max={1000} allowDecimal={false} allowNegative={false} value={values.teamWomen ?? ''} readOnly={readOnly} error={errors.teamWomen} onChange={(v) => onChange({ teamWomen: typeof v === 'number' ? v : null })} />
          <NumberInput w={180} label={t('funding:application.teamMen')} min={0} max={1000} allowDecimal={false} allowNegative={false} value={values.teamMen ?? ''} readOnly={readOnly} error={errors.teamMen} onChange={(v) => onChange({ teamMen: typeof v === 'number' ? v : null })} />
        </Group>
      </Stack>
      {app.call.topics.length > 0 && (
        <Checkbox.Group label={t('funding:application.topics')} value={values.topics} onChange={(v) => !readOnly && onChange({ topics: v })}>
          <Group gap="md" mt={6}>{app.call.topics.map((tp) => <Checkbox key={tp.id} value={tp.id} label={labels.label(tp)} disabled={readOnly} />)}</Group>
        </Checkbox.Group>
      )}
      {!readOnly && <Text size="xs" c="dimmed">{t('funding:application.autosaveHint')}</Text>}
    </Stack>
  );
}
