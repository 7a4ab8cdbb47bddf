/**
 * An SR or EI value as the pages show it: the computed one (with an "illustrative" mark when it rests
 * on stand-in inputs; click it for the formulas) and the published one beside it; where the computed
 * value is missing, the published one, labelled, with the missing inputs on hover. Nothing is ever
 * filled in.
 */
import { Group, Loader, Modal, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { QueryError } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { ExplainEconomicImportance, ExplainSupplyRisk } from './Figures';
import { IllustrativeBadge } from './Flags';
import { useMissingLines } from './Missing';
import { materialAssessmentQuery, useMaterialName } from './queries';

type Values = Schemas['MaterialValues'];
type Kind = 'sr' | 'ei';

function FormulaModal({ materialId, kind, onClose }: { materialId: string; kind: Kind; onClose: () => void }) {
  const { t } = useTranslation('materials');
  const name = useMaterialName();
  const q = useQuery(materialAssessmentQuery(materialId));
  return (
    <Modal opened onClose={onClose} size="xl" title={`${name(materialId)} · ${t(`score.${kind}Long`)}`}>
      {q.isLoading && <Loader />}
      {q.error ? <QueryError error={q.error} /> : null}
      {q.data && (kind === 'sr' ? <ExplainSupplyRisk figures={q.data.figures} /> : <ExplainEconomicImportance figures={q.data.figures} />)}
    </Modal>
  );
}

export function ScoreCell({ kind, computed, published, materialId }: { kind: Kind; computed: Values | null; published: number | null; materialId?: string }) {
  const { t } = useTranslation('materials');
  const f = useFormat();
  const lines = useMissingLines();
  const [open, setOpen] = useState(false);
  const value = computed?.[kind] ?? null;
  if (value !== null) {
    const number = <Text fw={600} ff="monospace" td={materialId ? 'underline dotted' : undefined}>{f.number(value, 2)}</Text>;
    return (
      <Stack gap={0} align="flex-end">
        <Group gap={4} wrap="nowrap">
          {computed?.illustrative && <IllustrativeBadge />}
          {materialId ? <UnstyledButton onClick={() => setOpen(true)} aria-label={t('figure.howComputed')} title={t('figure.howComputed')}>{number}</UnstyledButton> : number}
        </Group>
        {published !== null && <Text size="xs" c="dimmed">{t('score.publishedShort', { value: f.number(published, 1) })}</Text>}
        {open && materialId && <FormulaModal materialId={materialId} kind={kind} onClose={() => setOpen(false)} />}
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
