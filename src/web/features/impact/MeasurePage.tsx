/** One measure: its facts, meters, savings analyses, and the selected analysis in full. */
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChartLine, IconEdit, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { notifySuccess, showError } from '../../api/forms';
import { Empty, Loading, PageHeader, QueryView } from '../../components/Page';
import { AnalysisForm } from './AnalysisForm';
import { AnalysisView } from './AnalysisView';
import { AnchorLink, BadgeLink } from './links';
import { useImpactFormat } from './format';
import { ImpactTabs } from './ImpactTabs';
import { MeasureForm } from './MeasureForm';
import { categoryColor } from './MeasuresPage';
import { analysesQuery, analysisQuery, measureQuery, metersQuery, type AnalysisSummary, type Measure } from './queries';


function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

function Facts({ m }: { m: Measure }) {
  const { t } = useTranslation('impact');
  const f = useImpactFormat();
  const meters = useQuery(metersQuery({ organisationId: m.organisationId })).data ?? [];
  const linked = meters.filter((x) => m.meterIds.includes(x.id));
  return (
    <Paper p="md">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} mb="md">
        <Fact label={t('measures.organisation')}>
          <AnchorLink to="/impact/organisations/$organisationId" params={{ organisationId: m.organisationId }}>{m.organisationName}</AnchorLink>
        </Fact>
        <Fact label={t('measures.site')}>
          <AnchorLink to="/impact/sites/$siteId" params={{ siteId: m.siteId }}>{m.siteName}</AnchorLink>
        </Fact>
        <Fact label={t('measures.installation')}>{m.completedDate ? t('measures.fromTo', { from: f.day(m.startDate), to: f.day(m.completedDate) }) : f.day(m.startDate)}</Fact>
        <Fact label={t('measures.cost')}>{f.money(m.costCents)}</Fact>
      </SimpleGrid>
      {m.description && <Text size="sm" mb="md" style={{ whiteSpace: 'pre-line' }}>{m.description}</Text>}
      <Group gap="xs">
        <Text size="sm" c="dimmed">{t('measures.meters')}:</Text>
        {linked.length === 0 && <Text size="sm" c="dimmed">—</Text>}
        {linked.map((x) => (
          <BadgeLink key={x.id} to="/impact/meters/$meterId" params={{ meterId: x.id }} variant="light" style={{ cursor: 'pointer' }}>{x.code}</BadgeLink>
        ))}
        {m.awardId && <Badge variant="outline" color="grape" tt="none" title={m.awardId}>{t('measures.fundedBy', { award: m.awardId })}</Badge>}
      </Group>
    </Paper>
  );
}

function AnalysesTable({ items, selected, onSelect }: { items: AnalysisSummary[]; selected?: string; onSelect: (id: string) => void }) {
  const { t } = useTranslation('impact');
  const f = useImpactFormat();
  if (!items.length) return <Empty>{t('analysis.none')}</Empty>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('analysis.model')}</Table.Th>
            <Table.Th>{t('analysis.baselinePeriod')}</Table.Th>
            <Table.Th>{t('analysis.reportingPeriod')}</Table.Th>
            <Table.Th ta="right">{t('analysis.savings')}</Table.Th>
            <Table.Th>{t('analysis.status')}</Table.Th>
            <Table.Th>{t('analysis.computed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id} onClick={() => onSelect(a.id)} onKeyDown={(e) => e.key === 'Enter' && onSelect(a.id)} tabIndex={0} style={{ cursor: 'pointer' }} bg={a.id === selected ? 'var(--mantine-color-veta-0)' : undefined} aria-selected={a.id === selected}>
              <Table.Td>{t(`analysis.models.${a.model}`)}</Table.Td>
              <Table.Td>{f.day(a.baseline.start)} – {f.day(a.baseline.end)}</Table.Td>
              <Table.Td>{f.day(a.reporting.start)} – {f.day(a.reporting.end)}</Table.Td>
              <Table.Td ta="right">{a.savingsFraction === null ? '—' : `${f.energy(a.savingsKwh)} (${f.percent(a.savingsFraction)})`}</Table.Td>
              <Table.Td>
                <Badge color={a.status === 'verified' ? 'teal' : a.verifiable ? 'blue' : 'orange'} variant="light">{t(a.status === 'verified' ? 'analysis.statusVerified' : a.verifiable ? 'analysis.statusReady' : 'analysis.statusNotVerifiable')}</Badge>
              </Table.Td>
              <Table.Td>{f.dateTime(a.computedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function SelectedAnalysis({ id, onDeleted }: { id: string; onDeleted: () => void }) {
  const query = useQuery(analysisQuery(id));
  if (query.isLoading) return <Loading />;
  return <QueryView query={query}>{(a) => <AnalysisView analysis={a} onDeleted={onDeleted} />}</QueryView>;
}

export function MeasurePage() {
  const { t } = useTranslation('impact');
  const { measureId } = useParams({ strict: false }) as { measureId: string };
  const search = useSearch({ strict: false }) as { analysis?: string };
  const navigate = useNavigate();
  const qc = useQueryClient();
  const query = useQuery(measureQuery(measureId));
  const analyses = useQuery(analysesQuery(measureId));
  const [editing, edit] = useDisclosure();
  const [analysing, analyse] = useDisclosure();
  const [busy, setBusy] = useState(false);
  const selected = search.analysis ?? query.data?.verified?.analysisId ?? analyses.data?.[0]?.id;
  const select = (id: string | undefined) => void navigate({ to: '/impact/measures/$measureId', params: { measureId }, search: id ? { analysis: id } : {}, replace: true });
  const remove = async () => {
    if (!window.confirm(t('measures.confirmDelete'))) return;
    setBusy(true);
    try {
      await unwrap(api.DELETE('/api/impact/measures/{id}', { params: { path: { id: measureId } } }));
      await qc.invalidateQueries({ queryKey: ['impact'] });
      notifySuccess(t('measures.deleted'));
      await navigate({ to: '/impact/measures' });
    } catch (err) {
      showError(err, t('common:feedback.error'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <QueryView query={query}>
      {(m) => (
        <>
          <PageHeader
            title={m.title}
            description={<Badge variant="light" color={categoryColor[m.category]}>{t(`categories.${m.category}`)}</Badge>}
            actions={
              <>
                <Button variant="default" leftSection={<IconEdit size={16} />} onClick={edit.open}>{t('common:actions.edit')}</Button>
                {!m.verified && <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} loading={busy} onClick={() => void remove()}>{t('common:actions.delete')}</Button>}
              </>
            }
          />
          <ImpactTabs />
          <Stack>
            <Facts m={m} />
            <Paper p="md">
              <Group justify="space-between" mb="sm">
                <div>
                  <Title order={4}>{t('analysis.heading')}</Title>
                  <Text size="sm" c="dimmed">{t('analysis.intro')}</Text>
                </div>
                <Button leftSection={<IconChartLine size={18} />} onClick={analyse.open}>{t('analysis.new')}</Button>
              </Group>
              <QueryView query={analyses}>{(items) => <AnalysesTable items={items} selected={selected} onSelect={select} />}</QueryView>
            </Paper>
            {selected && <SelectedAnalysis key={selected} id={selected} onDeleted={() => select(undefined)} />}
          </Stack>
          {editing && <MeasureForm measure={m} onClose={edit.close} />}
          {analysing && <AnalysisForm measure={m} onClose={analyse.close} onCreated={(a) => select(a.id)} />}
        </>
      )}
    </QueryView>
  );
}
