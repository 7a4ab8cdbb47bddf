import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { makeClosedCall, makeEvaluator } from '../../../../test/evaluation.js';
import { callRanking } from './service/ranking.js';
import { consensusReport } from './schema/core.js';
let env: TestEnv;
beforeAll(async () => { env = await createTestEnv(); });
afterAll(() => env.close());
it('ranks the final consensus reports by weighted total (Impact x1.5)', async () => {
  const c = await makeClosedCall(env, { applications: 3 });
  await makeEvaluator(env);
  for (const [i, a] of c.applications.entries()) await env.ctx().db.insert(consensusReport).values({ callId: c.callId, applicationId: a.id, scores: { excellence: 4, impact: 3 + i * 0.5, implementation: 4 }, status: 'final' });
  const r = await callRanking(env.ctx(), c.callId);
  expect(r.result.ranked.map((x) => x.id)).toEqual([c.applications[2]!.id, c.applications[1]!.id, c.applications[0]!.id]);
});
