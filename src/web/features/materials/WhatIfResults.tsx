/** SR and EI before and after a scenario, for every material it touches; formulas on request. */
import { Anchor, Badge, Button, Group, Loader, Modal, Paper, SimpleGrid, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { QueryError } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { ExplainEconomicImportance, ExplainSupplyRisk } from './Figures';
import { IllustrativeBadge } from './Flags';
import { useMissingLines } from './Missing';
import { useMaterialName } from './queries';
import type { Change } from './ChangeEditor';

type Comparison = Schemas['ScenarioComparison'];

function Delta({ before, after, published }: { before: number | null; after: number | null; published: number | null | undefined }) {
  const { t } = useTranslation('materials');
  const f = useFormat();
  if (before === null || after === null) {
    return <Text size="sm" c="dimmed">{published == null ? '—' : t('whatIf.publishedOnly', { value: f.number(published, 1) })}</Text>;
  }
  const d = after - before;
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" ff="monospace">{f.number(before, 2)}</Text>
      <IconArrowRight size={12} aria-label={t('whatIf.becomes')} />
      <Text size="sm" ff="monospace" fw={600}>{f.number(after, 2)}</Text>
      {Math.abs(d) >= 0.005 && <Text size="xs" c={d > 0 ? 'red.8' : 'teal.8'} ff="monospace">{d > 0 ? '+' : '−'}{f.number(Math.abs(d), 2)}</Text>}
    </Group>
  );
}

function concentrationChanged(c: Comparison): boolean {
  return c.before.stages.some((s, i) => s.concentrationGs !== c.after.stages[i]?.concentrationGs || s.concentrationEu !== c.after.stages[i]?.concentrationEu);
}

function ExplainModal({ datasetId, changes, materialId, onClose }: { datasetId: string; changes: Change[]; materialId: string; onClose: () => void }) {
  const { t } = useTranslation('materials');
  const name = useMaterialName();
  const q = useQuery({
    queryKey: ['materials', 'what-if', 'explain', datasetId, JSON.stringify(changes), materialId],
    queryFn: () => unwrap(api.POST('/api/materials/what-if', { body: { datasetId, changes, explain: materialId } })),
  });
  const explained = q.data?.explained;
  return (
    <Modal opened onClose={onClose} size="90%" title={t('whatIf.formulasOf', { material: name(materialId) })}>
      {q.isLoading && <Loader />}
      {q.error ? <QueryError error={q.error} /> : null}
      {explained && (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <Stack gap="xs"><Title order={5}>{t('whatIf.before')}</Title><ExplainSupplyRisk figures={explained.before} /><ExplainEconomicImportance figures={explained.before} /></Stack>
          <Stack gap="xs"><Title order={5}>{t('whatIf.after')}</Title><ExplainSupplyRisk figures={explained.after} /><ExplainEconomicImportance figures={explained.after} /></Stack>
        </SimpleGrid>
      )}
    </Modal>
  );
}

export function WhatIfResults({ datasetId, changes, comparisons }: { datasetId: string; changes: Change[]; comparisons: Comparison[] }) {
  const { t } = useTranslation('materials');
  const name = useMaterialName();
  const missing = useMissingLines();
  const [onlyChanged, setOnlyChanged] = useState(true);
  const [explain, setExplain] = useState<string | null>(null);
  const changed = (c: Comparison) => c.before.sr !== c.after.sr || c.before.ei !== c.after.ei || concentrationChanged(c);
  const rows = comparisons
    .filter((c) => !onlyChanged || changed(c))
    .sort((a, b) => Math.abs((b.after.sr ?? 0) - (b.before.sr ?? 0)) - Math.abs((a.after.sr ?? 0) - (a.before.sr ?? 0)));
  return (
    <Paper p="md">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('whatIf.results', { count: comparisons.length })}</Title>
        {comparisons.length > 5 && <Switch label={t('whatIf.onlyChanged')} checked={onlyChanged} onChange={(e) => setOnlyChanged(e.currentTarget.checked)} />}
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="xs" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('table.material')}</Table.Th>
              <Table.Th>{t('whatIf.sr')}</Table.Th>
              <Table.Th>{t('whatIf.ei')}</Table.Th>
              <Table.Th>{t('whatIf.classification')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c) => (
              <Table.Tr key={c.materialId}>
                <Table.Td>
                  <Group gap={6}>
                    <Anchor component={Link} to={`/materials/${c.materialId}`} size="sm">{name(c.materialId)}</Anchor>
                    {c.after.illustrative && <IllustrativeBadge />}
                  </Group>
                  {c.after.sr === null && <Text size="xs" c="dimmed" lineClamp={2}>{missing(c.after.missing).join('; ')}</Text>}
                </Table.Td>
                <Table.Td><Delta before={c.before.sr} after={c.after.sr} published={c.published?.sr} /></Table.Td>
                <Table.Td><Delta before={c.before.ei} after={c.after.ei} published={c.published?.ei} /></Table.Td>
                <Table.Td>
                  {c.before.critical === null || c.after.critical === null ? '—' : c.before.critical === c.after.critical ? (
                    <Badge size="sm" variant="light" color={c.after.critical ? 'red' : 'gray'}>{t(c.after.critical ? 'whatIf.critical' : 'whatIf.notCritical')}</Badge>
                  ) : (
                    <Badge size="sm" color="orange">{t(c.after.critical ? 'whatIf.becomesCritical' : 'whatIf.leavesCritical')}</Badge>
                  )}
                </Table.Td>
                <Table.Td><Button size="compact-xs" variant="subtle" onClick={() => setExplain(c.materialId)}>{t('whatIf.formulas')}</Button></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length === 0 && <Text size="sm" c="dimmed">{t('whatIf.noChange')}</Text>}
      {explain && <ExplainModal datasetId={datasetId} changes={changes} materialId={explain} onClose={() => setExplain(null)} />}
    </Paper>
  );
}
