/**
 * Criticality of every assessed material: the EU chart, the check of the published table against
 * the Act's list, the table of computed and published SR/EI, and the implied SI_EI report.
 */
import { Alert, Anchor, Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconCheck, IconDownload, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { CriticalityChart, type Point } from './CriticalityChart';
import { downloadCsv } from './csv';
import { EiReport } from './EiReport';
import { MaterialFlags } from './Flags';
import { useMissingLines } from './Missing';
import { assessmentQuery, materialsQuery, useMaterialName, type Material } from './queries';
import { ScoreCell } from './Scores';

type Assessment = Schemas['Assessment'];
type Mode = 'published' | 'computed';

function CheckCard({ check }: { check: Assessment['check'] }) {
  const { t } = useTranslation('materials');
  const name = useMaterialName();
  const ok = check.matchesAct;
  return (
    <Alert color={ok ? 'teal' : 'red'} icon={ok ? <IconCheck size={18} /> : <IconX size={18} />} title={t('check.title', { year: check.year })}>
      <Text size="sm">
        {t('check.summary', { assessed: check.assessed, passing: check.passing.length, added: check.addedAsStrategic.map((id) => name(id).toLocaleLowerCase()).join(t('check.and')), total: check.passing.length + check.addedAsStrategic.length, act: check.actCritical.length })}
      </Text>
      <Text size="sm" fw={600} mt={4}>{ok ? t('check.matches') : t('check.differs', { extra: check.passingNotInAct.map(name).join(', ') || '—', missing: check.actNotCovered.map(name).join(', ') || '—' })}</Text>
    </Alert>
  );
}

function points(data: Assessment, mode: Mode, name: (id: string) => string): Point[] {
  return data.rows.flatMap((r) => {
    const sr = mode === 'published' ? r.published?.sr : r.computed.sr;
    const ei = mode === 'published' ? r.published?.ei : r.computed.ei;
    return sr === null || sr === undefined || ei === null || ei === undefined ? [] : [{ materialId: r.materialId, name: name(r.materialId), sr, ei, illustrative: r.computed.illustrative }];
  });
}

function AssessmentTable({ data, materials }: { data: Assessment; materials: Map<string, Material> }) {
  const { t } = useTranslation('materials');
  const f = useFormat();
  const name = useMaterialName();
  const missingLines = useMissingLines();
  const rows = [...data.rows].filter((r) => r.published !== null || r.computed.sr !== null).sort((a, b) => (b.published?.sr ?? -1) - (a.published?.sr ?? -1));
  const exportCsv = () =>
    downloadCsv(`criticality-${data.assessmentYear}.csv`, [
      [t('table.material'), 'id', t('table.srPublished'), t('table.eiPublished'), t('table.criticalPublished'), t('table.srComputed'), t('table.eiComputed'), t('table.illustrative'), t('table.missing')],
      ...rows.map((r) => [name(r.materialId), r.materialId, r.published?.sr, r.published?.ei, r.published?.critical ? 1 : 0, r.computed.sr, r.computed.ei, r.computed.illustrative ? 1 : 0, missingLines(r.computed.missing).join('; ')]),
    ]);
  return (
    <Paper>
      <Group justify="space-between" p="sm">
        <Title order={4}>{t('table.title')}</Title>
        <Button variant="default" size="xs" leftSection={<IconDownload size={14} />} onClick={exportCsv}>{t('actions.exportCsv')}</Button>
      </Group>
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing="xs" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('table.material')}</Table.Th>
              <Table.Th>{t('table.flags')}</Table.Th>
              <Table.Th ta="right">{t('abbr.sr')}</Table.Th>
              <Table.Th ta="right">{t('abbr.ei')}</Table.Th>
              <Table.Th>{t('table.thresholds')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => {
              const m = materials.get(r.materialId);
              return (
                <Table.Tr key={r.materialId}>
                  <Table.Td><Anchor component={Link} to={`/materials/${r.materialId}`}>{name(r.materialId)}</Anchor></Table.Td>
                  <Table.Td>{m && <MaterialFlags material={m} size="xs" />}</Table.Td>
                  <Table.Td><ScoreCell kind="sr" computed={r.computed} published={r.published?.sr ?? null} materialId={r.materialId} /></Table.Td>
                  <Table.Td><ScoreCell kind="ei" computed={r.computed} published={r.published?.ei ?? null} materialId={r.materialId} /></Table.Td>
                  <Table.Td>
                    {r.published?.critical === true ? <Text size="sm" c="red.8" fw={500}>{t('table.passes')}</Text> : r.published?.critical === false ? <Text size="sm" c="dimmed">{t('table.below')}</Text> : '—'}
                    {r.computed.critical !== null && <Text size="xs" c="dimmed">{t('table.computedClass', { result: r.computed.critical ? t('table.passes') : t('table.below') })}</Text>}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" p="sm">{t('table.note', { sr: f.number(data.thresholds.sr, 1), ei: f.number(data.thresholds.ei, 1) })}</Text>
    </Paper>
  );
}

function Content({ data }: { data: Assessment }) {
  const { t } = useTranslation('materials');
  const name = useMaterialName();
  const catalogue = useQuery(materialsQuery);
  const materials = useMemo(() => new Map((catalogue.data ?? []).map((m) => [m.id, m])), [catalogue.data]);
  const [mode, setMode] = useState<Mode>('published');
  const shown = useMemo(() => points(data, mode, name), [data, mode, name]);
  const computedCount = data.rows.filter((r) => r.computed.sr !== null && r.computed.ei !== null).length;
  return (
    <Stack gap="lg">
      <CheckCard check={data.check} />
      <Paper p="md">
        <Group justify="space-between" mb="xs">
          <Title order={4}>{t('chart.title')}</Title>
          <SegmentedControl
            aria-label={t('chart.mode')}
            value={mode}
            onChange={(v) => setMode(v as Mode)}
            data={[{ value: 'published', label: t('chart.published', { year: data.assessmentYear }) }, { value: 'computed', label: t('chart.computed', { count: computedCount }) }]}
          />
        </Group>
        {mode === 'computed' && <Text size="sm" c="dimmed" mb="xs">{t('chart.computedNote')}</Text>}
        <CriticalityChart points={shown} materials={materials} thresholds={data.thresholds} />
      </Paper>
      <AssessmentTable data={data} materials={materials} />
      <EiReport />
    </Stack>
  );
}

export function CriticalityPage(): React.JSX.Element {
  const { t } = useTranslation('materials');
  const query = useQuery(assessmentQuery);
  return (
    <>
      <PageHeader title={t('criticality.title')} description={t('criticality.description')} />
      <QueryView query={query}>{(data) => <Content data={data} />}</QueryView>
    </>
  );
}
