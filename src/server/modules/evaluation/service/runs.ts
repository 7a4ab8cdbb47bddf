/**
 * Assignment runs: staff ask for a proposal; a job computes it off the request with the engine (the
 * exact linear optimum, or with the fairness floor solved by HiGHS, both in a worker thread) and
 * stores it on the run, which the screen polls.
 */
import { z } from 'zod';
import { assignInWorker, solveInWorker, type AssignmentResult, type FairnessResult, type InfeasibilityReason } from '../../../../engines/assignment/index.js';
import type { ProposalDto, RunDto, RunOptions } from '../../../../shared/contracts/evaluation-pool.js';
import { systemActor } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { defineJob, enqueue } from '../../../platform/jobs/define.js';
import { notFound } from '../../../platform/http/errors.js';
import * as data from '../repository/call-data.js';
import * as decisions from '../repository/decisions.js';
import { loadCallData } from './call-data.js';
import { manageableCall, viewableCall } from './call-access.js';
import { buildProblem } from './problem.js';

const reasonsOut = (rs: readonly InfeasibilityReason[]): ProposalDto['reasons'] =>
  rs.map((r) => ({ code: r.code, message: r.message, applicationIds: r.applicationIds, evaluatorIds: r.evaluatorIds, required: r.required, available: Number.isFinite(r.available) ? r.available : null }));

const infeasible = (rs: readonly InfeasibilityReason[]): ProposalDto => ({ status: 'infeasible', totalAffinity: 0, pairs: [], loads: [], coverage: [], reasons: reasonsOut(rs), fairness: null });

export function fromAssignment(r: AssignmentResult): ProposalDto {
  if (r.status === 'infeasible') return infeasible(r.reasons);
  return { status: 'optimal', totalAffinity: r.totalAffinity, pairs: r.pairs, loads: r.loads, coverage: r.coverage, reasons: [], fairness: null };
}

export function fromFairness(r: FairnessResult): ProposalDto {
  const figures = { highestFloor: r.highestFloor?.floor ?? null, floor: r.atFloor?.floor ?? null, unconstrainedTotal: r.unconstrained?.totalAffinity ?? null, weakestTotal: r.atFloor?.minApplicationAffinity ?? null };
  if (r.status === 'infeasible' || !r.atFloor) return { ...infeasible(r.reasons), fairness: figures };
  const s = r.atFloor;
  return { status: s.status, totalAffinity: s.totalAffinity, pairs: s.pairs, loads: s.loads, coverage: s.coverage, reasons: [], fairness: figures };
}

/** Computes a run's proposal now (the job's work; the CLI calls it directly). */
export async function executeRun(ctx: Ctx, runId: string): Promise<void> {
  const run = await decisions.findRun(ctx.db, runId);
  if (!run || run.status === 'done') return;
  await decisions.updateRun(ctx.db, runId, { status: 'running', startedAt: ctx.clock.now(), error: null });
  try {
    const found = await data.findCall(ctx.db, run.callId);
    if (!found) throw new Error(`call ${run.callId} not found`);
    const options = run.options as RunOptions;
    const problem = buildProblem(await loadCallData(ctx, found.call), options);
    const result =
      options.fairness === 'none'
        ? fromAssignment(await assignInWorker(problem))
        : fromFairness(await solveInWorker({ problem, ...(options.fairness === 'floor' && options.floor !== null ? { floor: options.floor } : {}), highestFloor: true }));
    await decisions.updateRun(ctx.db, runId, { status: 'done', result, finishedAt: ctx.clock.now() });
  } catch (err) {
    await decisions.updateRun(ctx.db, runId, { status: 'failed', error: err instanceof Error ? err.message : String(err), finishedAt: ctx.clock.now() });
    throw err;
  }
}

export const assignmentRunJob = defineJob({
  id: 'evaluation.assignment_run',
  schema: z.object({ runId: z.uuid() }),
  maxAttempts: 1,
  async handler(ctx, { runId }) {
    await executeRun({ ...ctx, actor: systemActor('evaluation.assignment_run') }, runId);
  },
});

export function presentRun(r: decisions.RunRow): RunDto {
  const o = r.options as RunOptions;
  return {
    id: r.id,
    callId: r.callId,
    status: r.status,
    options: { k: o.k, distinctOrganisations: o.distinctOrganisations, languageMatch: o.languageMatch, fairness: o.fairness, floor: o.floor ?? null },
    result: (r.result as ProposalDto | null) ?? null,
    error: r.error,
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    confirmedAt: r.confirmedAt?.toISOString() ?? null,
  };
}

/** Records a run and queues its computation (`inline`: compute it now, for the CLI). */
export async function startRun(ctx: Ctx, callId: string, options: RunOptions, opts: { inline?: boolean } = {}): Promise<RunDto> {
  await manageableCall(ctx, callId);
  const run = await inTransaction(ctx, async (tx) => {
    const row = await decisions.insertRun(tx.db, { callId, options, createdBy: ctx.actor.kind === 'user' ? ctx.actor.id : null, createdAt: tx.clock.now() });
    if (!opts.inline) await enqueue(tx, assignmentRunJob, { runId: row.id });
    await audit(tx, { action: 'evaluation.assignment_run_started', entityType: 'call', entityId: callId, summary: { runId: row.id, options } });
    return row;
  });
  // A failure is recorded on the run (status failed, error), which is what the caller shows.
  if (opts.inline) await executeRun(ctx, run.id).catch(() => undefined);
  return getRun(ctx, run.id);
}

export async function getRun(ctx: Ctx, runId: string): Promise<RunDto> {
  const run = await decisions.findRun(ctx.db, runId);
  if (!run) throw notFound('run', runId);
  await viewableCall(ctx, run.callId);
  return presentRun(run);
}

export async function latestRunOf(ctx: Ctx, callId: string): Promise<RunDto | null> {
  await viewableCall(ctx, callId);
  const run = await decisions.latestRun(ctx.db, callId);
  return run ? presentRun(run) : null;
}
