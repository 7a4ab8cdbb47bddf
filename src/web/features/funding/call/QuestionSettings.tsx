/** The settings of one form question: labels and help in both languages, required, and its type's limits. */
import { ActionIcon, Button, Checkbox, Group, MultiSelect, NumberInput, SimpleGrid, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_UPLOAD_MB, UPLOAD_TYPES } from '../../../../shared/contracts/funding';
import type { Question } from '../queries';
import type { CallForm } from './model';
import { slug } from './model';

function Options({ form, path, list, readOnly, title }: { form: CallForm; path: string; list: { id: string }[]; readOnly: boolean; title: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>{title}</Text>
      {list.map((_, i) => (
        <Group key={i} gap="xs" wrap="nowrap">
          <TextInput w={120} aria-label={t('funding:editor.id')} readOnly={readOnly} {...form.getInputProps(`${path}.${i}.id`)} />
          <TextInput style={{ flex: 1 }} aria-label={t('funding:editor.labelEs')} placeholder={t('funding:editor.labelEs')} readOnly={readOnly} {...form.getInputProps(`${path}.${i}.labelEs`)} />
          <TextInput style={{ flex: 1 }} aria-label={t('funding:editor.labelEn')} placeholder={t('funding:editor.labelEn')} readOnly={readOnly} {...form.getInputProps(`${path}.${i}.labelEn`)} />
          {!readOnly && <ActionIcon variant="subtle" color="red" aria-label={t('actions.delete')} onClick={() => form.removeListItem(path, i)}><IconTrash size={14} /></ActionIcon>}
        </Group>
      ))}
      {!readOnly && <Button size="xs" variant="subtle" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem(path, { id: slug(`option ${list.length + 1}`, list.map((o) => o.id)), labelEs: '', labelEn: '' })}>{t('funding:builder.addOption')}</Button>}
    </Stack>
  );
}

export function QuestionSettings({ form, path, question: q, readOnly }: { form: CallForm; path: string; question: Question; readOnly: boolean }) {
  const { t } = useTranslation();
  const num = (field: string, label: string, props: Record<string, unknown> = {}) => <NumberInput label={label} allowDecimal={false} readOnly={readOnly} {...props} {...form.getInputProps(`${path}.${field}`)} />;
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput w={140} label={t('funding:editor.id')} readOnly={readOnly} {...form.getInputProps(`${path}.id`)} />
        <TextInput style={{ flex: 1 }} label={t('funding:builder.questionEs')} readOnly={readOnly} {...form.getInputProps(`${path}.labelEs`)} />
        <TextInput style={{ flex: 1 }} label={t('funding:builder.questionEn')} readOnly={readOnly} {...form.getInputProps(`${path}.labelEn`)} />
      </Group>
      <SimpleGrid cols={2}>
        <Textarea label={t('funding:builder.helpEs')} autosize minRows={1} readOnly={readOnly} {...form.getInputProps(`${path}.helpEs`)} />
        <Textarea label={t('funding:builder.helpEn')} autosize minRows={1} readOnly={readOnly} {...form.getInputProps(`${path}.helpEn`)} />
      </SimpleGrid>
      <Switch label={t('funding:builder.required')} disabled={readOnly} {...form.getInputProps(`${path}.required`, { type: 'checkbox' })} />
      {(q.type === 'short_text' || q.type === 'long_text') && (
        <SimpleGrid cols={{ base: 2, md: 4 }}>{num('minLength', t('funding:builder.minLength'), { min: 0 })}{num('maxLength', t('funding:builder.maxLength'), { min: 1 })}</SimpleGrid>
      )}
      {q.type === 'number' && (
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <NumberInput label={t('funding:builder.min')} readOnly={readOnly} {...form.getInputProps(`${path}.min`)} />
          <NumberInput label={t('funding:builder.max')} readOnly={readOnly} {...form.getInputProps(`${path}.max`)} />
          <TextInput label={t('funding:builder.unit')} readOnly={readOnly} {...form.getInputProps(`${path}.unit`)} />
          <Checkbox mt={28} label={t('funding:builder.integer')} disabled={readOnly} {...form.getInputProps(`${path}.integer`, { type: 'checkbox' })} />
        </SimpleGrid>
      )}
      {q.type === 'date' && (
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <TextInput type="date" label={t('funding:builder.earliest')} readOnly={readOnly} {...form.getInputProps(`${path}.min`)} />
          <TextInput type="date" label={t('funding:builder.latest')} readOnly={readOnly} {...form.getInputProps(`${path}.max`)} />
        </SimpleGrid>
      )}
      {(q.type === 'single_choice' || q.type === 'multiple_choice') && <Options form={form} path={`${path}.options`} list={q.options} readOnly={readOnly} title={t('funding:builder.options')} />}
      {q.type === 'multiple_choice' && <SimpleGrid cols={{ base: 2, md: 4 }}>{num('minSelected', t('funding:builder.minSelected'), { min: 0 })}{num('maxSelected', t('funding:builder.maxSelected'), { min: 1 })}</SimpleGrid>}
      {q.type === 'file' && (
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <MultiSelect label={t('funding:builder.allowedTypes')} readOnly={readOnly} data={UPLOAD_TYPES.map((m) => ({ value: m, label: t(`funding:mediaTypes.${m.replace(/[./]/g, '_')}`) }))} {...form.getInputProps(`${path}.allowedTypes`)} />
          {num('maxSizeMb', t('funding:builder.maxSizeMb', { max: MAX_UPLOAD_MB }), { min: 1, max: MAX_UPLOAD_MB })}
          {num('maxFiles', t('funding:builder.maxFiles'), { min: 1, max: 10 })}
        </SimpleGrid>
      )}
      {q.type === 'budget' && <Options form={form} path={`${path}.categories`} list={q.categories} readOnly={readOnly} title={t('funding:builder.categories')} />}
    </Stack>
  );
}
