/** The funding demo loads through the real services and shows what the issue asks for. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { demoSteps } from '../../demo/steps.js';
import { listApplications } from './service/staff.js';
import * as calls from './repository/calls.js';
import { verifySubmissions } from './service/verify.js';

let env: TestEnv;

beforeAll(async () => {
  env = await createTestEnv();
  const state = { offices: {}, users: {} };
  for (const step of demoSteps) await step.seed(env.ctx(), state, { out: () => undefined, err: () => undefined });
}, 120_000);
afterAll(() => env.close());

describe('funding demo', () => {
  it('MINE.THE.GAP #2 is closed with eligible and ineligible applications and staff decisions', async () => {
    const call = (await calls.findCallByCode(env.platform.database.db, 'MTG-OC2'))!;
    expect(call).toMatchObject({ status: 'closed', deadlineLocal: '2022-03-14T17:00', deadlineZone: 'Europe/Brussels' });
    const rows = await listApplications(env.ctx(), call.id, {});
    const summary = rows.map((r) => `${r.acronym} ${r.status} v${r.currentVersion} ${r.eligible ? 'eligible' : r.failures.join('+')}`);
    expect(summary).toEqual([
      'SLATE-EYE submitted v2 eligible',
      'TAILINGS-TWIN submitted v1 eligible',
      'GRANITE-AI ineligible v1 eligibility.min_countries+eligibility.programme_cap',
      'DUST-SENSE ineligible v1 eligibility.country+eligibility.min_countries+eligibility.sme',
      'KAOLIN-LOOP withdrawn v1 eligible',
      'QUARRY-DRONE draft v0 eligibility.min_countries+eligibility.min_partners+eligibility.role',
    ]);
  });

  it('the current voucher call is open, with eligible and ineligible applications, and every file intact', async () => {
    const open = (await calls.listCallsByStatus(env.platform.database.db, ['published']))[0]!;
    expect(open.deadlineAt!.getTime()).toBeGreaterThan(env.clock.now().getTime());
    const rows = await listApplications(env.ctx(), open.id, {});
    expect(rows.map((r) => [r.acronym, r.status, r.eligible])).toEqual([
      ['TWIN-VALDEORRAS', 'submitted', true],
      ['VARIADORES-ATM', 'submitted', false],
      ['CAL-EFICIENTE', 'submitted', true],
      ['YESO-TWIN', 'draft', false],
      ['MARMOL-DT', 'draft', true],
    ]);
    expect((await verifySubmissions(env.ctx())).problems).toEqual([]);
  });

  it('the 2024 voucher call is closed with 18 submitted, eligible applications', async () => {
    const call = (await calls.findCallByCode(env.platform.database.db, 'BI24'))!;
    expect(call).toMatchObject({ status: 'closed', deadlineLocal: '2024-03-15T14:00', budgetCents: 21_000_000 });
    const rows = await listApplications(env.ctx(), call.id, {});
    expect(rows.map((r) => `${r.acronym} ${r.status} ${r.eligible ? 'eligible' : r.failures.join('+')}`).filter((x) => !x.endsWith('submitted eligible'))).toEqual([]);
    expect(rows).toHaveLength(18);
  });
});
