/** Cluster-wide impact for the General Assembly: verified energy savings and CO2e avoided. */
import { Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBolt, IconCloud, IconDownload, IconCertificate, IconCoin } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMUNITIES } from '../../../shared/identifiers/provinces';
import { download, type Schemas } from '../../api/client';
import { showError } from '../../api/forms';
import { Chart, type ChartOption } from '../../components/Chart';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { useImpactFormat } from './format';
import { useFormat } from '../../i18n/format';
import { ImpactTabs } from './ImpactTabs';
import { dashboardQuery, useImpactRights } from './queries';

type Dashboard = Schemas['ImpactDashboard'];

const CATEGORY_COLORS: Record<Dashboard['byCategory'][number]['category'], string> = { energy_efficiency: '#1c7a5d', circular_economy: '#f1a50e', environmental_protection: '#4fa68a', digitalisation: '#3b6ea8' };

export function Kpi({ icon, label, value, hint, color = 'veta' }: { icon: ReactNode; label: string; value: string; hint?: string; color?: string }) {
  return (
    <Paper p="md">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon size={40} radius="md" variant="light" color={color}>{icon}</ThemeIcon>
        <div>
          <Text size="sm" c="dimmed">{label}</Text>
          <Text size="xl" fw={700} lh={1.2}>{value}</Text>
          {hint && <Text size="xs" c="dimmed">{hint}</Text>}
        </div>
      </Group>
    </Paper>
  );
}

export function regionName(nuts2: string, lang: string): string {
  const c = COMMUNITIES.find((x) => x.nuts2 === nuts2);
  return c ? (lang === 'en' ? c.name.en : c.name.es) : nuts2;
}

function useCharts(d: Dashboard) {
  const { t, i18n } = useTranslation('impact');
  const f = useImpactFormat();
  return useMemo(() => {
    const years: ChartOption = {
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => f.number(Number(v), 1) },
      legend: { bottom: 0 },
      grid: { left: 56, right: 56, top: 24, bottom: 48 },
      xAxis: { type: 'category', data: d.byYear.map((y) => String(y.year)) },
      yAxis: [{ type: 'value', name: 'MWh', axisLabel: { formatter: (v: number) => f.number(v) } }, { type: 'value', name: 't CO₂e', axisLabel: { formatter: (v: number) => f.number(v) } }],
      series: [
        { name: t('dashboard.energySaved'), type: 'bar', data: d.byYear.map((y) => y.savingsKwh / 1000), itemStyle: { color: '#1c7a5d' } },
        { name: t('dashboard.co2Avoided'), type: 'line', yAxisIndex: 1, data: d.byYear.map((y) => y.co2eKg / 1000), itemStyle: { color: '#d69000' } },
      ],
    };
    const categories: ChartOption = {
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [{ type: 'pie', radius: ['45%', '70%'], label: { formatter: '{c}' }, data: d.byCategory.filter((c) => c.measures > 0).map((c) => ({ name: t(`categories.${c.category}`), value: c.measures, itemStyle: { color: CATEGORY_COLORS[c.category] } })) }],
    };
    const regions = [...d.byRegion].reverse();
    const byRegion: ChartOption = {
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${f.number(Number(v), 1)} MWh` },
      grid: { left: 150, right: 24, top: 8, bottom: 24 },
      xAxis: { type: 'value', name: 'MWh', axisLabel: { formatter: (v: number) => f.number(v) } },
      yAxis: { type: 'category', data: regions.map((r) => (r.nuts2 === 'other' ? t('dashboard.otherRegion') : regionName(r.nuts2, i18n.language))) },
      series: [{ type: 'bar', data: regions.map((r) => r.savingsKwh / 1000), itemStyle: { color: '#389a7a' } }],
    };
    return { years, categories, byRegion };
  }, [d, t, i18n.language, f]);
}

function Totals({ d }: { d: Dashboard }) {
  const { t } = useTranslation('impact');
  const f = useImpactFormat();
  const x = d.totals;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mb="lg">
      <Kpi icon={<IconBolt size={22} />} label={t('dashboard.energySaved')} value={f.energy(x.savingsKwh)} hint={t('dashboard.verifiedOnly')} />
      <Kpi icon={<IconCloud size={22} />} label={t('dashboard.co2Avoided')} value={f.co2(x.co2eKg)} color="ore" />
      <Kpi icon={<IconCertificate size={22} />} label={t('dashboard.verifiedMeasures')} value={t('dashboard.ofMeasures', { verified: x.verifiedMeasures, total: x.measures })} hint={t('dashboard.organisations', { count: x.organisations })} color="blue" />
      <Kpi icon={<IconCoin size={22} />} label={t('dashboard.funded')} value={f.energy(x.fundedSavingsKwh)} hint={t('dashboard.fundedHint', { count: x.fundedMeasures, co2: f.co2(x.fundedCo2eKg) })} color="grape" />
    </SimpleGrid>
  );
}

function ByAward({ d }: { d: Dashboard }) {
  const { t, i18n } = useTranslation('impact');
  const f = useImpactFormat();
  const fmt = useFormat();
  if (d.byAward.length === 0) return <Empty>{t('dashboard.noFunded')}</Empty>;
  const title = (x: { callTitleEs: string; callTitleEn: string }) => (i18n.language === 'en' ? x.callTitleEn : x.callTitleEs);
  return (
    <Stack gap="md">
      <Group gap="xs">
        {d.byCall.map((c) => (
          <Badge key={c.callId} variant="light" color="grape" tt="none" title={`${c.programmeName} · ${title(c)}`}>
            {c.callCode}: {f.energy(c.savingsKwh)} · {f.co2(c.co2eKg)}
          </Badge>
        ))}
      </Group>
      <Table.ScrollContainer minWidth={560}>
        <Table fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dashboard.award')}</Table.Th>
              <Table.Th>{t('dashboard.recipient')}</Table.Th>
              <Table.Th ta="right">{t('dashboard.amount')}</Table.Th>
              <Table.Th ta="right">{t('dashboard.measures')}</Table.Th>
              <Table.Th ta="right">{t('dashboard.energySaved')}</Table.Th>
              <Table.Th ta="right">{t('dashboard.co2Avoided')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.byAward.map((a) => (
              <Table.Tr key={a.awardId}>
                <Table.Td><Text size="sm" fw={500}>{a.callCode}</Text><Text size="xs" c="dimmed">{a.programmeName}</Text></Table.Td>
                <Table.Td>{a.organisationName}</Table.Td>
                <Table.Td ta="right">{fmt.money(a.amountCents)}</Table.Td>
                <Table.Td ta="right">{t('dashboard.ofMeasures', { verified: a.verifiedMeasures, total: a.measures })}</Table.Td>
                <Table.Td ta="right">{f.energy(a.savingsKwh)}</Table.Td>
                <Table.Td ta="right">{f.co2(a.co2eKg)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function Section({ title, children, description }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Paper p="md">
      <Title order={4} mb={description ? 2 : 'sm'}>{title}</Title>
      {description && <Text size="sm" c="dimmed" mb="sm">{description}</Text>}
      {children}
    </Paper>
  );
}

export function DashboardView({ d }: { d: Dashboard }) {
  const { t, i18n } = useTranslation('impact');
  const f = useImpactFormat();
  const charts = useCharts(d);
  const summary = d.byYear.map((y) => `${y.year}: ${f.energy(y.savingsKwh)}, ${f.co2(y.co2eKg)}`).join('; ');
  return (
    <Stack>
      <Totals d={d} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Section title={t('dashboard.byYear')} description={summary || t('dashboard.noVerified')}>
          {d.byYear.length ? <Chart option={charts.years} label={t('dashboard.byYear')} height={300} /> : <Empty>{t('dashboard.noVerified')}</Empty>}
        </Section>
        <Section title={t('dashboard.byCategory')} description={d.byCategory.filter((c) => c.measures).map((c) => `${t(`categories.${c.category}`)}: ${c.measures}`).join(' · ')}>
          <Chart option={charts.categories} label={t('dashboard.byCategory')} height={300} />
        </Section>
        <Section title={t('dashboard.byRegion')} description={d.byRegion.map((r) => `${r.nuts2 === 'other' ? t('dashboard.otherRegion') : regionName(r.nuts2, i18n.language)}: ${f.energy(r.savingsKwh)}`).join(' · ')}>
          <Chart option={charts.byRegion} label={t('dashboard.byRegion')} height={Math.max(180, 44 * d.byRegion.length)} />
        </Section>
        <Section title={t('dashboard.byAward')} description={t('dashboard.byAwardHint')}>
          <ByAward d={d} />
          {d.byCarrier.length > 0 && (
            <Group gap="xs" mt="md">
              {d.byCarrier.map((c) => <Badge key={c.carrier} variant="light" color="gray" tt="none">{t(`carriers.${c.carrier}`)}: {f.energy(c.savingsKwh)}</Badge>)}
            </Group>
          )}
        </Section>
      </SimpleGrid>
    </Stack>
  );
}

export function DashboardPage() {
  const { t } = useTranslation('impact');
  const rights = useImpactRights();
  const [year, setYear] = useState<string | null>(null);
  const query = useQuery(dashboardQuery(year ? { year: Number(year) } : {}));
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, i) => String(thisYear - i));
  const exportAs = (format: 'xlsx' | 'csv') => download(`/api/impact/measures/export?format=${format}`, `impact-measures.${format}`).catch((err: unknown) => showError(err, t('common:feedback.error')));
  return (
    <>
      <PageHeader
        title={t('common:nav.impact')}
        description={t('dashboard.description')}
        actions={
          <>
            <Select aria-label={t('dashboard.year')} placeholder={t('dashboard.allYears')} clearable data={years} value={year} onChange={setYear} w={150} />
            {rights.records && (
              <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void exportAs('xlsx')}>{t('dashboard.export')}</Button>
            )}
          </>
        }
      />
      <ImpactTabs />
      <QueryView query={query}>{(d) => <DashboardView d={d} />}</QueryView>
    </>
  );
}
