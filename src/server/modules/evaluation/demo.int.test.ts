/** The evaluation demo: experts, conflicts, assignment, forms and consensus of the closed calls. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { systemActor } from '../../platform/actor.js';
import { demoSteps } from '../../demo/steps.js';
import { call } from '../funding/index.js';
import { evaluationAssignment, evaluator } from './schema/core.js';
import { rankingView } from './service/ranking-view.js';

let env: TestEnv;
const quiet = { out: () => undefined, err: () => undefined };

beforeAll(async () => {
  env = await createTestEnv();
  const state = { offices: {}, users: {} };
  for (const step of demoSteps) {
    await step.seed(env.ctx(), state, quiet);
    if (step.name === 'evaluation') break;
  }
}, 300_000);
afterAll(() => env.close());

async function ranking(code: string) {
  const [c] = await env.ctx().db.select({ id: call.id }).from(call).where(eq(call.code, code));
  return rankingView({ ...env.ctx(), actor: systemActor('test') }, c!.id);
}

describe('evaluation demo', () => {
  it('has eight experts who accepted the terms, and one declared conflict', async () => {
    const experts = await env.ctx().db.select().from(evaluator);
    expect(experts).toHaveLength(8);
    expect(experts.every((e) => e.termsAcceptedAt)).toBe(true);
    const conflicts = await env.ctx().db.select().from(evaluationAssignment).where(eq(evaluationAssignment.coiStatus, 'conflict'));
    expect(conflicts).toHaveLength(1);
  });

  it('ranks the 2024 vouchers: 15 above the thresholds, a tie broken by Excellence, 3 below', async () => {
    const r = await ranking('BI24');
    expect(r.progress).toMatchObject({ applications: 18, consensusFinal: 18 });
    expect(r.progress.formsSubmitted).toBe(r.progress.formsExpected);
    const ranked = r.rows.filter((x) => x.outcome === 'ranked').sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
    expect(ranked.map((x) => x.acronym)).toEqual([
      'TWIN-PEÑAGRIS', 'SAND-TWIN', 'VFD-ECIJA', 'LABRADO-TWIN', 'KILN-HEAT', 'TELAR-TWIN', 'CALDERA-GREDOS', 'MOLINO-EFICIENTE',
      'HORNO-TEJA', 'SECADERO-CAOLIN', 'AIRE-RECICLA', 'GRAVERA-SOLAR', 'PERLITA-LED', 'CIZALLA-EE', 'HORMIGON-TWIN',
    ]);
    expect(ranked.find((x) => x.acronym === 'CALDERA-GREDOS')?.decidedBy).toBe('tie.excellence');
    expect(r.rows.filter((x) => x.outcome === 'below').map((x) => x.acronym).sort()).toEqual(['MAG-HORNO', 'PIEDRA-3D', 'VIVERO-EE']);
  });

  it('ranks both eligible MINE.THE.GAP applications', async () => {
    const r = await ranking('MTG-OC2');
    expect(r.rows.filter((x) => x.outcome === 'ranked').map((x) => x.acronym)).toEqual(['TAILINGS-TWIN', 'SLATE-EYE']);
  });
});
