/**
 * The demo's decided calls end to end: experts, conflicts, assignment, forms and consensus; the
 * frozen selections (13 funded SMEs in the 2024 vouchers); agreements and payments; and the impact
 * of the funded measures, counted per award.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { systemActor } from '../platform/actor.js';
import { demoSteps } from './steps.js';
import { call } from '../modules/funding/index.js';
import { evaluationAssignment, evaluator } from '../modules/evaluation/schema/core.js';
import { rankingView } from '../modules/evaluation/service/ranking-view.js';
import { award, getSelection, grantAgreement } from '../modules/awards/index.js';
import { payment } from '../modules/payments/index.js';
import { impactMeasure } from '../modules/impact/index.js';
import { findOperation } from '../operations/registry.js';
import '../operations/all.js';

let env: TestEnv;
const quiet = { out: () => undefined, err: () => undefined };

beforeAll(async () => {
  env = await createTestEnv();
  const state = { offices: {}, users: {} };
  for (const step of demoSteps) await step.seed(env.ctx(), state, quiet);
}, 600_000);
afterAll(() => env.close());

async function selection(code: string) {
  const [c] = await env.ctx().db.select({ id: call.id }).from(call).where(eq(call.code, code));
  return getSelection(env.ctx(), c!.id);
}

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

  it('funds 13 SMEs in the 2024 vouchers, with two on the reserve list, and both MINE.THE.GAP consortia', async () => {
    const bi24 = await selection('BI24');
    expect(bi24.decision?.intact).toBe(true);
    const funded = bi24.rows.filter((r) => r.decision === 'selected');
    expect(funded).toHaveLength(13);
    expect(new Set(funded.flatMap((r) => r.partners.filter((p) => p.amountCents > 0).map((p) => p.organisationId))).size).toBe(13);
    expect(bi24.rows.filter((r) => r.decision === 'reserve').map((r) => [r.acronym, r.reservePosition])).toEqual([['CIZALLA-EE', 1], ['HORMIGON-TWIN', 2]]);
    expect(bi24.fundedCents).toBe(20_600_000);
    expect((await selection('MTG-OC2')).rows.filter((r) => r.decision === 'selected').map((r) => r.acronym).sort()).toEqual(['SLATE-EYE', 'TAILINGS-TWIN']);
  });

  it('signs the agreements, terminates one, and keeps every programme ledger to the cent, with some tranches paid', async () => {
    const agreements = await env.ctx().db.select().from(grantAgreement);
    expect(agreements).toHaveLength(15);
    expect(agreements.filter((a) => a.status === 'signed')).toHaveLength(14);
    const ended = agreements.find((a) => a.status === 'terminated');
    expect(ended).toMatchObject({ terminatedOn: '2025-02-14' });
    expect(ended?.terminationReason).toContain('renuncia');
    const states = (await env.ctx().db.select({ state: payment.state }).from(payment)).map((p) => p.state);
    expect(states).toContain('paid');
    expect(states).toContain('approved');
    expect(states).toContain('scheduled');
    const ofEnded = await env.ctx().db.select({ state: payment.state }).from(payment).innerJoin(award, eq(award.id, payment.awardId)).where(eq(award.applicationId, ended!.applicationId));
    expect(ofEnded.map((p) => p.state).sort()).toEqual(['cancelled', 'paid']);
    const verify = await findOperation('funding.verify')!.run(env.ctx(), {}, quiet);
    expect(verify).toBe(0);
  });

  it('links the funded measures of the impact demo to their 2024 vouchers', async () => {
    const linked = await env.ctx().db.select({ call: call.code }).from(impactMeasure).innerJoin(award, eq(award.id, impactMeasure.awardId)).innerJoin(call, eq(call.id, award.callId));
    expect(linked.length).toBeGreaterThanOrEqual(4);
    expect(new Set(linked.map((l) => l.call))).toEqual(new Set(['BI24']));
  });
});
