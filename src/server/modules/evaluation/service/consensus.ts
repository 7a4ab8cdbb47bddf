/**
 * Consensus reports. Staff who manage the call designate a rapporteur among the application's
 * cleared evaluators (or write the report themselves). Once every assigned, conflict-free
 * evaluator has submitted, the individual scores are shown side by side with their spread and a
 * proposal (the median), and the report records agreed (or majority) scores, comments and any
 * minority view. Finalising locks it (`consensus_report.status = final`) and feeds the ranking.
 */
import type { ConsensusInput, ConsensusView } from '../../../../shared/contracts/evaluation-scoring.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, forbidden, invalid, notFound } from '../../../platform/http/errors.js';
import * as repo from '../repository/scoring.js';
import type { ConsensusRow } from '../repository/scoring.js';
import { clearedAssignment } from './clearance.js';
import { panelView, type Panel } from './consensus-panel.js';
import { completenessIssues, head, hints, iso, loadTarget, managesCall, seesCall, unknownCriteria, type Comments, type Scores, type Target } from './forms-common.js';

/** Consensus comments go to the applicant: each criterion needs one (no minimum beyond that). */
const MIN_CONSENSUS_COMMENT = 1;

type Standing = { canManage: boolean; canWrite: boolean; staff: boolean };

/** How the actor stands towards the report: staff of the call, or the designated rapporteur (else 404/403). */
async function standing(ctx: Ctx, target: Target, report: ConsensusRow | undefined): Promise<Standing> {
  if (ctx.actor.kind === 'user' && ctx.actor.role === 'evaluator') {
    const assignment = await clearedAssignment(ctx, target.applicationId);
    if (!report || report.rapporteurId !== assignment.evaluatorId) throw notFound('application', target.applicationId);
    return { canManage: false, canWrite: report.status === 'draft', staff: false };
  }
  if (!seesCall(ctx.actor, target.officeId)) throw forbidden();
  const manages = managesCall(ctx.actor, target.officeId);
  return { canManage: manages, canWrite: manages && report?.status !== 'final', staff: true };
}

function presentReport(r: ConsensusRow | undefined): ConsensusView['report'] {
  if (!r) return null;
  return { id: r.id, rapporteurId: r.rapporteurId, status: r.status, scores: r.scores as Scores, comments: r.comments as Comments, minorityView: r.minorityView, finalisedAt: iso(r.finalisedAt) };
}

async function load(ctx: Ctx, applicationId: string) {
  const target = await loadTarget(ctx, applicationId);
  const report = await repo.findConsensus(ctx.db, applicationId);
  const who = await standing(ctx, target, report);
  const panel = panelView(target, await repo.panelOf(ctx.db, applicationId), who.staff);
  return { target, report, who, panel };
}

function view(target: Target, report: ConsensusRow | undefined, who: Standing, panel: Panel): ConsensusView {
  return {
    ...head(target),
    criteria: target.ranking.criteria,
    totalThreshold: target.ranking.totalThreshold,
    individuals: panel.individuals,
    ready: panel.ready,
    spreads: panel.spreads,
    report: presentReport(report),
    hints: hints(target.ranking, (report?.scores ?? {}) as Scores),
    canWrite: who.canWrite,
    canManage: who.canManage,
  };
}

export async function getConsensus(ctx: Ctx, applicationId: string): Promise<ConsensusView> {
  const { target, report, who, panel } = await load(ctx, applicationId);
  return view(target, report, who, panel);
}

/** Staff designate the rapporteur (one of the application's cleared evaluators), or none (staff write it). */
export async function designateRapporteur(ctx: Ctx, applicationId: string, evaluatorId: string | null): Promise<ConsensusView> {
  const { target, report, who, panel } = await load(ctx, applicationId);
  if (!who.canManage) throw new AppError('evaluation.call_not_yours', {});
  if (report?.status === 'final') throw new AppError('evaluation.consensus_final', {});
  if (evaluatorId && !panel.individuals.some((i) => i.evaluatorId === evaluatorId && i.coiStatus === 'no_conflict')) {
    throw invalid([{ path: 'evaluatorId', code: 'scoring:issues.not_in_panel' }]);
  }
  const saved = await inTransaction(ctx, async (tx) => {
    const row = report
      ? await repo.updateConsensus(tx.db, report.id, { rapporteurId: evaluatorId, updatedAt: ctx.clock.now() })
      : await repo.insertConsensus(tx.db, { callId: target.callId, applicationId, rapporteurId: evaluatorId });
    await audit(tx, { action: 'evaluation.rapporteur_designated', entityType: 'consensus_report', entityId: row.id, summary: { applicationId, evaluatorId, previous: report?.rapporteurId ?? null } });
    return row;
  });
  return view(target, saved, who, panel);
}

async function writable(ctx: Ctx, applicationId: string, input: ConsensusInput) {
  const loaded = await load(ctx, applicationId);
  if (loaded.report?.status === 'final') throw new AppError('evaluation.consensus_final', {});
  if (!loaded.who.canWrite) throw new AppError('evaluation.call_not_yours', {});
  if (!loaded.panel.ready) throw new AppError('evaluation.forms_outstanding', { missing: loaded.panel.outstanding });
  const issues = unknownCriteria(loaded.target.ranking, input);
  if (issues.length > 0) throw invalid(issues);
  return loaded;
}

async function write(tx: Ctx, target: Target, report: ConsensusRow | undefined, input: ConsensusInput): Promise<ConsensusRow> {
  const values = { scores: input.scores, comments: input.comments, minorityView: input.minorityView, updatedAt: tx.clock.now() };
  const row = report ? await repo.updateConsensus(tx.db, report.id, values) : await repo.insertConsensus(tx.db, { ...values, callId: target.callId, applicationId: target.applicationId });
  await audit(tx, { action: 'evaluation.consensus_saved', entityType: 'consensus_report', entityId: row.id, summary: { applicationId: target.applicationId, scores: input.scores } });
  return row;
}

/** Saves the draft report (only once every form is in). */
export async function saveConsensus(ctx: Ctx, applicationId: string, input: ConsensusInput): Promise<ConsensusView> {
  const { target, report, who, panel } = await writable(ctx, applicationId, input);
  const saved = await inTransaction(ctx, (tx) => write(tx, target, report, input));
  return view(target, saved, who, panel);
}

/** Saves and finalises the report: every criterion scored and commented; then locked. */
export async function finaliseConsensus(ctx: Ctx, applicationId: string, input: ConsensusInput): Promise<ConsensusView> {
  const { target, report, who, panel } = await writable(ctx, applicationId, input);
  const issues = completenessIssues(target.ranking, input, MIN_CONSENSUS_COMMENT);
  if (issues.length > 0) throw invalid(issues);
  const actorId = ctx.actor.kind === 'user' ? ctx.actor.id : null;
  const saved = await inTransaction(ctx, async (tx) => {
    const draft = await write(tx, target, report, input);
    const row = await repo.updateConsensus(tx.db, draft.id, { status: 'final', finalisedAt: ctx.clock.now(), finalisedBy: actorId, updatedAt: ctx.clock.now() });
    await audit(tx, { action: 'evaluation.consensus_finalised', entityType: 'consensus_report', entityId: row.id, summary: { applicationId, scores: input.scores, minorityView: input.minorityView !== null } });
    return row;
  });
  return view(target, saved, { ...who, canWrite: false }, panel);
}
