/**
 * A selected applicant declines: its awards are cancelled (their commitments released) and the first
 * application of the reserve list that now fits the budget, the envelopes, the caps and de minimis
 * is promoted, with new awards and commitments. The frozen record stays as it was; both steps are
 * recorded in `award_change` and audited.
 */
import { selectProposals, type PriorAid, type SelectionCandidate } from '../../../../engines/selection/index.js';
import { actorId } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, forbidden, notFound } from '../../../platform/http/errors.js';
import { recordAward, releaseAward } from '../../funding/index.js';
import { can } from '../policy.js';
import * as repo from '../repository.js';
import { nutsByOrganisation, type SelectionRecord } from './record.js';

/** The reserve applications not promoted yet, refitted against what is committed now; the first funded one. */
async function firstFittingReserve(tx: Ctx, record: SelectionRecord, decision: repo.DecisionRow, promoted: Set<string>): Promise<string | undefined> {
  const active = await repo.activeProgrammeAwards(tx.db, record.call.programmeId);
  const nuts = nutsByOrganisation(await repo.sitesOf(tx.db, [...new Set(active.map((a) => a.organisationId))]));
  const prior: Record<string, number> = {};
  for (const c of await repo.commitmentsInProgramme(tx.db, record.call.programmeId)) prior[c.organisationId] = (prior[c.organisationId] ?? 0) + c.amountCents;
  const byId = new Map(record.input.candidates.map((c) => [c.proposalId, c]));
  const candidates = record.result.reserve.filter((r) => !promoted.has(r.proposalId)).map((r): SelectionCandidate => byId.get(r.proposalId)!);
  const dm = record.input.deMinimis;
  const undertaking = new Map(record.input.candidates.flatMap((c) => c.partners.map((p) => [p.recipientId, p.singleUndertakingId ?? p.recipientId] as const)));
  const ownAid: PriorAid[] = active.filter((a) => a.decisionId === decision.id).map((a) => ({ singleUndertakingId: undertaking.get(a.organisationId) ?? a.organisationId, grantDate: record.plannedGrantDate, amountCents: a.amountCents }));
  const result = selectProposals({
    candidates,
    budgetCents: Math.max(0, record.result.budgetCents - active.filter((a) => a.callId === record.call.id).reduce((s, a) => s + a.amountCents, 0)),
    envelopes: record.envelopes.map((e) => ({ nutsPrefix: e.nutsPrefix, budgetCents: Math.max(0, e.budgetCents - active.filter((a) => nuts.get(a.organisationId)?.startsWith(e.nutsPrefix)).reduce((s, a) => s + a.amountCents, 0)) })),
    ...(record.input.recipientCapCents === undefined ? {} : { recipientCapCents: record.input.recipientCapCents }),
    priorProgrammeCents: prior,
    ...(dm ? { deMinimis: { ...dm, priorAid: [...dm.priorAid, ...ownAid] } } : {}),
  });
  return result.funded[0]?.proposalId;
}

/** Cancels the awards of a selected application that declined and promotes the first fitting reserve. */
export async function declineAward(ctx: Ctx, applicationId: string, input: { reason: string }): Promise<{ promoted: string | null }> {
  const app = await repo.findApplication(ctx.db, applicationId);
  const call = app ? await repo.findCall(ctx.db, app.callId) : undefined;
  const programme = call ? await repo.findProgramme(ctx.db, call.programmeId) : undefined;
  if (!app || !call || !programme) throw notFound('application', applicationId);
  if (!can(ctx.actor, 'decide', programme)) throw forbidden('decline_award');
  return inTransaction(ctx, async (tx) => {
    await repo.lockCall(tx.db, call.id);
    const decision = await repo.decisionOfCall(tx.db, call.id);
    if (!decision) throw new AppError('awards.not_frozen', {});
    const awards = await repo.activeAwardsOfApplication(tx.db, applicationId);
    if (awards.length === 0) throw new AppError('awards.no_active_award', {});
    const at = tx.clock.now();
    await repo.cancelAwards(tx.db, applicationId);
    for (const a of awards) await releaseAward(tx, { programmeId: a.programmeId, organisationId: a.organisationId, applicationId });
    await repo.insertChange(tx.db, { decisionId: decision.id, applicationId, kind: 'declined', reason: input.reason, at, by: actorId(tx.actor) });
    await audit(tx, { action: 'awards.award_declined', entityType: 'application', entityId: applicationId, summary: { decisionId: decision.id, amountCents: awards.reduce((s, a) => s + a.amountCents, 0), reason: input.reason } });
    const record = decision.record as SelectionRecord;
    const promoted = new Set((await repo.changesOf(tx.db, decision.id)).filter((c) => c.kind === 'promoted').map((c) => c.applicationId));
    const next = await firstFittingReserve(tx, record, decision, promoted);
    if (!next) return { promoted: null };
    const partners = record.input.candidates.find((c) => c.proposalId === next)!.partners.filter((p) => p.amountCents > 0);
    for (const p of partners) {
      await repo.insertAward(tx.db, { decisionId: decision.id, programmeId: programme.id, callId: call.id, applicationId: next, organisationId: p.recipientId, amountCents: p.amountCents });
      await recordAward(tx, { programmeId: programme.id, organisationId: p.recipientId, applicationId: next, amountCents: p.amountCents, note: `${call.code} reserve promoted` });
    }
    await repo.insertChange(tx.db, { decisionId: decision.id, applicationId: next, kind: 'promoted', replacesApplicationId: applicationId, at, by: actorId(tx.actor) });
    await audit(tx, { action: 'awards.reserve_promoted', entityType: 'application', entityId: next, summary: { decisionId: decision.id, replaces: applicationId, amountCents: partners.reduce((s, p) => s + p.amountCents, 0) } });
    return { promoted: next };
  });
}
