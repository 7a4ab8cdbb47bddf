/**
 * CRMA Art. 5 benchmarks tracker: per strategic raw material, the EU's capacities against the 2030
 * benchmarks, with Spain's and the members' known capacities; staff enter the figures.
 */
import { ActionIcon, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { showError } from '../../api/forms';
import { PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { useUser } from '../auth/session';
import { BenchmarkBars } from './BenchmarkBars';
import { CapacityForm } from './CapacityForm';
import { trackerQuery, useCountryName, useMaterialName } from './queries';

type Row = Schemas['TrackerRow'];
type Figure = Schemas['CapacityFigure'];

function FigureLines({ figures, canEdit, onEdit }: { figures: Figure[]; canEdit: boolean; onEdit: (f: Figure) => void }) {
  const { t } = useTranslation('materials');
  const f = useFormat();
  const country = useCountryName();
  const qc = useQueryClient();
  const remove = async (fig: Figure) => {
    if (!window.confirm(t('benchmarks.confirmDelete'))) return;
    try {
      await unwrap(api.DELETE('/api/materials/capacity-figures/{id}', { params: { path: { id: fig.id } } }));
      await qc.invalidateQueries({ queryKey: trackerQuery.queryKey });
    } catch (err) {
      showError(err, t('benchmarks.deleteFailed'));
    }
  };
  return (
    <Table fz="xs" verticalSpacing={2}>
      <Table.Tbody>
        {figures.map((fig) => (
          <Table.Tr key={fig.id}>
            <Table.Td>{fig.scope === 'organisation' ? fig.organisation?.name : t(`capacityForm.scopes.${fig.scope}`)}</Table.Td>
            <Table.Td>{t(`benchmarks.stage.${fig.stage}`)}{fig.country ? ` (${country(fig.country)})` : ''}</Table.Td>
            <Table.Td ta="right" ff="monospace">{fig.share !== null ? f.percent(fig.share, 1) : ''}{fig.share !== null && fig.tonnes !== null ? ' · ' : ''}{fig.tonnes !== null ? `${f.number(fig.tonnes)} t` : ''}</Table.Td>
            <Table.Td>{fig.year}{fig.illustrative && <Badge ml={4} size="xs" color="grape" variant="light">{t('illustrative.label')}</Badge>}</Table.Td>
            {canEdit && (
              <Table.Td w={56}>
                <Group gap={0} wrap="nowrap">
                  <ActionIcon size="sm" variant="subtle" aria-label={t('common:actions.edit')} onClick={() => onEdit(fig)}><IconPencil size={14} /></ActionIcon>
                  <ActionIcon size="sm" variant="subtle" color="red" aria-label={t('common:actions.delete')} onClick={() => void remove(fig)}><IconTrash size={14} /></ActionIcon>
                </Group>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function MaterialCard({ row, canEdit, onEdit }: { row: Row; canEdit: boolean; onEdit: (f: Figure) => void }) {
  const { t } = useTranslation('materials');
  const name = useMaterialName();
  const others = [...row.spain, ...row.organisations];
  return (
    <Paper p="md">
      <Group justify="space-between" mb="sm">
        <Anchor component={Link} to={`/materials/${row.materialId}`} fw={600}>{name(row.materialId)}</Anchor>
        {row.strategic === 'partly' && <Badge size="xs" variant="light" color="ore">{t('flags.partly')}</Badge>}
      </Group>
      <BenchmarkBars checks={row.checks} />
      {others.length > 0 && (
        <Stack gap={2} mt="sm">
          <Text size="xs" fw={600} c="dimmed">{t('benchmarks.spainAndMembers')}</Text>
          <FigureLines figures={others} canEdit={canEdit} onEdit={onEdit} />
        </Stack>
      )}
      {canEdit && row.history.length > 0 && (
        <Stack gap={2} mt="sm">
          <Text size="xs" fw={600} c="dimmed">{t('benchmarks.euFigures')}</Text>
          <FigureLines figures={row.history} canEdit={canEdit} onEdit={onEdit} />
        </Stack>
      )}
    </Paper>
  );
}

export function BenchmarksPage(): React.JSX.Element {
  const { t } = useTranslation('materials');
  const f = useFormat();
  const user = useUser();
  const canEdit = user.role === 'admin' || user.role === 'staff';
  const query = useQuery(trackerQuery);
  const [editing, setEditing] = useState<Figure | 'new' | null>(null);
  return (
    <>
      <PageHeader
        title={t('benchmarks.title')}
        description={t('benchmarks.description')}
        actions={canEdit && <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>{t('benchmarks.add')}</Button>}
      />
      <QueryView query={query}>
        {(data) => (
          <Stack gap="lg">
            <Paper p="md">
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
                {data.benchmarks.map((b) => (
                  <div key={b.id}>
                    <Text fw={600}>{t(`benchmarks.stage.${b.id}`)} {b.direction === 'min' ? '≥' : '≤'} {f.percent(b.threshold, 0)}</Text>
                    <Text size="xs" c="dimmed">{t(`benchmarks.explain.${b.id}`, { year: b.targetYear })} · {b.article}</Text>
                  </div>
                ))}
              </SimpleGrid>
            </Paper>
            <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
              {data.rows.map((r) => <MaterialCard key={r.materialId} row={r} canEdit={canEdit} onEdit={setEditing} />)}
            </SimpleGrid>
            <Text size="xs" c="dimmed">{t('benchmarks.footnote')}</Text>
            {editing && <CapacityForm figure={editing === 'new' ? null : editing} materialIds={data.rows.map((r) => r.materialId)} onClose={() => setEditing(null)} />}
          </Stack>
        )}
      </QueryView>
    </>
  );
}
