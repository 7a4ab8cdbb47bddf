/**
 * An SR or EI value as the pages show it: the computed one (with an "illustrative" mark when it rests
 * on stand-in inputs) and the published one beside it; where the computed value is missing, the
 * published one, labelled, with the missing inputs on hover. Nothing is ever filled in.
 */
import { Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { IllustrativeBadge } from './Flags';
import { useMissingLines } from './Missing';

type Values = Schemas['MaterialValues'];

export function ScoreCell({ kind, computed, published }: { kind: 'sr' | 'ei'; computed: Values | null; published: number | null }) {
  const { t } = useTranslation('materials');
  const f = useFormat();
  const lines = useMissingLines();
  const value = computed?.[kind] ?? null;
  if (value !== null) {
    return (
      <Stack gap={0} align="flex-end">
        <Group gap={4} wrap="nowrap">
          {computed?.illustrative && <IllustrativeBadge />}
          <Text fw={600} ff="monospace">{f.number(value, 2)}</Text>
        </Group>
        {published !== null && <Text size="xs" c="dimmed">{t('score.publishedShort', { value: f.number(published, 1) })}</Text>}
      </Stack>
    );
  }
  if (published === null) return <Text c="dimmed" ta="right">—</Text>;
  const missing = computed ? lines(computed.missing) : [];
  return (
    <Tooltip label={<Stack gap={2}>{[t('score.notComputable'), ...missing].map((l) => <Text key={l} size="xs">{l}</Text>)}</Stack>} multiline w={320} withArrow>
      <Group gap={4} justify="flex-end" wrap="nowrap" tabIndex={0} aria-label={`${t('score.published')}: ${f.number(published, 1)}. ${missing.join('. ')}`}>
        <IconInfoCircle size={14} color="var(--mantine-color-dimmed)" aria-hidden />
        <Text ff="monospace">{f.number(published, 1)}</Text>
        <Text size="xs" c="dimmed">{t('score.publishedTag')}</Text>
      </Group>
    </Tooltip>
  );
}
