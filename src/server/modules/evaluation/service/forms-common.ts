/**
 * What forms, consensus reports and the ranking share: the application with its call's award
 * criteria, who manages it, score checks against the criteria and the (advisory) threshold hints.
 */
import { checkThresholds } from '../../../../engines/ranking/index.js';
import type { CallRankingDoc } from '../../../../shared/contracts/funding.js';
import type { ScoringFailure } from '../../../../shared/contracts/evaluation-scoring.js';
import type { Actor } from '../../../platform/actor.js';
import type { Ctx } from '../../../platform/context.js';
import { AppError, notFound, type FieldIssue } from '../../../platform/http/errors.js';
import { canOnProgramme } from '../../funding/index.js';
import { findApplicationHead } from '../repository/scoring.js';

export type Scores = Record<string, number>;
export type Comments = Record<string, string>;

export interface Target {
  applicationId: string;
  callId: string;
  callCode: string;
  reference: string;
  acronym: string | null;
  title: string | null;
  officeId: string | null;
  ranking: CallRankingDoc;
}

/** A submitted application and its call's award criteria (404 if unknown or not submitted). */
export async function loadTarget(ctx: Ctx, applicationId: string): Promise<Target> {
  const row = await findApplicationHead(ctx.db, applicationId);
  if (!row || row.status !== 'submitted') throw notFound('application', applicationId);
  if (!row.ranking) throw new AppError('evaluation.no_ranking_config', {});
  const { status: _status, ranking, ...head } = row;
  return { ...head, ranking: ranking as CallRankingDoc };
}

export function head(t: Target) {
  return { applicationId: t.applicationId, callId: t.callId, callCode: t.callCode, reference: t.reference, acronym: t.acronym, title: t.title };
}

/** Staff who manage the call's programme (admins, staff of its office). */
export function managesCall(actor: Actor, officeId: string | null): boolean {
  return canOnProgramme(actor, 'manage', { officeId });
}

/** The cluster's people who see the call's evaluation (admin, staff, finance). */
export function seesCall(actor: Actor, officeId: string | null): boolean {
  return canOnProgramme(actor, 'view', { officeId });
}

/** Issues of scores and comments keyed by ids that are not criteria of the call. */
export function unknownCriteria(ranking: CallRankingDoc, input: { scores: Scores; comments: Comments }): FieldIssue[] {
  const ids = new Set(ranking.criteria.map((c) => c.id));
  const issues: FieldIssue[] = [];
  for (const field of ['scores', 'comments'] as const) {
    for (const key of Object.keys(input[field])) if (!ids.has(key)) issues.push({ path: `${field}.${key}`, code: 'scoring:issues.unknown_criterion' });
  }
  return issues;
}

/** Issues of a complete sheet: a score and a comment of at least `minComment` characters per criterion. */
export function completenessIssues(ranking: CallRankingDoc, input: { scores: Scores; comments: Comments }, minComment: number): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const c of ranking.criteria) {
    if (input.scores[c.id] === undefined) issues.push({ path: `scores.${c.id}`, code: 'scoring:issues.score_missing' });
    const length = (input.comments[c.id] ?? '').trim().length;
    if (length < minComment) issues.push({ path: `comments.${c.id}`, code: 'scoring:issues.comment_short', params: { minimum: minComment, length } });
  }
  return issues;
}

/** Threshold hints: the engine's unweighted check once every criterion is scored. */
export function hints(ranking: CallRankingDoc, scores: Scores) {
  const present = ranking.criteria.filter((c) => scores[c.id] !== undefined);
  const total = present.reduce((s, c) => s + (scores[c.id] ?? 0), 0);
  if (present.length < ranking.criteria.length) return { complete: false, total, passes: null, failures: [] as ScoringFailure[] };
  const config = { criteria: ranking.criteria.map((c) => ({ id: c.id, threshold: c.threshold, weight: c.weight })), totalThreshold: ranking.totalThreshold, tieOrder: [] };
  const check = checkThresholds({ id: 'sheet', scores, submittedAt: '2000-01-01T00:00:00Z' }, config);
  return { complete: true, total: check.total, passes: check.passed, failures: check.failures.map((f) => ({ ...f })) };
}

export const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);
