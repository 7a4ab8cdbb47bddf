/** The measures: search and filters, verified savings at a glance, export, and a new measure. */
import { Alert, Badge, Button, Group, Pagination, Paper, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconDownload, IconPlus, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURE_CATEGORIES, type MeasureCategory } from '../../../shared/contracts/impact';
import { api, download, unwrap } from '../../api/client';
import { showError } from '../../api/forms';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { AnchorLink } from './links';
import { useImpactFormat } from './format';
import { ImpactTabs } from './ImpactTabs';
import { MeasureForm } from './MeasureForm';
import { organisationsQuery, type Measure } from './queries';
import { useUser } from '../auth/session';

const PAGE = 25;
export const categoryColor: Record<MeasureCategory, string> = { energy_efficiency: 'veta', circular_economy: 'ore', environmental_protection: 'teal', digitalisation: 'blue' };

export function MeasuresTable({ items, showOrganisation = true }: { items: Measure[]; showOrganisation?: boolean }) {
  const { t } = useTranslation('impact');
  const f = useImpactFormat();
  if (items.length === 0) return <Empty>{t('common:table.noResults')}</Empty>;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('measures.title')}</Table.Th>
            {showOrganisation && <Table.Th>{t('measures.organisation')}</Table.Th>}
            <Table.Th>{t('measures.category')}</Table.Th>
            <Table.Th>{t('measures.startDate')}</Table.Th>
            <Table.Th ta="right">{t('measures.cost')}</Table.Th>
            <Table.Th ta="right">{t('measures.verifiedSavings')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.co2Avoided')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                <AnchorLink to="/impact/measures/$measureId" params={{ measureId: m.id }} fw={500}>{m.title}</AnchorLink>
                {m.awardId && <Badge ml="xs" size="xs" variant="outline" color="grape">{t('measures.funded')}</Badge>}
              </Table.Td>
              {showOrganisation && (
                <Table.Td>
                  <AnchorLink to="/impact/organisations/$organisationId" params={{ organisationId: m.organisationId }} size="sm">{m.organisationName}</AnchorLink>
                  <Text size="xs" c="dimmed">{m.siteName}</Text>
                </Table.Td>
              )}
              <Table.Td><Badge variant="light" color={categoryColor[m.category]} tt="none" h="auto" py={2} styles={{ label: { whiteSpace: "normal" } }}>{t(`categories.${m.category}`)}</Badge></Table.Td>
              <Table.Td>{f.day(m.startDate)}</Table.Td>
              <Table.Td ta="right">{f.money(m.costCents)}</Table.Td>
              <Table.Td ta="right">
                {m.verified ? (
                  <>
                    <Text size="sm" fw={500}>{f.energy(m.verified.savingsKwh)}</Text>
                    <Text size="xs" c="dimmed">{f.percent(m.verified.savingsFraction)}</Text>
                  </>
                ) : (
                  <Text size="sm" c="dimmed">{t('measures.notVerified')}</Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{f.co2(m.verified?.co2eKg)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function MeasuresPage() {
  const { t } = useTranslation('impact');
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const [category, setCategory] = useState<MeasureCategory | null>(null);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [verified, setVerified] = useState<'yes' | 'no' | null>(null);
  const [funded, setFunded] = useState<'yes' | 'no' | null>(null);
  const [page, setPage] = useState(1);
  const [creating, create] = useDisclosure();
  const orgs = useQuery(organisationsQuery).data ?? [];
  const user = useUser();
  const filters = { q: debounced || undefined, category: category ?? undefined, organisationId: organisationId ?? undefined, verified: verified ?? undefined, funded: funded ?? undefined };
  const query = useQuery({
    queryKey: ['impact', 'measures', filters, page],
    queryFn: () => unwrap(api.GET('/api/impact/measures', { params: { query: { ...filters, limit: PAGE, offset: (page - 1) * PAGE } } })),
    placeholderData: keepPreviousData,
  });
  const reset = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };
  const exportAs = (format: 'csv' | 'xlsx') => {
    const params = new URLSearchParams({ format, ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string> });
    download(`/api/impact/measures/export?${params.toString()}`, `impact-measures.${format}`).catch((err: unknown) => showError(err, t('common:feedback.error')));
  };
  return (
    <>
      <PageHeader
        title={t('measures.heading')}
        description={t('measures.description')}
        actions={
          <>
            <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => exportAs('xlsx')}>XLSX</Button>
            <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => exportAs('csv')}>CSV</Button>
            <Button leftSection={<IconPlus size={18} />} onClick={create.open}>{t('measures.new')}</Button>
          </>
        }
      />
      <ImpactTabs />
      {user.role === 'member' && orgs.length === 0 && <Alert color="blue" mb="md">{t('measures.noOrganisation')}</Alert>}
      <Group mb="md" gap="sm">
        <TextInput placeholder={t('measures.search')} aria-label={t('common:actions.search')} leftSection={<IconSearch size={16} />} value={q} onChange={(e) => reset(setQ)(e.currentTarget.value)} w={260} />
        <Select placeholder={t('measures.category')} aria-label={t('measures.category')} clearable data={MEASURE_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))} value={category} onChange={(v) => reset(setCategory)(v as MeasureCategory | null)} w={230} />
        <Select placeholder={t('measures.organisation')} aria-label={t('measures.organisation')} clearable searchable data={orgs.map((o) => ({ value: o.id, label: o.name }))} value={organisationId} onChange={reset(setOrganisationId)} w={230} />
        <Select placeholder={t('measures.verifiedFilter')} aria-label={t('measures.verifiedFilter')} clearable data={[{ value: 'yes', label: t('measures.verifiedYes') }, { value: 'no', label: t('measures.verifiedNo') }]} value={verified} onChange={(v) => reset(setVerified)(v as 'yes' | 'no' | null)} w={190} />
        <Select placeholder={t('measures.fundedFilter')} aria-label={t('measures.fundedFilter')} clearable data={[{ value: 'yes', label: t('measures.fundedYes') }, { value: 'no', label: t('measures.fundedNo') }]} value={funded} onChange={(v) => reset(setFunded)(v as 'yes' | 'no' | null)} w={190} />
      </Group>
      <QueryView query={query}>
        {(data) => (
          <Paper>
            <MeasuresTable items={data.items} />
            <Group justify="space-between" p="sm">
              <Text size="sm" c="dimmed">{t('common:table.showing', { shown: data.items.length, total: data.total })}</Text>
              {data.total > PAGE && <Pagination total={Math.ceil(data.total / PAGE)} value={page} onChange={setPage} size="sm" />}
            </Group>
          </Paper>
        )}
      </QueryView>
      {creating && <MeasureForm measure={null} onClose={create.close} />}
    </>
  );
}
