/**
 * Fixtures for awards tests: a closed call whose applications already have final consensus reports
 * (until the evaluation module writes them), and a signed-in administrator.
 */
import { eq } from 'drizzle-orm';
import { consensusReport } from '../src/server/modules/evaluation/schema/core.js';
import { call } from '../src/server/modules/funding/schema.js';
import { makeClosedCall, type ClosedCall } from './evaluation.js';
import { makeProgramme, makeUser, TEST_PASSWORD } from './factories.js';
import type { TestEnv } from './harness.js';

export type Scores = { excellence: number; impact: number; implementation: number };

/** Final consensus reports (scores per criterion, with a comment per criterion) for the applications in order. */
export async function finalReports(env: TestEnv, closed: ClosedCall, scores: (Scores | null)[]): Promise<void> {
  for (const [i, s] of scores.entries()) {
    if (!s) continue;
    const app = closed.applications[i]!;
    await env
      .ctx()
      .db.insert(consensusReport)
      .values({ callId: closed.callId, applicationId: app.id, scores: s, comments: { excellence: `Excellence comment ${i}`, impact: `Impact comment ${i}`, implementation: `Implementation comment ${i}` }, status: 'final', finalisedAt: env.clock.now() });
  }
}

/** Scores giving a strict order: the first application best; `null` leaves one without a report. */
export function descending(n: number, below: number[] = []): Scores[] {
  return Array.from({ length: n }, (_, i) => (below.includes(i) ? { excellence: 2, impact: 2, implementation: 2 } : { excellence: 5, impact: 5 - i * 0.5, implementation: 4 }));
}

/**
 * A closed call of a fresh programme (`programme` overrides its fields, e.g. envelopes, cap, de
 * minimis) with `applications` applications from León (ES413) leads and Porto partners, 20,000 +
 * 20,000 EUR each, and a call budget of `budgetCents`.
 */
export async function makeDecidableCall(env: TestEnv, opts: { applications: number; budgetCents: number; programme?: Parameters<typeof makeProgramme>[1] }): Promise<ClosedCall> {
  const programme = await makeProgramme(env.ctx(), opts.programme ?? {});
  const closed = await makeClosedCall(env, { applications: opts.applications, programmeId: programme.id });
  await env.ctx().db.update(call).set({ budgetCents: opts.budgetCents }).where(eq(call.id, closed.callId));
  return closed;
}

export async function signedIn(env: TestEnv, role: 'admin' | 'staff' | 'finance' | 'member' | 'evaluator' | 'applicant', opts: { officeIds?: string[]; locale?: 'es' | 'en' } = {}) {
  const user = await makeUser(env.ctx(), { role, ...opts });
  return { user, agent: await env.agent().signIn(user.email, TEST_PASSWORD) };
}
