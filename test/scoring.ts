/**
 * Helpers for the scoring tests: assignments written directly (the pool's assignment comes later),
 * signed-in evaluators and complete score sheets.
 */
import { evaluationAssignment } from '../src/server/modules/evaluation/schema/core.js';
import { makeEvaluator } from './evaluation.js';
import { TEST_PASSWORD } from './factories.js';
import type { Agent, TestEnv } from './harness.js';

export const CRITERIA = ['excellence', 'impact', 'implementation'] as const;
export const LONG = 'La propuesta describe con detalle el gemelo digital, los sensores y el modelo de desgaste; el plan de trabajo es realista y el consorcio complementa capacidades de adopción y de provisión tecnológica en dos países. '.repeat(2);

export async function assign(env: TestEnv, callId: string, applicationId: string, evaluatorId: string, coiStatus: 'pending' | 'no_conflict' | 'conflict' = 'no_conflict') {
  const [row] = await env.ctx().db.insert(evaluationAssignment).values({ callId, applicationId, evaluatorId, origin: 'manual', coiStatus }).returning();
  return row!;
}

/** An evaluator in the pool, signed in. */
export async function signedInEvaluator(env: TestEnv): Promise<{ agent: Agent; evaluatorId: string; userId: string; email: string }> {
  const e = await makeEvaluator(env);
  const agent = await env.agent().signIn(e.user.email, TEST_PASSWORD);
  return { agent, evaluatorId: e.evaluator.id, userId: e.user.id, email: e.user.email };
}

/** A complete sheet: the given scores (Excellence, Impact, Implementation) with long comments. */
export function sheet(scores: readonly [number, number, number]) {
  return {
    scores: Object.fromEntries(CRITERIA.map((c, i) => [c, scores[i]!])),
    comments: Object.fromEntries(CRITERIA.map((c) => [c, LONG])),
  };
}
