/** One savings analysis: savings with their uncertainty, charts, fit quality, model and findings. */
import { Alert, Badge, Button, Group, List, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle, IconTrash, IconX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { notifySuccess, showError } from '../../api/forms';
import { Chart } from '../../components/Chart';
import { comparisonOption, cumulativeOption } from './analysis-charts';
import { Kpi } from './DashboardPage';
import { unitLabel, useImpactFormat } from './format';
import { useImpactRights, type Analysis } from './queries';
import { IconBolt, IconCloud, IconPercentage, IconScale } from '@tabler/icons-react';

const severityColor = { error: 'red', warning: 'orange', info: 'gray' } as const;
const severityIcon = { error: IconX, warning: IconAlertTriangle, info: IconInfoCircle } as const;

function SavingsKpis({ a }: { a: Analysis }) {
  const { t } = useTranslation('impact');
  const f = useImpactFormat();
  const s = a.result.savings;
  if (!s) return null;
  const unit = a.result.unit;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
      <Kpi icon={<IconBolt size={22} />} label={t('analysis.savings')} value={f.quantity(s.savings, unit)} hint={unit === 'kWh' ? undefined : f.energy(a.savingsKwh)} />
      <Kpi icon={<IconPercentage size={22} />} label={t('analysis.savingsFraction')} value={f.percent(s.savingsFraction)} hint={t('analysis.ofBaseline', { baseline: f.quantity(s.baselineProjected, unit) })} color="blue" />
      <Kpi icon={<IconScale size={22} />} label={t('analysis.uncertainty', { confidence: Math.round(s.confidence * 100) })} value={s.uncertainty === null ? '—' : `± ${f.quantity(s.uncertainty, unit)}`} hint={s.fsu === null ? undefined : t('analysis.fsu', { fsu: f.percent(s.fsu) })} color="grape" />
      <Kpi icon={<IconCloud size={22} />} label={t('dashboard.co2Avoided')} value={f.co2(a.co2eKg)} color="ore" />
    </SimpleGrid>
  );
}

function Charts({ a }: { a: Analysis }) {
  const { t } = useTranslation('impact');
  const f = useImpactFormat();
  const [by, setBy] = useState<'month' | 'period'>('month');
  const { comparison, cumulative } = useMemo(() => {
    const unit = unitLabel(a.result.unit);
    const labels = { metered: t('analysis.metered'), model: t('analysis.model'), baseline: t('analysis.baselinePeriod'), reporting: t('analysis.reportingPeriod'), cumulative: t('analysis.cumulative'), unit, perDay: t('analysis.perDay', { unit }) };
    const fmt = (v: number) => f.number(v, 0);
    return { comparison: comparisonOption(a, by === 'month', labels, fmt), cumulative: cumulativeOption(a, labels, fmt) };
  }, [a, by, t, f]);
  if (!a.result.reportingSeries.length) return null;
  return (
    <SimpleGrid cols={{ base: 1, lg: 3 }}>
      <Paper p="md" style={{ gridColumn: 'span 2' }}>
        <Group justify="space-between" mb="xs">
          <Title order={5}>{t('analysis.comparison')}</Title>
          <SegmentedControl size="xs" value={by} onChange={(v) => setBy(v as 'month' | 'period')} data={[{ value: 'month', label: t('analysis.byMonth') }, { value: 'period', label: a.model === 'caltrack_billing' ? t('analysis.byBill') : a.result.baselineSeries[0]?.t.length === 7 ? t('analysis.byMonth') : t('analysis.byDay') }]} />
        </Group>
        <Chart option={comparison} label={t('analysis.comparison')} height={340} />
      </Paper>
      <Paper p="md">
        <Title order={5} mb="xs">{t('analysis.cumulative')}</Title>
        <Chart option={cumulative} label={t('analysis.cumulative')} height={340} />
      </Paper>
    </SimpleGrid>
  );
}

function FitQuality({ a }: { a: Analysis }) {
  const { t } = useTranslation('impact');
  const f = useImpactFormat();
  const m = a.result.model;
  const g = a.result.ashrae;
  if (!m) return null;
  const limits = g?.granularity === 'hourly' ? { cv: 0.3, nmbe: 0.1 } : { cv: 0.15, nmbe: 0.05 };
  const rows: [string, string, string | null][] = [
    [t('analysis.r2'), f.number(m.r2, 3), null],
    [t('analysis.adjR2'), f.number(m.adjR2, 3), null],
    [t('analysis.observations'), f.number(m.n), null],
    ...(m.fPValue !== null ? ([[t('analysis.fTest'), f.number(m.fPValue, 4), `< ${f.number(0.1, 2)}`]] as [string, string, string][]) : []),
    ...(g ? ([[t('analysis.cvrmse', { granularity: t(`analysis.granularity.${g.granularity}`) }), f.percent(g.cvrmse), `≤ ${f.percent(limits.cv, 0)}`], [t('analysis.nmbe', { granularity: t(`analysis.granularity.${g.granularity}`) }), f.percent(g.nmbe, 2), `± ${f.percent(limits.nmbe, 0)}`]] as [string, string, string][]) : []),
  ];
  return (
    <Paper p="md">
      <Group justify="space-between" mb="xs">
        <Title order={5}>{t('analysis.fitQuality')}</Title>
        {g && <Badge color={g.pass ? 'teal' : 'red'} variant="light">{g.pass ? t('analysis.g14Pass') : t('analysis.g14Fail')}</Badge>}
      </Group>
      <Table>
        <Table.Tbody>
          {rows.map(([k, v, limit]) => (
            <Table.Tr key={k}>
              <Table.Td>{k}</Table.Td>
              <Table.Td ta="right" fw={500}>{v}</Table.Td>
              <Table.Td ta="right" c="dimmed">{limit ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function ModelCard({ a }: { a: Analysis }) {
  const { t } = useTranslation('impact');
  const f = useImpactFormat();
  const m = a.result.model;
  if (!m) return null;
  return (
    <Paper p="md">
      <Title order={5}>{t(`analysis.models.${a.model}`)}</Title>
      <Text size="sm" c="dimmed" mb="xs">{t(`analysis.modelTypes.${m.modelType}`, { unit: unitLabel(a.result.unit) })}</Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('analysis.term')}</Table.Th>
            <Table.Th ta="right">{t('analysis.estimate')}</Table.Th>
            <Table.Th ta="right">{t('analysis.pValue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {m.coefficients.map((c) => (
            <Table.Tr key={c.name}>
              <Table.Td>{t(`analysis.terms.${c.name}`)}</Table.Td>
              <Table.Td ta="right">{f.number(c.estimate, Math.abs(c.estimate) < 10 ? 3 : 1)}{c.standardError !== null ? ` ± ${f.number(c.standardError, Math.abs(c.standardError) < 10 ? 3 : 1)}` : ''}</Table.Td>
              <Table.Td ta="right">{c.pValue === null ? '—' : c.pValue < 0.0001 ? `< ${f.number(0.0001, 4)}` : f.number(c.pValue, 4)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {(m.heatingBalancePointC !== null || m.coolingBalancePointC !== null) && (
        <Text size="sm" mt="xs">
          {m.heatingBalancePointC !== null && t('analysis.heatingBp', { value: f.number(m.heatingBalancePointC, 1) })} {m.coolingBalancePointC !== null && t('analysis.coolingBp', { value: f.number(m.coolingBalancePointC, 1) })}
        </Text>
      )}
    </Paper>
  );
}

function Findings({ a }: { a: Analysis }) {
  const { t } = useTranslation('impact');
  const f = useImpactFormat();
  if (!a.result.findings.length) return null;
  return (
    <Paper p="md">
      <Title order={5} mb="xs">{t('analysis.findings')}</Title>
      <List spacing={6} size="sm">
        {a.result.findings.map((x, i) => {
          const Icon = severityIcon[x.severity];
          return (
            <List.Item key={`${x.code}-${i}`} icon={<Icon size={16} color={`var(--mantine-color-${severityColor[x.severity]}-6)`} aria-label={t(`analysis.severity.${x.severity}`)} />}>
              {f.finding(x)}
            </List.Item>
          );
        })}
      </List>
    </Paper>
  );
}

function Co2Table({ a }: { a: Analysis }) {
  const { t } = useTranslation('impact');
  const f = useImpactFormat();
  const rows = a.result.co2e?.byYear ?? [];
  if (!rows.length) return null;
  return (
    <Paper p="md">
      <Title order={5} mb="xs">{t('analysis.co2ByYear')}</Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('analysis.year')}</Table.Th>
            <Table.Th ta="right">{t('analysis.savings')}</Table.Th>
            <Table.Th ta="right">{t('analysis.factor')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.co2Avoided')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((y) => (
            <Table.Tr key={y.year}>
              <Table.Td>{y.year}</Table.Td>
              <Table.Td ta="right">{f.quantity(y.savings, a.result.unit)}</Table.Td>
              <Table.Td ta="right">{y.kgCo2ePerUnit === null ? t('analysis.noFactor') : t('analysis.factorValue', { value: f.number(y.kgCo2ePerUnit, 3), unit: unitLabel(a.result.unit), year: y.factorYear })}</Table.Td>
              <Table.Td ta="right">{f.co2(y.co2eKg)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function Actions({ a, onDeleted }: { a: Analysis; onDeleted: () => void }) {
  const { t } = useTranslation('impact');
  const f = useImpactFormat();
  const rights = useImpactRights();
  const qc = useQueryClient();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await fn();
      await qc.invalidateQueries({ queryKey: ['impact'] });
      notifySuccess(done);
    } catch (err) {
      showError(err, t('common:feedback.error'));
    } finally {
      setBusy(false);
    }
  };
  if (a.status === 'verified') {
    return (
      <Alert color="teal" icon={<IconCircleCheck size={18} />} title={t('analysis.verifiedTitle')}>
        {t('analysis.verifiedBy', { name: a.verifiedBy ?? '—', date: f.dateTime(a.verifiedAt) })}
        {a.verificationNote && <Text size="sm" mt={4} fs="italic">{a.verificationNote}</Text>}
      </Alert>
    );
  }
  return (
    <Alert color={a.verifiable ? 'blue' : 'orange'} icon={a.verifiable ? <IconInfoCircle size={18} /> : <IconAlertTriangle size={18} />} title={a.verifiable ? t('analysis.readyTitle') : t('analysis.notVerifiableTitle')}>
      <Stack gap="xs">
        <Text size="sm">{a.verifiable ? t('analysis.readyBody') : t('analysis.notVerifiableBody')}</Text>
        {a.verifiable && rights.verify && <Textarea label={t('analysis.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={1} />}
        <Group>
          {a.verifiable && rights.verify && <Button loading={busy} onClick={() => void run(() => unwrap(api.POST('/api/impact/analyses/{id}/verify', { params: { path: { id: a.id } }, body: note ? { note } : {} })), t('analysis.verifiedTitle'))}>{t('analysis.verify')}</Button>}
          <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} loading={busy} onClick={() => void run(async () => { await unwrap(api.DELETE('/api/impact/analyses/{id}', { params: { path: { id: a.id } } })); onDeleted(); }, t('analysis.deleted'))}>{t('analysis.delete')}</Button>
        </Group>
      </Stack>
    </Alert>
  );
}

export function AnalysisView({ analysis: a, onDeleted }: { analysis: Analysis; onDeleted: () => void }) {
  return (
    <Stack>
      <Actions a={a} onDeleted={onDeleted} />
      <SavingsKpis a={a} />
      <Charts a={a} />
      <SimpleGrid cols={{ base: 1, lg: 3 }}>
        <ModelCard a={a} />
        <FitQuality a={a} />
        <Stack>
          <Co2Table a={a} />
          <Findings a={a} />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
