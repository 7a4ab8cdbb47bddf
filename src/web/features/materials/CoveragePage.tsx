/**
 * Member coverage: which member organisations operate at each stage of each material's value chain,
 * and the gaps (no member at a stage along the material's path); exportable as CSV or XLSX.
 */
import { Anchor, Badge, Button, Group, List, Paper, Popover, SegmentedControl, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { download, type Schemas } from '../../api/client';
import { showError } from '../../api/forms';
import { PageHeader, QueryView } from '../../components/Page';
import { coverageQuery, useMaterialName, type CoverageScope } from './queries';

type Coverage = Schemas['Coverage'];
type Cell = Schemas['CoverageCell'];

function CellView({ cell, gap, material }: { cell: Cell; gap: boolean; material: string }) {
  const { t } = useTranslation('materials');
  const count = cell.members.length + cell.hiddenCount;
  const stage = t(`stage.${cell.stage}`);
  if (count === 0) {
    return gap ? (
      <Table.Td bg="red.0" ta="center" aria-label={t('coverage.gapAria', { material, stage })}><Text size="xs" c="red.7">{t('coverage.gap')}</Text></Table.Td>
    ) : (
      <Table.Td ta="center"><Text size="xs" c="dimmed">·</Text></Table.Td>
    );
  }
  return (
    <Table.Td ta="center">
      <Popover withArrow shadow="md" position="bottom">
        <Popover.Target>
          <UnstyledButton aria-label={t('coverage.cellAria', { count, material, stage })}>
            <Badge variant="light" color="veta" style={{ cursor: 'pointer' }}>{count}</Badge>
          </UnstyledButton>
        </Popover.Target>
        <Popover.Dropdown>
          <Text size="xs" fw={600} mb={4}>{material} · {stage}</Text>
          <List size="sm" spacing={2}>{cell.members.map((m) => <List.Item key={m.id}>{m.name}</List.Item>)}</List>
          {cell.hiddenCount > 0 && <Text size="xs" c="dimmed" mt={4}>{t('members.hidden', { count: cell.hiddenCount })}</Text>}
        </Popover.Dropdown>
      </Popover>
    </Table.Td>
  );
}

function Matrix({ data }: { data: Coverage }) {
  const { t } = useTranslation('materials');
  const name = useMaterialName();
  const primary = new Set(data.gapStages);
  return (
    <Paper>
      <Table.ScrollContainer minWidth={1100}>
        <Table withColumnBorders verticalSpacing={4} stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th rowSpan={2}>{t('table.material')}</Table.Th>
              <Table.Th colSpan={data.gapStages.length} ta="center">{t('coverage.alongChain')}</Table.Th>
              <Table.Th colSpan={data.stages.length - data.gapStages.length} ta="center">{t('coverage.services')}</Table.Th>
            </Table.Tr>
            <Table.Tr>
              {data.stages.map((s) => <Table.Th key={s} ta="center" fz="xs" style={{ minWidth: 86 }}>{t(`stage.${s}`)}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.rows.map((r) => (
              <Table.Tr key={r.materialId}>
                <Table.Td>
                  <Anchor component={Link} to={`/materials/${r.materialId}`} size="sm">{name(r.materialId)}</Anchor>
                  <Text size="xs" c="dimmed">{t('coverage.memberCount', { count: r.memberCount })}</Text>
                </Table.Td>
                {r.cells.map((c) => <CellView key={c.stage} cell={c} gap={primary.has(c.stage)} material={name(r.materialId)} />)}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function Gaps({ data }: { data: Coverage }) {
  const { t } = useTranslation('materials');
  const name = useMaterialName();
  const withGaps = data.rows.filter((r) => r.gaps.length > 0 && r.memberCount > 0);
  const none = data.rows.filter((r) => r.memberCount === 0);
  return (
    <Paper p="md">
      <Title order={4} mb="xs">{t('coverage.gapsTitle')}</Title>
      <List size="sm" spacing={4}>
        {withGaps.map((r) => <List.Item key={r.materialId}>{t('coverage.gapLine', { material: name(r.materialId), stages: r.gaps.map((s) => t(`stage.${s}`).toLowerCase()).join(', ') })}</List.Item>)}
      </List>
      {none.length > 0 && <Text size="sm" mt="sm">{t('coverage.noMembers', { count: none.length, materials: none.map((r) => name(r.materialId)).join(', ') })}</Text>}
    </Paper>
  );
}

export function CoveragePage(): React.JSX.Element {
  const { t, i18n } = useTranslation('materials');
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { scope?: CoverageScope };
  const scope = search.scope ?? 'crma';
  const query = useQuery(coverageQuery(scope));
  const exportAs = (format: 'csv' | 'xlsx') =>
    download(`/api/materials/coverage/export?scope=${scope}&format=${format}&lang=${i18n.language}`, `coverage-${scope}.${format}`).catch((err: unknown) => showError(err, t('coverage.exportFailed')));
  return (
    <>
      <PageHeader
        title={t('coverage.title')}
        description={t('coverage.description')}
        actions={
          <Group gap="xs">
            <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void exportAs('csv')}>CSV</Button>
            <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void exportAs('xlsx')}>XLSX</Button>
          </Group>
        }
      />
      <Stack gap="lg">
        <Group justify="space-between">
          <SegmentedControl aria-label={t('coverage.scope')} value={scope} onChange={(v) => void navigate({ to: '/materials/coverage', search: { scope: v as CoverageScope } })} data={(['crma', 'strategic', 'battery', 'mapped', 'all'] as const).map((s) => ({ value: s, label: t(`coverage.scopes.${s}`) }))} />
          {query.data && <Text size="sm" c="dimmed">{t('coverage.summary', { active: query.data.activeMembers, mapped: query.data.mappedMembers })}</Text>}
        </Group>
        <QueryView query={query}>{(data) => <><Matrix data={data} /><Gaps data={data} /></>}</QueryView>
        <Text size="xs" c="dimmed">{t('coverage.rule')}</Text>
      </Stack>
    </>
  );
}
