/** Call texts in both languages, opening, deadline (local time in an IANA zone, with the instant it names), budget. */
import { Alert, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { zonedInstant } from '../../../../shared/time-zone';
import { MoneyInput } from '../../../components/MoneyInput';
import { useFormat } from '../../../i18n/format';
import { formatInZone } from '../Deadline';
import type { CallForm } from './model';

const ZONES = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Europe/Madrid', 'Europe/Brussels', 'UTC'];

export function GeneralTab({ form, readOnly }: { form: CallForm; readOnly: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const v = form.values;
  const deadline = useMemo(() => (v.deadlineLocal ? zonedInstant(v.deadlineLocal, v.deadlineZone) : null), [v.deadlineLocal, v.deadlineZone]);
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput label={t('funding:editor.titleEs')} required readOnly={readOnly} {...form.getInputProps('titleEs')} />
        <TextInput label={t('funding:editor.titleEn')} required readOnly={readOnly} {...form.getInputProps('titleEn')} />
        <Textarea label={t('funding:editor.summaryEs')} autosize minRows={2} readOnly={readOnly} {...form.getInputProps('summaryEs')} />
        <Textarea label={t('funding:editor.summaryEn')} autosize minRows={2} readOnly={readOnly} {...form.getInputProps('summaryEn')} />
        <Textarea label={t('funding:editor.textEs')} description={t('funding:editor.textHint')} autosize minRows={6} maxRows={20} readOnly={readOnly} {...form.getInputProps('textEs')} />
        <Textarea label={t('funding:editor.textEn')} description={t('funding:editor.textHint')} autosize minRows={6} maxRows={20} readOnly={readOnly} {...form.getInputProps('textEn')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <TextInput type="datetime-local" label={t('funding:editor.opensAt')} description={t('funding:editor.opensHint')} readOnly={readOnly} {...form.getInputProps('opensLocal')} />
        <TextInput type="datetime-local" label={t('funding:editor.deadlineLocal')} description={t('funding:editor.deadlineHint')} readOnly={readOnly} {...form.getInputProps('deadlineLocal')} />
        <Select label={t('funding:editor.deadlineZone')} searchable data={ZONES} allowDeselect={false} readOnly={readOnly} {...form.getInputProps('deadlineZone')} />
      </SimpleGrid>
      {deadline && (
        <Alert color={deadline.ok ? 'blue' : 'red'} variant="light">
          {deadline.ok ? (
            <Group gap="xl">
              <Text size="sm">{t('funding:editor.deadlineIs', { utc: deadline.instant.toISOString().replace('T', ' ').slice(0, 19) })}</Text>
              <Text size="sm">{t('funding:deadline.yourTime', { time: formatInZone(f.tag, deadline.instant.toISOString(), Intl.DateTimeFormat().resolvedOptions().timeZone) })}</Text>
            </Group>
          ) : (
            <Text size="sm">{t(`funding:deadline.${deadline.reason}`, { local: v.deadlineLocal, zone: v.deadlineZone })}</Text>
          )}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <MoneyInput label={t('funding:editor.budget')} readOnly={readOnly} value={v.budgetCents} onChange={(c) => form.setFieldValue('budgetCents', c)} error={form.errors.budgetCents as string | undefined} />
        <NumberInput label={t('funding:editor.maxAwards')} min={1} allowDecimal={false} readOnly={readOnly} {...form.getInputProps('maxAwards')} />
      </SimpleGrid>
    </Stack>
  );
}
