/** Known relations of an expert (employers, shareholdings, family, collaborations): name, kind, tax id. */
import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface RelationRow {
  organisationId: string | null;
  taxId: string | null;
  name: string;
  kind: string;
}

export function RelationsEditor({ value, onChange, errors }: { value: RelationRow[]; onChange: (v: RelationRow[]) => void; errors?: Record<string, unknown> }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<RelationRow>) => onChange(value.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const err = (i: number, f: string) => (errors?.[`relations.${i}.${f}`] as string | undefined) ?? undefined;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>{t('evaluation:relations.title')}</Text>
      <Text size="xs" c="dimmed">{t('evaluation:relations.help')}</Text>
      {value.map((r, i) => (
        <Group key={i} align="flex-start" wrap="nowrap">
          <TextInput aria-label={t('evaluation:relations.name')} placeholder={t('evaluation:relations.name')} value={r.name} onChange={(e) => set(i, { name: e.currentTarget.value })} error={err(i, 'name')} style={{ flex: 2 }} />
          <TextInput aria-label={t('evaluation:relations.kind')} placeholder={t('evaluation:relations.kind')} value={r.kind} onChange={(e) => set(i, { kind: e.currentTarget.value })} error={err(i, 'kind')} style={{ flex: 1 }} />
          <TextInput aria-label={t('evaluation:relations.taxId')} placeholder={t('evaluation:relations.taxId')} value={r.taxId ?? ''} onChange={(e) => set(i, { taxId: e.currentTarget.value || null })} error={err(i, 'taxId')} style={{ flex: 1 }} />
          <ActionIcon variant="subtle" color="red" aria-label={t('common:actions.delete')} onClick={() => onChange(value.filter((_, j) => j !== i))}><IconTrash size={16} /></ActionIcon>
        </Group>
      ))}
      <Group><Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => onChange([...value, { organisationId: null, taxId: null, name: '', kind: '' }])}>{t('evaluation:relations.add')}</Button></Group>
    </Stack>
  );
}
