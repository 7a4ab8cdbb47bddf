/** Staff: a call's applications with their eligibility, filtered and exported; a chart of requests against the budget. */
import { Anchor, Badge, Button, Card, Group, Select, SimpleGrid, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPLICATION_STATUSES } from '../../../shared/funding';
import { ruleName } from '../../../shared/funding-rules';
import { api, download, unwrap } from '../../api/client';
import { showError } from '../../api/forms';
import { EChart } from '../../components/EChart';
import { Empty, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { statusColor, useFundingLabels } from './labels';
import type { CallDto } from './queries';

type Filters = { status?: (typeof APPLICATION_STATUSES)[number]; eligible?: 'yes' | 'no'; instrument?: string; q?: string };

export function CallApplications({ call }: { call: CallDto }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useFundingLabels();
  const [filters, setFilters] = useState<Filters>({});
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const query = { ...filters, ...(debounced ? { q: debounced } : {}) };
  const list = useQuery({ queryKey: ['funding', 'call', call.id, 'applications', query], queryFn: () => unwrap(api.GET('/api/funding/calls/{id}/applications', { params: { path: { id: call.id }, query } })), placeholderData: keepPreviousData });
  const all = useQuery({ queryKey: ['funding', 'call', call.id, 'applications', {}], queryFn: () => unwrap(api.GET('/api/funding/calls/{id}/applications', { params: { path: { id: call.id }, query: {} } })) });
  const exportAs = async (format: 'csv' | 'xlsx') => {
    const params = new URLSearchParams({ format, ...Object.fromEntries(Object.entries(query).filter(([, v]) => v)) as Record<string, string> });
    try {
      await download(`/api/funding/calls/${call.id}/applications/export?${params.toString()}`, `${call.code}-applications.${format}`);
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  const chart = useMemo(() => {
    const rows = (all.data ?? []).filter((r) => r.status === 'submitted' || r.status === 'ineligible');
    const sum = (pred: (r: (typeof rows)[number]) => boolean) => rows.filter(pred).reduce((s, r) => s + r.requestedCents, 0) / 100;
    return {
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => f.money(Math.round(v * 100)) },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 8, bottom: 32, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => f.number(v / 1000) + 'k' } },
      yAxis: { type: 'category', data: [t('funding:staffList.requested'), t('funding:staffList.budget')] },
      series: [
        { name: t('funding:eligibility.eligible'), type: 'bar', stack: 'a', color: '#2f9e44', data: [sum((r) => r.eligible === true && r.status === 'submitted'), null] },
        { name: t('funding:eligibility.notEligible'), type: 'bar', stack: 'a', color: '#e03131', data: [sum((r) => r.eligible !== true || r.status === 'ineligible'), null] },
        { name: t('funding:staffList.budget'), type: 'bar', stack: 'a', color: '#1c5d4f', data: [null, (call.budgetCents ?? 0) / 100] },
      ],
    };
  }, [all.data, call.budgetCents, f, t]);
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }} mb="md">
        <Card withBorder><EChart option={chart} height={150} ariaLabel={t('funding:staffList.chart')} /></Card>
        <Card withBorder>
          <Group gap="xs">
            {APPLICATION_STATUSES.map((s) => <Badge key={s} size="lg" variant="light" color={statusColor[s]}>{labels.status(s)}: {call.applicationCounts[s] ?? 0}</Badge>)}
          </Group>
          <Text size="sm" c="dimmed" mt="sm">{t('funding:staffList.explain')}</Text>
        </Card>
      </SimpleGrid>
      <Group mb="sm" align="flex-end">
        <TextInput leftSection={<IconSearch size={16} />} aria-label={t('actions.search')} placeholder={t('funding:staffList.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} w={260} />
        <Select aria-label={t('funding:call.status')} placeholder={t('funding:call.status')} clearable data={APPLICATION_STATUSES.map((s) => ({ value: s, label: labels.status(s) }))} value={filters.status ?? null} onChange={(v) => setFilters({ ...filters, status: (v ?? undefined) as Filters['status'] })} w={170} />
        <Select aria-label={t('funding:staffList.eligibility')} placeholder={t('funding:staffList.eligibility')} clearable data={[{ value: 'yes', label: t('funding:eligibility.eligible') }, { value: 'no', label: t('funding:eligibility.notEligible') }]} value={filters.eligible ?? null} onChange={(v) => setFilters({ ...filters, eligible: (v ?? undefined) as Filters['eligible'] })} w={170} />
        <Select aria-label={t('funding:application.instrument')} placeholder={t('funding:application.instrument')} clearable data={call.rules.instruments.map((i) => ({ value: i.id, label: labels.name(i) }))} value={filters.instrument ?? null} onChange={(v) => setFilters({ ...filters, instrument: v ?? undefined })} w={220} />
        <Group gap="xs" ml="auto">
          <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void exportAs('csv')}>CSV</Button>
          <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void exportAs('xlsx')}>XLSX</Button>
        </Group>
      </Group>
      <QueryView query={list}>
        {(rows) => (
          <Card withBorder p={0}>
            <Table.ScrollContainer minWidth={900}>
              <Table highlightOnHover>
                <Table.Thead>
                  <Table.Tr><Table.Th>{t('funding:applicant.reference')}</Table.Th><Table.Th>{t('funding:applicant.project')}</Table.Th><Table.Th>{t('funding:staffList.lead')}</Table.Th><Table.Th>{t('funding:staffList.consortium')}</Table.Th><Table.Th ta="right">{t('funding:staffList.requested')}</Table.Th><Table.Th>{t('funding:call.status')}</Table.Th><Table.Th>{t('funding:staffList.eligibility')}</Table.Th></Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td><Anchor component={Link} to="/funding/applications/$id" params={{ id: r.id } as never} fw={600} style={{ whiteSpace: "nowrap" }}>{r.reference}</Anchor>{r.currentVersion > 0 && <Text size="xs" c="dimmed">v{r.currentVersion} · {f.dateTime(r.submittedAt)}</Text>}</Table.Td>
                      <Table.Td>{r.acronym ?? '—'}<Text size="xs" c="dimmed" lineClamp={1}>{r.title}</Text></Table.Td>
                      <Table.Td>{r.leadName}<Text size="xs" c="dimmed">{r.leadCountry}</Text></Table.Td>
                      <Table.Td>{t('funding:staffList.partners', { count: r.partners })}<Text size="xs" c="dimmed">{r.countries.join(' · ')}</Text></Table.Td>
                      <Table.Td ta="right">{f.money(r.requestedCents)}</Table.Td>
                      <Table.Td><Tooltip label={r.statusReason ?? ''} disabled={!r.statusReason}><Badge color={statusColor[r.status]} variant="light">{labels.status(r.status)}</Badge></Tooltip></Table.Td>
                      <Table.Td>
                        {r.eligible === null ? '—' : r.eligible ? <Badge color="teal" variant="dot">{t('funding:eligibility.eligible')}</Badge> : (
                          <Tooltip label={r.failures.map((c) => ruleName(c, (k) => t(k))).join(' · ')}><Badge color="red" variant="dot">{t('funding:eligibility.failing', { count: r.failures.length })}</Badge></Tooltip>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {rows.length === 0 && <Empty>{t('table.noResults')}</Empty>}
          </Card>
        )}
      </QueryView>
    </>
  );
}
