/** The criticality card of a material: SR and EI (computed or published, never filled in) with their formulas. */
import { Alert, Badge, Box, Group, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { ExplainEconomicImportance, ExplainSupplyRisk } from './Figures';
import { IllustrativeBadge } from './Flags';
import { MissingInputs } from './Missing';

type Assessment = Schemas['MaterialAssessment'];
type Kind = 'sr' | 'ei';

function Big({ kind, a, open, onToggle }: { kind: Kind; a: Assessment; open: boolean; onToggle: () => void }) {
  const { t } = useTranslation('materials');
  const f = useFormat();
  const computed = a.values[kind];
  const published = a.published?.[kind] ?? null;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">{t(`score.${kind}Long`)}</Text>
      <Group align="baseline" gap="sm">
        <Text fz={34} fw={700} ff="monospace" lh={1}>{computed !== null ? f.number(computed, 2) : published !== null ? f.number(published, 1) : '—'}</Text>
        {computed !== null ? (
          <Group gap={4}>
            <Badge variant="light" color="veta">{t('score.computed')}</Badge>
            {a.values.illustrative && <IllustrativeBadge />}
          </Group>
        ) : published !== null ? (
          <Badge variant="outline" color="gray">{t('score.publishedIn', { year: a.published?.year ?? '' })}</Badge>
        ) : null}
      </Group>
      {computed !== null && published !== null && <Text size="sm" c="dimmed">{t('score.publishedValue', { year: a.published?.year ?? '', value: f.number(published, 1) })}</Text>}
      <UnstyledButton onClick={onToggle} aria-expanded={open} c="veta.8" fz="sm">
        <Group gap={4}>
          {open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
          {t('figure.howComputed')}
        </Group>
      </UnstyledButton>
    </Stack>
  );
}

export function MaterialCriticality({ a }: { a: Assessment }) {
  const { t } = useTranslation('materials');
  const [open, setOpen] = useState<Kind | null>(null);
  const toggle = (k: Kind) => setOpen((o) => (o === k ? null : k));
  const missing = a.values.missing;
  return (
    <Paper p="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('material.criticality', { year: a.published?.year ?? '' })}</Title>
        {a.values.critical !== null ? (
          <Group gap={4}>
            {a.values.illustrative && <IllustrativeBadge />}
            <Badge color={a.values.critical ? 'red' : 'gray'}>{a.values.critical ? t('material.computedCritical') : t('material.computedNotCritical')}</Badge>
          </Group>
        ) : a.published?.critical !== null && a.published?.critical !== undefined ? (
          <Badge color={a.published.critical ? 'red' : 'gray'} variant="outline">{a.published.critical ? t('material.publishedCritical') : t('material.publishedNotCritical')}</Badge>
        ) : null}
      </Group>
      {!a.inDataset && <Text c="dimmed" size="sm">{t('material.notAssessed')}</Text>}
      {a.inDataset && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <Big kind="sr" a={a} open={open === 'sr'} onToggle={() => toggle('sr')} />
          <Big kind="ei" a={a} open={open === 'ei'} onToggle={() => toggle('ei')} />
        </SimpleGrid>
      )}
      {open !== null && <Box mt="md">{open === 'sr' ? <ExplainSupplyRisk figures={a.figures} /> : <ExplainEconomicImportance figures={a.figures} />}</Box>}
      {a.inDataset && missing.length > 0 && (
        <Alert mt="md" variant="light" color="yellow" icon={<IconInfoCircle size={18} />} title={t('material.missingTitle')}>
          <Text size="sm" mb={4}>{t('material.missingBody')}</Text>
          <MissingInputs missing={missing} />
        </Alert>
      )}
    </Paper>
  );
}
