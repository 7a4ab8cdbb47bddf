/**
 * Selection of a call: the preview (recomputed on demand, nothing stored) and the freeze, which
 * writes the decision record (hashed), the outcome of every application, the awards and their
 * commitments against the programme's cap, in one transaction.
 */
import type { AwardsSelection } from '../../../../shared/contracts/awards.js';
import type { CallRankingDoc } from '../../../../shared/contracts/funding.js';
import { actorId } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit/audit.js';
import { toPlainJson } from '../../../platform/audit/canonical.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, forbidden, notFound } from '../../../platform/http/errors.js';
import { recordAward } from '../../funding/index.js';
import { can, type AwardsAction } from '../policy.js';
import * as repo from '../repository.js';
import { recordHash } from './hash.js';
import { presentRows, presentSelection } from './present.js';
import { buildRecord, type SelectionRecord } from './record.js';

async function loadCall(ctx: Ctx, callId: string, action: AwardsAction) {
  const c = await repo.findCall(ctx.db, callId);
  const programme = c ? await repo.findProgramme(ctx.db, c.programmeId) : undefined;
  if (!c || !programme) throw notFound('call', callId);
  if (!can(ctx.actor, action, programme)) throw forbidden(action);
  return { call: c, programme };
}

function criteriaOf(call: repo.CallRow): AwardsSelection['criteria'] {
  return ((call.ranking as CallRankingDoc | null)?.criteria ?? []).map((c) => ({ id: c.id, labelEs: c.labelEs, labelEn: c.labelEn }));
}

async function decisionInfo(ctx: Ctx, d: repo.DecisionRow): Promise<NonNullable<AwardsSelection['decision']>> {
  const letters = await repo.lettersOf(ctx.db, d.id);
  const [who] = d.frozenBy ? await repo.usersByIds(ctx.db, [d.frozenBy]) : [];
  return { id: d.id, frozenAt: d.frozenAt.toISOString(), frozenBy: who?.name ?? null, recordHash: d.recordHash, intact: recordHash(d.record) === d.recordHash, lettersSent: new Set(letters.map((l) => l.applicationId)).size };
}

/** The frozen decision of a call if there is one, else the preview. */
export async function getSelection(ctx: Ctx, callId: string): Promise<AwardsSelection> {
  const { call, programme } = await loadCall(ctx, callId, 'view_selection');
  const frozen = await repo.decisionOfCall(ctx.db, callId);
  const record = frozen ? (frozen.record as SelectionRecord) : await buildRecord(ctx, callId);
  const changes = new Map(frozen ? (await repo.changesOf(ctx.db, frozen.id)).map((c) => [c.applicationId, c.kind] as const) : []);
  return presentSelection(record, { callStatus: call.status, deMinimis: programme.deMinimis, decision: frozen ? await decisionInfo(ctx, frozen) : null, criteria: criteriaOf(call), changes });
}

/** The preview only (what the freeze would store now). */
export async function previewSelection(ctx: Ctx, callId: string): Promise<AwardsSelection> {
  const { call, programme } = await loadCall(ctx, callId, 'view_selection');
  return presentSelection(await buildRecord(ctx, callId), { callStatus: call.status, deMinimis: programme.deMinimis, decision: null, criteria: criteriaOf(call) });
}

async function writeDecision(tx: Ctx, record: SelectionRecord, programmeId: string): Promise<repo.DecisionRow> {
  const hash = recordHash(record);
  const decision = await repo.insertDecision(tx.db, { callId: record.call.id, record, recordHash: hash, frozenAt: new Date(record.frozenAt!), frozenBy: record.frozenBy ?? null });
  const rows = presentRows(record);
  await repo.insertOutcomes(
    tx.db,
    rows.filter((r) => r.decision !== 'pending').map((r) => ({ decisionId: decision.id, applicationId: r.applicationId, outcome: r.decision as 'selected' | 'reserve' | 'rejected', rank: r.rank, reservePosition: r.reservePosition, reasons: r.reasons })),
  );
  for (const f of record.result.funded) {
    for (const p of f.partners.filter((x) => x.amountCents > 0)) {
      await repo.insertAward(tx.db, { decisionId: decision.id, programmeId, callId: record.call.id, applicationId: f.proposalId, organisationId: p.recipientId, amountCents: p.amountCents });
      await recordAward(tx, { programmeId, organisationId: p.recipientId, applicationId: f.proposalId, amountCents: p.amountCents, note: `${record.call.code} decision` });
    }
  }
  await audit(tx, {
    action: 'awards.decision_frozen',
    entityType: 'call',
    entityId: record.call.id,
    summary: { decisionId: decision.id, recordHash: hash, selected: record.result.funded.length, reserve: record.result.reserve.length, rejected: record.result.rejectedBelowThreshold.length, fundedCents: record.result.fundedCents },
  });
  return decision;
}

/**
 * Freezes the decision of a closed call: refused when already frozen or while some application has
 * no final consensus report. Everything is written in one transaction, by the server clock.
 */
export async function freezeDecision(ctx: Ctx, callId: string): Promise<AwardsSelection> {
  const { programme } = await loadCall(ctx, callId, 'decide');
  await inTransaction(ctx, async (tx) => {
    await repo.lockCall(tx.db, callId);
    const existing = await repo.decisionOfCall(tx.db, callId);
    if (existing) throw new AppError('awards.already_frozen', { frozenAt: existing.frozenAt.toISOString() });
    const built = await buildRecord(tx, callId);
    if (built.pending.length > 0) throw new AppError('awards.evaluation_pending', { count: built.pending.length });
    if (built.result.trace.length === 0) throw new AppError('awards.nothing_ranked', {});
    const record = toPlainJson({ ...built, frozenAt: tx.clock.now().toISOString(), frozenBy: actorId(tx.actor) }) as SelectionRecord;
    await writeDecision(tx, record, programme.id);
  });
  return getSelection(ctx, callId);
}
