/** Staff: the ranking of a call, why each application stands where it does, progress and exports. */
import { Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../impact/links';
import { decidingRuleName, failureText } from '../../../shared/scoring-rules';
import { download } from '../../api/client';
import { showError } from '../../api/forms';
import { EChart } from '../../components/EChart';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { rankingQuery, useCriterionText, type RankingDto, type RankingRowDto } from './queries';

const OUTCOME_COLOR = { ranked: 'teal', below: 'red', pending: 'gray' } as const;

function Progress({ ranking }: { ranking: RankingDto }) {
  const { t, i18n } = useTranslation();
  const p = ranking.progress;
  const option = useMemo(() => {
    const labels = [t('scoring:ranking.forms'), t('scoring:ranking.consensus')];
    const done = [p.formsSubmitted, p.consensusFinal];
    const total = [p.formsExpected, p.applications];
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 8, bottom: 32, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: labels },
      series: [
        { name: t('scoring:ranking.done'), type: 'bar', stack: 'a', color: '#2f9e44', data: done },
        { name: t('scoring:ranking.outstanding'), type: 'bar', stack: 'a', color: '#ced4da', data: total.map((n, i) => Math.max(0, n - (done[i] ?? 0))) },
      ],
    };
  }, [p, t]);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} mb="md">
      <Card withBorder><EChart option={option} height={150} ariaLabel={t('scoring:ranking.progress')} /></Card>
      <Card withBorder>
        <Title order={5} mb="xs">{t('scoring:ranking.progress')}</Title>
        <Text size="sm">{t('scoring:ranking.forms')}: {t('scoring:ranking.formsOf', { done: p.formsSubmitted, total: p.formsExpected })}</Text>
        <Text size="sm">{t('scoring:ranking.consensus')}: {t('scoring:ranking.formsOf', { done: p.consensusFinal, total: p.applications })}</Text>
        <Text size="xs" c="dimmed" mt="sm">{t('scoring:ranking.thresholds', { threshold: ranking.totalThreshold })}</Text>
        <Text size="xs" c="dimmed">{t('scoring:ranking.tieOrder')}: {ranking.tieOrder.map((r) => decidingRuleName(r, ranking.criteria, t, i18n.language)).join(' → ')}</Text>
      </Card>
    </SimpleGrid>
  );
}

/** The figures the deciding rule compared, e.g. `4.5 > 4`. */
function detailText(rule: string, d: Record<string, unknown>, dateTime: (v: string) => string): string {
  if (rule === 'tie.id') return '';
  if (rule === 'tie.submittedAt') return `${dateTime(String(d.above))} < ${dateTime(String(d.below))}`;
  const list = (v: unknown) => (Array.isArray(v) && v.length ? v.join(', ') : '—');
  if ('aboveNewTopics' in d) return `${list(d.aboveNewTopics)} / ${list(d.belowNewTopics)}`;
  if ('aboveWomen' in d) return `${String(d.aboveWomen)}/${String(d.aboveMen)} > ${String(d.belowWomen)}/${String(d.belowMen)}`;
  if ('above' in d && 'below' in d) return `${String(d.above)} > ${String(d.below)}`;
  return '';
}

function Why({ row, ranking }: { row: RankingRowDto; ranking: RankingDto }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  if (row.outcome === 'below') return <Text size="sm" c="red">{row.failures.map((f) => failureText(f, ranking.criteria, t, i18n.language)).join('; ')}</Text>;
  if (!row.decidedBy) return null;
  const detail = detailText(row.decidedBy, row.decisionDetail ?? {}, f.dateTime);
  return (
    <Text size="sm">
      {t('scoring:ranking.decidedBy', { rule: decidingRuleName(row.decidedBy, ranking.criteria, t, i18n.language) })}
      {detail && <Text span size="xs" c="dimmed"> ({detail})</Text>}
    </Text>
  );
}

function RankingTable({ ranking }: { ranking: RankingDto }) {
  const { t } = useTranslation();
  const f = useFormat();
  const text = useCriterionText();
  if (ranking.rows.length === 0) return <Empty>{t('scoring:ranking.empty')}</Empty>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('scoring:ranking.rank')}</Table.Th>
            <Table.Th>{t('scoring:ranking.application')}</Table.Th>
            {ranking.criteria.map((c) => <Table.Th key={c.id}>{text.label(c)}</Table.Th>)}
            <Table.Th>{t('scoring:ranking.total')}</Table.Th>
            <Table.Th>{t('scoring:ranking.weighted')}</Table.Th>
            <Table.Th>{t('scoring:ranking.outcome')}</Table.Th>
            <Table.Th>{t('scoring:ranking.why')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ranking.rows.map((r) => (
            <Table.Tr key={r.applicationId}>
              <Table.Td>{r.rank ?? '—'}</Table.Td>
              <Table.Td>
                <AnchorLink to="/funding/calls/$callId/consensus/$applicationId" params={{ callId: ranking.callId, applicationId: r.applicationId }} size="sm">{r.reference}</AnchorLink>
                <Text size="xs" c="dimmed">{r.acronym ?? ''} · {r.leadName}</Text>
              </Table.Td>
              {ranking.criteria.map((c) => <Table.Td key={c.id}>{f.number(r.scores?.[c.id])}</Table.Td>)}
              <Table.Td>{f.number(r.total)}</Table.Td>
              <Table.Td>{f.number(r.weightedTotal, 2)}</Table.Td>
              <Table.Td><Badge color={OUTCOME_COLOR[r.outcome]} variant="light">{t(`scoring:outcome.${r.outcome}`)}</Badge></Table.Td>
              <Table.Td><Why row={r} ranking={ranking} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function RankingPage({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const query = useQuery(rankingQuery(callId));
  const exportAs = async (code: string, format: 'csv' | 'xlsx') => {
    try {
      await download(`/api/evaluation/calls/${callId}/ranking/export?format=${format}`, `${code}-ranking.${format}`);
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  return (
    <QueryView query={query}>
      {(ranking) => (
        <Stack gap={0}>
          <AnchorLink to="/funding/calls/$id" params={{ id: callId }} size="sm"><Group gap={4}><IconArrowLeft size={14} />{ranking.callCode}</Group></AnchorLink>
          <PageHeader title={`${t('scoring:ranking.title')} · ${ranking.callCode}`} description={ranking.callTitle}
            actions={<>
              <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void exportAs(ranking.callCode, 'csv')}>{t('scoring:export.csv')}</Button>
              <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void exportAs(ranking.callCode, 'xlsx')}>{t('scoring:export.xlsx')}</Button>
            </>} />
          <Progress ranking={ranking} />
          <RankingTable ranking={ranking} />
        </Stack>
      )}
    </QueryView>
  );
}
