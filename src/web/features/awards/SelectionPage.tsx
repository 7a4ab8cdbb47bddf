/**
 * Staff: the selection of a closed call. Before the freeze, a preview recomputed on demand (nothing
 * stored); then the frozen decision with its fingerprint, the letters and the exports.
 */
import { Alert, Anchor, Badge, Button, Card, Code, Group, List, Modal, SimpleGrid, Stack, Table, Text, Textarea } from '@mantine/core';
import { IconDownload, IconLock, IconMail, IconRefresh, IconWorld } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, download, unwrap } from '../../api/client';
import { notifySuccess, showError } from '../../api/forms';
import { EChart } from '../../components/EChart';
import { PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { useUser } from '../auth/session';
import { selectionQuery, type AwardsRow, type AwardsSelection } from './queries';
import { useReasonText } from './reasons';

const DECISION_COLOR: Record<AwardsRow['decision'], string> = { selected: 'teal', reserve: 'yellow', rejected: 'red', pending: 'gray' };

function BudgetChart({ s }: { s: AwardsSelection }) {
  const { t } = useTranslation();
  const f = useFormat();
  const option = useMemo(() => {
    const names = [t('awards:selection.callBudget'), ...s.envelopes.map((e) => `${e.label} (${e.nutsPrefix})`)];
    const budgets = [s.budgetCents, ...s.envelopes.map((e) => e.budgetCents)];
    const earlier = [0, ...s.envelopes.map((e) => e.alreadyCommittedCents)];
    const used = [s.fundedCents, ...s.envelopes.map((e) => e.usedCents)];
    return {
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => f.money(Math.round(v * 100), s.currency) },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 8, bottom: 32, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => `${f.number(v / 1000)}k` } },
      yAxis: { type: 'category', data: names, inverse: true },
      series: [
        { name: t('awards:selection.earlierCalls'), type: 'bar', stack: 'used', color: '#868e96', data: earlier.map((c) => c / 100) },
        { name: t('awards:selection.committed'), type: 'bar', stack: 'used', color: '#2f9e44', data: used.map((c) => c / 100) },
        { name: t('awards:selection.budget'), type: 'bar', color: '#1c5d4f', data: budgets.map((c) => c / 100) },
      ],
    };
  }, [s, f, t]);
  return <EChart option={option} height={90 + 50 * (1 + s.envelopes.length)} ariaLabel={t('awards:selection.chart')} />;
}

/** Whether the application holds active awards now (selected and not declined, or promoted). */
const holdsAwards = (r: AwardsRow) => (r.decision === 'selected' && r.change !== 'declined') || r.change === 'promoted';

function DeclineModal({ row, onClose, onDone }: { row: AwardsRow | null; onClose: () => void; onDone: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!row) return;
    setBusy(true);
    try {
      const r = await unwrap(api.POST('/api/awards/applications/{id}/decline', { params: { path: { id: row.applicationId } }, body: { reason } }));
      notifySuccess(r.promoted ? t('awards:decline.promoted') : t('awards:decline.nonePromoted'));
      setReason('');
      await onDone();
      onClose();
    } catch (err) {
      showError(err, t('feedback.error'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={row !== null} onClose={onClose} title={t('awards:decline.title', { acronym: row?.acronym ?? row?.reference ?? '' })}>
      <Text size="sm" mb="sm">{t('awards:decline.text')}</Text>
      <Textarea label={t('awards:decline.reason')} required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} mb="md" />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
        <Button color="red" loading={busy} disabled={reason.trim() === ''} onClick={() => void submit()}>{t('awards:decline.confirm')}</Button>
      </Group>
    </Modal>
  );
}

function SelectionTable({ s, onDecline }: { s: AwardsSelection; onDecline?: (row: AwardsRow) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const reasonText = useReasonText(s.criteria);
  return (
    <Card withBorder p={0}>
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('awards:selection.rank')}</Table.Th>
              <Table.Th>{t('awards:selection.application')}</Table.Th>
              <Table.Th ta="right">{t('awards:selection.score')}</Table.Th>
              <Table.Th>{t('awards:selection.decision')}</Table.Th>
              <Table.Th ta="right">{t('awards:selection.amount')}</Table.Th>
              <Table.Th>{t('awards:selection.why')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {s.rows.map((r) => (
              <Table.Tr key={r.applicationId}>
                <Table.Td>{r.rank ?? '—'}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to="/funding/applications/$id" params={{ id: r.applicationId } as never} fw={600}>{r.acronym ?? r.reference}</Anchor>
                  <Text size="xs" c="dimmed">{r.reference} · {r.partners.map((p) => `${p.legalName} (${p.country})`).join(', ')}</Text>
                </Table.Td>
                <Table.Td ta="right">{r.total === null ? '—' : f.number(r.total, 1)}{r.weightedTotal !== null && r.weightedTotal !== r.total ? <Text size="xs" c="dimmed">{t('awards:selection.weighted', { value: f.number(r.weightedTotal, 2) })}</Text> : null}</Table.Td>
                <Table.Td>
                  <Badge color={DECISION_COLOR[r.decision]} variant="light">{r.decision === 'reserve' ? t('awards:decision.reservePosition', { position: r.reservePosition ?? 0 }) : t(`awards:decision.${r.decision}`)}</Badge>
                  {r.change && <Badge ml={4} color={r.change === 'promoted' ? 'teal' : 'gray'} variant="outline">{t(`awards:decline.${r.change}Badge`)}</Badge>}
                  {onDecline && holdsAwards(r) && <Button size="compact-xs" variant="subtle" color="red" mt={4} display="block" onClick={() => onDecline(r)}>{t('awards:decline.action')}</Button>}
                </Table.Td>
                <Table.Td ta="right">{r.decision === 'selected' ? f.money(r.amountCents, s.currency) : <Text size="sm" c="dimmed">{f.money(r.partners.reduce((x, p) => x + p.amountCents, 0), s.currency)}</Text>}</Table.Td>
                <Table.Td>
                  {r.decision === 'selected' ? <Text size="xs" c="dimmed">{t('awards:reason.funded_short')}</Text> : (
                    <List size="xs" spacing={2}>{r.reasons.map((x, i) => <List.Item key={i}>{reasonText(x, s.currency)}</List.Item>)}</List>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function Figures({ s }: { s: AwardsSelection }) {
  const { t } = useTranslation();
  const f = useFormat();
  const count = (d: AwardsRow['decision']) => s.rows.filter((r) => r.decision === d).length;
  const items = [
    [t('awards:selection.budget'), f.money(s.budgetCents, s.currency)],
    [t('awards:selection.committed'), f.money(s.fundedCents, s.currency)],
    [t('awards:selection.remaining'), f.money(s.budgetCents - s.fundedCents, s.currency)],
    [t('awards:decision.selected'), String(count('selected'))],
    [t('awards:decision.reserve'), String(count('reserve'))],
    [t('awards:decision.rejected'), String(count('rejected'))],
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
      {items.map(([label, value]) => (
        <div key={label}><Text size="xs" c="dimmed">{label}</Text><Text fw={700}>{value}</Text></div>
      ))}
    </SimpleGrid>
  );
}

export function SelectionPage({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const user = useUser();
  const qc = useQueryClient();
  const query = useQuery(selectionQuery(callId));
  const [confirming, setConfirming] = useState(false);
  const [declining, setDeclining] = useState<AwardsRow | null>(null);
  const [busy, setBusy] = useState(false);
  const manager = user.role === 'admin' || user.role === 'staff';
  const refresh = () => qc.invalidateQueries({ queryKey: ['awards', 'selection', callId] });
  const act = async (fn: () => Promise<unknown>, done: (r: unknown) => string) => {
    setBusy(true);
    try {
      const r = await fn();
      notifySuccess(done(r));
      await refresh();
    } catch (err) {
      showError(err, t('feedback.error'));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  const freeze = () => act(() => unwrap(api.POST('/api/awards/calls/{id}/decision', { params: { path: { id: callId } } })), () => t('awards:selection.frozenDone'));
  const letters = () => act(() => unwrap(api.POST('/api/awards/calls/{id}/letters', { params: { path: { id: callId } } })), (r) => t('awards:letters.done', { count: (r as { sent: number }).sent }));
  const fstp = (code: string) => download(`/api/awards/calls/${callId}/fstp-report`, `${code}-fstp-report.xlsx`).catch((err: unknown) => showError(err, t('feedback.error')));
  return (
    <>
      <Anchor component={Link} to="/funding/calls/$id" params={{ id: callId } as never} size="sm" mb="xs" display="inline-block">← {t('awards:selection.backToCall')}</Anchor>
      <QueryView query={query}>
        {(s) => (
          <Stack>
            <PageHeader
              title={t('awards:selection.title', { code: s.callCode })}
              description={s.decision ? t('awards:selection.frozenDescription') : t('awards:selection.previewDescription')}
              actions={
                <Group gap="xs">
                  {!s.decision && <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={() => void refresh()}>{t('awards:selection.recompute')}</Button>}
                  {!s.decision && manager && <Button leftSection={<IconLock size={16} />} disabled={s.pendingCount > 0} onClick={() => setConfirming(true)}>{t('awards:selection.freeze')}</Button>}
                  {s.decision && manager && <Button leftSection={<IconMail size={16} />} loading={busy} onClick={() => void letters()}>{t('awards:letters.send')}</Button>}
                  {s.decision && <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void fstp(s.callCode)}>{t('awards:selection.fstp')}</Button>}
                  {s.decision && <Button variant="subtle" component={Link} to="/calls/$code/results" params={{ code: s.callCode } as never} leftSection={<IconWorld size={16} />}>{t('awards:selection.publicPage')}</Button>}
                </Group>
              }
            />
            {s.pendingCount > 0 && <Alert color="yellow">{t('awards:selection.pending', { count: s.pendingCount })}</Alert>}
            {s.decision && (
              <Alert color={s.decision.intact ? 'teal' : 'red'} icon={<IconLock size={18} />} title={t('awards:selection.frozenTitle', { at: f.dateTime(s.decision.frozenAt), by: s.decision.frozenBy ?? t('awards:selection.system') })}>
                <Text size="sm">{s.decision.intact ? t('awards:selection.intact') : t('awards:selection.tampered')} <Code>{s.decision.recordHash}</Code></Text>
                <Text size="sm">{t('awards:letters.sentCount', { count: s.decision.lettersSent, total: s.rows.filter((r) => r.decision !== 'pending').length })}</Text>
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Card withBorder><Figures s={s} /><Text size="xs" c="dimmed" mt="sm">{t('awards:selection.rules', { cap: s.recipientCapCents === null ? '—' : f.money(s.recipientCapCents, s.currency), date: f.date(s.plannedGrantDate) })}{s.deMinimis ? ` ${t('awards:selection.deMinimisRule')}` : ''}</Text></Card>
              <Card withBorder><BudgetChart s={s} /></Card>
            </SimpleGrid>
            <SelectionTable s={s} {...(s.decision && manager ? { onDecline: setDeclining } : {})} />
            <DeclineModal row={declining} onClose={() => setDeclining(null)} onDone={refresh} />
            <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('awards:selection.confirmTitle')}>
              <Text size="sm" mb="md">{t('awards:selection.confirmText', { selected: s.rows.filter((r) => r.decision === 'selected').length, amount: f.money(s.fundedCents, s.currency), reserve: s.rows.filter((r) => r.decision === 'reserve').length })}</Text>
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setConfirming(false)}>{t('actions.cancel')}</Button>
                <Button color="red" loading={busy} onClick={() => void freeze()}>{t('awards:selection.freezeNow')}</Button>
              </Group>
            </Modal>
          </Stack>
        )}
      </QueryView>
    </>
  );
}
