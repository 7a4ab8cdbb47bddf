/** An editable closed list of the call (activities, topics, partner roles): id and labels in both languages. */
import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CallForm } from './model';
import { slug } from './model';

type ListPath = 'activities' | 'topics' | 'partnerRoles';

export function ListEditor({ form, path, title, hint, readOnly }: { form: CallForm; path: ListPath; title: string; hint: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const list = form.values[path];
  return (
    <Stack gap="xs">
      <div>
        <Text fw={600}>{title}</Text>
        <Text size="xs" c="dimmed">{hint}</Text>
      </div>
      {list.map((item, i) => (
        <Group key={i} align="flex-start" wrap="nowrap" gap="xs">
          <TextInput aria-label={t('funding:editor.id')} w={150} readOnly={readOnly} {...form.getInputProps(`${path}.${i}.id`)} />
          <TextInput aria-label={t('funding:editor.labelEs')} placeholder={t('funding:editor.labelEs')} style={{ flex: 1 }} readOnly={readOnly} {...form.getInputProps(`${path}.${i}.labelEs`)} />
          <TextInput aria-label={t('funding:editor.labelEn')} placeholder={t('funding:editor.labelEn')} style={{ flex: 1 }} readOnly={readOnly} {...form.getInputProps(`${path}.${i}.labelEn`)} />
          {!readOnly && (
            <Group gap={2} wrap="nowrap">
              <ActionIcon variant="subtle" aria-label={t('funding:editor.up')} disabled={i === 0} onClick={() => form.reorderListItem(path, { from: i, to: i - 1 })}><IconArrowUp size={16} /></ActionIcon>
              <ActionIcon variant="subtle" aria-label={t('funding:editor.down')} disabled={i === list.length - 1} onClick={() => form.reorderListItem(path, { from: i, to: i + 1 })}><IconArrowDown size={16} /></ActionIcon>
              <ActionIcon variant="subtle" color="red" aria-label={t('actions.delete')} onClick={() => form.removeListItem(path, i)}><IconTrash size={16} /></ActionIcon>
            </Group>
          )}
        </Group>
      ))}
      {!readOnly && (
        <Button variant="default" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem(path, { id: slug(`item ${list.length + 1}`, list.map((x) => x.id)), labelEs: '', labelEn: '' })}>
          {t('funding:editor.addItem')}
        </Button>
      )}
    </Stack>
  );
}
