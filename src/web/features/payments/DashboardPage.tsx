/** /reports: a programme's dashboard (budget, committed, paid, due; by region and instrument), its ledger, bank exports and accounts. */
import { Alert, Anchor, Button, Card, Group, SegmentedControl, Select, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { IconCheck, IconDownload, IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, download, unwrap } from '../../api/client';
import { showError } from '../../api/forms';
import { Chart, type ChartOption } from '../../components/Chart';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { useUser } from '../auth/session';
import { AccountsToVerify, PayerAccount } from './AccountsPanels';
import { PaymentActions, PaymentState } from './PaymentActions';
import { dashboardQuery, ledgerQuery, type DashboardDto, type PaymentDto } from './queries';

function Figure({ label, cents, hint }: { label: string; cents: number; hint?: string }) {
  const f = useFormat();
  return (
    <Card withBorder>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={700} size="xl">{f.money(cents)}</Text>
      {hint && <Text size="xs" c="dimmed">{hint}</Text>}
    </Card>
  );
}

function useSliceChart(slices: DashboardDto['byRegion']): ChartOption {
  const { t } = useTranslation();
  const f = useFormat();
  const compact = useMemo(() => new Intl.NumberFormat(f.tag, { notation: 'compact', maximumFractionDigits: 1 }), [f.tag]);
  return useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => f.money(Math.round(v * 100)) },
      legend: { bottom: 0 },
      grid: { left: 8, right: 24, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'value', splitNumber: 3, axisLabel: { formatter: (v: number) => compact.format(v) } },
      yAxis: { type: 'category', data: slices.map((s) => (s.key === 'unknown' ? t('payments:dashboard.unknown') : s.label)), inverse: true, axisLabel: { width: 110, overflow: 'truncate' } },
      series: [
        { name: t('payments:figures.committed'), type: 'bar', data: slices.map((s) => s.committedCents / 100) },
        { name: t('payments:figures.paid'), type: 'bar', data: slices.map((s) => s.paidCents / 100) },
      ],
    }),
    [slices, t, f, compact],
  );
}

function Charts({ d }: { d: DashboardDto }) {
  const { t } = useTranslation();
  const f = useFormat();
  const budget: ChartOption = useMemo(
    () => ({
      tooltip: { trigger: 'item', valueFormatter: (v: number) => f.money(Math.round(v * 100)) },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['45%', '70%'],
          top: 0,
          bottom: 56,
          label: { show: false },
          data: [
            { name: t('payments:figures.paid'), value: d.paidCents / 100 },
            { name: t('payments:figures.due'), value: d.dueCents / 100 },
            { name: t('payments:figures.upcoming'), value: d.upcomingCents / 100 },
            { name: t('payments:figures.notScheduled'), value: Math.max(0, d.awardedCents - d.ledger.awardedCents) / 100 },
            { name: t('payments:figures.external'), value: d.externalCents / 100 },
            { name: t('payments:figures.available'), value: Math.max(0, d.budgetCents - d.committedCents) / 100 },
          ],
        },
      ],
    }),
    [d, t, f],
  );
  const regions = useSliceChart(d.byRegion);
  const instruments = useSliceChart(d.byInstrument);
  return (
    <SimpleGrid cols={{ base: 1, lg: 3 }}>
      <Card withBorder><Title order={6}>{t('payments:dashboard.budgetUse')}</Title><Chart option={budget} label={t('payments:dashboard.budgetUse')} height={280} /></Card>
      <Card withBorder><Title order={6}>{t('payments:dashboard.byRegion')}</Title>{d.byRegion.length ? <Chart option={regions} label={t('payments:dashboard.byRegion')} height={280} /> : <Empty />}</Card>
      <Card withBorder><Title order={6}>{t('payments:dashboard.byInstrument')}</Title>{d.byInstrument.length ? <Chart option={instruments} label={t('payments:dashboard.byInstrument')} height={280} /> : <Empty />}</Card>
    </SimpleGrid>
  );
}

function Overview({ d }: { d: DashboardDto }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        <Figure label={t('payments:figures.budget')} cents={d.budgetCents} />
        <Figure label={t('payments:figures.committed')} cents={d.committedCents} hint={t('payments:dashboard.committedHint', { awarded: f.money(d.awardedCents), external: f.money(d.externalCents) })} />
        <Figure label={t('payments:figures.paid')} cents={d.paidCents} />
        <Figure label={t('payments:figures.due')} cents={d.dueCents} />
        <Figure label={t('payments:figures.upcoming')} cents={d.upcomingCents} />
      </SimpleGrid>
      {d.ledger.ok ? (
        <Alert color="teal" icon={<IconCheck size={18} />}>{t('payments:dashboard.balanced', { projects: d.projects, signed: d.signedAgreements })}</Alert>
      ) : (
        <Alert color="red" icon={<IconAlertTriangle size={18} />}>{t('payments:dashboard.imbalance', { difference: f.money(d.ledger.differenceCents) })}</Alert>
      )}
      <Charts d={d} />
    </Stack>
  );
}

function Ledger({ programmeId, canPay, canCancel }: { programmeId: string; canPay: boolean; canCancel: boolean }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const [state, setState] = useState<string>('all');
  const query = useQuery(ledgerQuery(programmeId, state === 'all' ? null : (state as PaymentDto['state'])));
  const exportAs = async (format: 'csv' | 'sepa') => {
    try {
      await download(`/api/payments/programmes/${programmeId}/export?format=${format}`, `payments.${format === 'csv' ? 'csv' : 'xml'}`);
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl value={state} onChange={setState} data={['all', 'scheduled', 'approved', 'paid', 'cancelled', 'returned'].map((s) => ({ value: s, label: t(`payments:state.${s}`) }))} />
        {canPay && (
          <Group gap="xs">
            <Button variant="light" leftSection={<IconDownload size={16} />} onClick={() => void exportAs('csv')}>{t('payments:export.csv')}</Button>
            <Button variant="light" leftSection={<IconDownload size={16} />} onClick={() => void exportAs('sepa')}>{t('payments:export.sepa')}</Button>
          </Group>
        )}
      </Group>
      <QueryView query={query}>
        {(rows) =>
          rows.length === 0 ? (
            <Empty>{t('payments:ledger.empty')}</Empty>
          ) : (
            <Table.ScrollContainer minWidth={860}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('payments:projects.project')}</Table.Th>
                    <Table.Th>{t('payments:schedule.recipient')}</Table.Th>
                    <Table.Th>{t('payments:schedule.tranche')}</Table.Th>
                    <Table.Th ta="right">{t('payments:schedule.amount')}</Table.Th>
                    <Table.Th>{t('payments:schedule.state')}</Table.Th>
                    <Table.Th>{t('payments:schedule.paid')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}><Anchor component={Link} to="/projects/$id" params={{ id: p.applicationId } as never}>{p.acronym ?? p.reference}</Anchor></Table.Td>
                      <Table.Td>{p.organisationName}</Table.Td>
                      <Table.Td>{i18n.language === 'en' ? p.labelEn : p.labelEs}</Table.Td>
                      <Table.Td ta="right">{f.money(p.amountCents)}</Table.Td>
                      <Table.Td><PaymentState p={p} /></Table.Td>
                      <Table.Td>{p.valueDate ? `${f.date(p.valueDate)} · ${p.bankReference ?? ''}` : '—'}</Table.Td>
                      <Table.Td><PaymentActions p={p} canPay={canPay} canCancel={canCancel} /></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
    </Stack>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const user = useUser();
  const programmes = useQuery({ queryKey: ['funding', 'programmes'], queryFn: () => unwrap(api.GET('/api/funding/programmes')) });
  const [picked, setPicked] = useState<string | null>(null);
  const programmeId = picked ?? programmes.data?.[0]?.id ?? null;
  const dashboard = useQuery({ ...dashboardQuery(programmeId ?? ''), enabled: programmeId !== null });
  const finance = user.role === 'admin' || user.role === 'finance';
  return (
    <>
      <PageHeader
        title={t('payments:dashboard.title')}
        description={t('payments:dashboard.description')}
        actions={<Select aria-label={t('payments:programme')} data={(programmes.data ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))} value={programmeId} onChange={setPicked} w={340} allowDeselect={false} />}
      />
      {programmeId === null ? (
        <QueryView query={programmes}>{() => <Empty>{t('payments:dashboard.noProgrammes')}</Empty>}</QueryView>
      ) : (
        <Tabs defaultValue="overview" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="overview">{t('payments:dashboard.overview')}</Tabs.Tab>
            <Tabs.Tab value="ledger">{t('payments:ledger.title')}</Tabs.Tab>
            <Tabs.Tab value="accounts">{t('payments:accounts.title')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="overview"><QueryView query={dashboard}>{(d) => <Overview d={d} />}</QueryView></Tabs.Panel>
          <Tabs.Panel value="ledger"><Ledger programmeId={programmeId} canPay={dashboard.data?.can.pay ?? false} canCancel={dashboard.data?.can.cancel ?? false} /></Tabs.Panel>
          <Tabs.Panel value="accounts">
            <Stack>
              <Card withBorder>
                <Title order={5}>{t('payments:accounts.payerTitle')}</Title>
                <Text size="sm" c="dimmed" mb="sm">{t('payments:accounts.payerHint')}</Text>
                <PayerAccount programmeId={programmeId} />
              </Card>
              <Card withBorder>
                <Title order={5} mb="sm">{t('payments:accounts.recipientsTitle')}</Title>
                <AccountsToVerify canVerify={finance} />
              </Card>
            </Stack>
          </Tabs.Panel>
        </Tabs>
      )}
    </>
  );
}
