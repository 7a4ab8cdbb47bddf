/** The materials catalogue: names in Spanish and English, symbol, group, CRMA flags, published SR/EI, members. */
import { Anchor, Group, Paper, SegmentedControl, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { MaterialFlags } from './Flags';
import { NameMappingView } from './NameMapping';
import { assessmentQuery, coverageQuery, materialsQuery, type Material } from './queries';

type Flag = 'all' | 'strategic' | 'critical' | 'battery' | 'other';

function normalise(s: string): string {
  return s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

function matches(m: Material, q: string, group: string | null, flag: Flag): boolean {
  if (group && m.group !== group) return false;
  if (flag === 'strategic' && m.strategic === 'no') return false;
  if (flag === 'critical' && !m.critical) return false;
  if (flag === 'battery' && !m.batteryChain) return false;
  if (flag === 'other' && (m.critical || m.strategic !== 'no')) return false;
  if (!q) return true;
  return [m.nameEn, m.nameEs, m.symbol ?? '', m.id].some((v) => normalise(v).includes(q));
}

type Published = { sr: number | null; ei: number | null };

function CatalogueRow({ m, published, members }: { m: Material; published: Published | null; members: number }) {
  const { t, i18n } = useTranslation('materials');
  const f = useFormat();
  const en = i18n.language === 'en';
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/materials/${m.id}`} fw={500}>{en ? m.nameEn : m.nameEs}</Anchor>
        <Text size="xs" c="dimmed" lang={en ? 'es' : 'en'}>{en ? m.nameEs : m.nameEn}</Text>
      </Table.Td>
      <Table.Td ff="monospace">{m.symbol ?? '—'}</Table.Td>
      <Table.Td>{t(`group.${m.group}`)}</Table.Td>
      <Table.Td><MaterialFlags material={m} size="xs" /></Table.Td>
      <Table.Td ta="right" ff="monospace">{f.number(published?.sr ?? null, 1)}</Table.Td>
      <Table.Td ta="right" ff="monospace">{f.number(published?.ei ?? null, 1)}</Table.Td>
      <Table.Td ta="right">{members || '—'}</Table.Td>
    </Table.Tr>
  );
}

function CatalogueTable({ materials }: { materials: Material[] }) {
  const { t, i18n } = useTranslation('materials');
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(normalise(q.trim()), 150);
  const [group, setGroup] = useState<string | null>(null);
  const [flag, setFlag] = useState<Flag>('all');
  const assessment = useQuery({ ...assessmentQuery, retry: false });
  const coverage = useQuery(coverageQuery('all'));
  const published = useMemo(() => new Map((assessment.data?.rows ?? []).map((r) => [r.materialId, r.published])), [assessment.data]);
  const members = useMemo(() => new Map((coverage.data?.rows ?? []).map((r) => [r.materialId, r.memberCount])), [coverage.data]);
  const en = i18n.language === 'en';
  const groups = [...new Set(materials.map((m) => m.group))].sort();
  const rows = materials.filter((m) => matches(m, debounced, group, flag)).sort((a, b) => (en ? a.nameEn : a.nameEs).localeCompare(en ? b.nameEn : b.nameEs, i18n.language));
  return (
    <Stack>
      <Group gap="sm" wrap="wrap">
        <TextInput placeholder={t('catalogue.search')} aria-label={t('catalogue.search')} leftSection={<IconSearch size={16} />} value={q} onChange={(e) => setQ(e.currentTarget.value)} w={260} />
        <Select placeholder={t('catalogue.group')} aria-label={t('catalogue.group')} clearable data={groups.map((g) => ({ value: g, label: t(`group.${g}`) }))} value={group} onChange={setGroup} w={220} />
        <SegmentedControl aria-label={t('catalogue.flagFilter')} value={flag} onChange={(v) => setFlag(v as Flag)} data={(['all', 'strategic', 'critical', 'battery', 'other'] as const).map((v) => ({ value: v, label: t(`catalogue.flag.${v}`) }))} />
      </Group>
      <Paper>
        {rows.length === 0 ? (
          <Empty>{t('catalogue.none')}</Empty>
        ) : (
          <Table.ScrollContainer minWidth={860}>
            <Table highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('catalogue.material')}</Table.Th>
                  <Table.Th>{t('catalogue.symbol')}</Table.Th>
                  <Table.Th>{t('catalogue.group')}</Table.Th>
                  <Table.Th>{t('catalogue.crma')}</Table.Th>
                  <Table.Th ta="right">{t('catalogue.sr', { year: assessment.data?.assessmentYear ?? '' })}</Table.Th>
                  <Table.Th ta="right">{t('catalogue.ei', { year: assessment.data?.assessmentYear ?? '' })}</Table.Th>
                  <Table.Th ta="right">{t('catalogue.members')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((m) => <CatalogueRow key={m.id} m={m} published={published.get(m.id) ?? null} members={members.get(m.id) ?? 0} />)}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Text size="sm" c="dimmed" p="sm">{t('catalogue.count', { shown: rows.length, total: materials.length })}</Text>
      </Paper>
    </Stack>
  );
}

export function CataloguePage(): React.JSX.Element {
  const { t } = useTranslation('materials');
  const search = useSearch({ strict: false }) as { view?: 'catalogue' | 'names' };
  const navigate = useNavigate();
  const view = search.view ?? 'catalogue';
  const query = useQuery(materialsQuery);
  return (
    <>
      <PageHeader
        title={t('catalogue.title')}
        description={t('catalogue.description')}
        actions={
          <SegmentedControl
            aria-label={t('catalogue.view')}
            value={view}
            onChange={(v) => void navigate({ to: '/materials', search: { view: v as 'catalogue' | 'names' } })}
            data={[{ value: 'catalogue', label: t('catalogue.viewCatalogue') }, { value: 'names', label: t('catalogue.viewNames') }]}
          />
        }
      />
      {view === 'names' ? <NameMappingView /> : <QueryView query={query}>{(materials) => <CatalogueTable materials={materials} />}</QueryView>}
    </>
  );
}
