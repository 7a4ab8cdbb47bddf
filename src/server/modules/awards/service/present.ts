/** The selection record as the staff see it: one row per application, with the engine's reasons. */
import type { Reason } from '../../../../engines/selection/index.js';
import type { AwardsReason, AwardsRow, AwardsSelection } from '../../../../shared/contracts/awards.js';
import type { RecordApplication, SelectionRecord } from './record.js';

/** Engine reason -> API reason: code without the `selection.` prefix, organisation ids named. */
function reason(r: Reason, app: RecordApplication | undefined): AwardsReason {
  const params: Record<string, string | number> = { ...r.params };
  const name = (id: unknown) => app?.partners.find((p) => p.organisationId === id || p.singleUndertakingId === id)?.legalName;
  if (r.params.recipientId !== undefined) params.recipient = name(r.params.recipientId) ?? String(r.params.recipientId);
  if (r.params.singleUndertakingId !== undefined) params.recipient = name(r.params.singleUndertakingId) ?? String(r.params.singleUndertakingId);
  return { code: r.code.replace(/^selection\./, ''), params };
}

function belowThresholdReasons(record: SelectionRecord, id: string): AwardsReason[] {
  const b = record.ranking.belowThreshold.find((x) => x.id === id);
  return (b?.failures ?? []).map((f): AwardsReason =>
    f.kind === 'criterion' ? { code: 'criterion_below', params: { criterion: f.criterion, score: f.score, threshold: f.threshold } } : { code: 'total_below', params: { total: f.total, threshold: f.threshold } },
  );
}

export function presentRows(record: SelectionRecord, changes: ReadonlyMap<string, 'declined' | 'promoted'> = new Map()): AwardsRow[] {
  const apps = new Map(record.applications.map((a) => [a.id, a]));
  const ranked = new Map(record.ranking.ranked.map((r) => [r.id, r]));
  const below = new Map(record.ranking.belowThreshold.map((b) => [b.id, b]));
  const funded = new Set(record.result.funded.map((f) => f.proposalId));
  const reserve = new Map(record.result.reserve.map((r) => [r.proposalId, r]));
  const rows: AwardsRow[] = record.result.trace.map((t) => {
    const app = apps.get(t.proposalId);
    const scored = ranked.get(t.proposalId) ?? below.get(t.proposalId);
    const isFunded = funded.has(t.proposalId);
    const engineReasons = t.decision === 'rejected' ? belowThresholdReasons(record, t.proposalId) : t.reasons.map((r) => reason(r, app));
    return {
      applicationId: t.proposalId,
      reference: app?.reference ?? '',
      acronym: app?.acronym ?? null,
      title: app?.title ?? null,
      decision: isFunded ? 'selected' : t.decision === 'reserve' ? 'reserve' : 'rejected',
      rank: ranked.get(t.proposalId)?.rank ?? null,
      reservePosition: reserve.get(t.proposalId)?.reservePosition ?? null,
      total: scored?.total ?? null,
      weightedTotal: scored?.weightedTotal ?? null,
      amountCents: isFunded ? (app?.partners.reduce((s, p) => s + p.amountCents, 0) ?? 0) : 0,
      partners: (app?.partners ?? []).map((p) => ({ organisationId: p.organisationId, legalName: p.legalName, country: p.country, nuts: p.nuts, requestedCents: p.requestedCents, amountCents: p.amountCents })),
      reasons: engineReasons,
      change: changes.get(t.proposalId) ?? null,
    };
  });
  for (const id of record.pending) {
    const app = apps.get(id);
    rows.push({ applicationId: id, reference: app?.reference ?? '', acronym: app?.acronym ?? null, title: app?.title ?? null, decision: 'pending', rank: null, reservePosition: null, total: null, weightedTotal: null, amountCents: 0, partners: [], reasons: [{ code: 'pending', params: {} }], change: null });
  }
  return rows;
}

export function presentSelection(record: SelectionRecord, extra: { callStatus: string; deMinimis: boolean; decision: AwardsSelection['decision']; criteria: AwardsSelection['criteria']; changes?: ReadonlyMap<string, 'declined' | 'promoted'> }): AwardsSelection {
  return {
    callId: record.call.id,
    callCode: record.call.code,
    callStatus: extra.callStatus,
    currency: record.call.currency,
    budgetCents: record.result.budgetCents,
    fundedCents: record.result.fundedCents,
    recipientCapCents: record.input.recipientCapCents ?? null,
    deMinimis: extra.deMinimis,
    plannedGrantDate: record.plannedGrantDate,
    envelopes: record.envelopes.map((e) => ({ ...e, usedCents: record.result.envelopes.find((u) => u.nutsPrefix === e.nutsPrefix)?.usedCents ?? 0 })),
    criteria: extra.criteria,
    rows: presentRows(record, extra.changes),
    pendingCount: record.pending.length,
    decision: extra.decision,
  };
}
