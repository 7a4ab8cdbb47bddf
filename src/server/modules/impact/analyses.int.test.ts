/**
 * Savings analyses through HTTP on synthetic sites with known truth: the production-normalised
 * model, CalTRACK daily and billing; sufficiency, verification rules, CO2e with the factor in force,
 * and the dashboards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkToOrganisation, makeMeasure, makeMeter, makeOffice, insertOrganisationRow, makeSite, makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { makeAwardFor } from '../../../../test/evaluation.js';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { startOfLocalDay } from '../../../engines/mv/index.js';
import { loadBuildingElectricity, loadGasBills, loadPlant, loadTemperature, windowOf } from './demo-load.js';
import { CLIMATES } from './demo-series.js';

let env: TestEnv;
let staff: Agent;
let member: Agent;
let finance: Agent;
let stranger: Agent;
let orgId: string;
let siteId: string;
const ids: Record<string, string> = {};
const TZ = 'Europe/Madrid';
const cutFrom = (date: string) => startOfLocalDay(date, TZ);
let kilnSavingsKwh = 0;

beforeAll(async () => {
  env = await createTestEnv();
  env.clock.set(new Date('2025-12-01T10:00:00Z'));
  const ctx = env.ctx();
  const office = await makeOffice(ctx, 'murcia-a');
  const other = await makeOffice(ctx, 'madrid-a');
  const org = await insertOrganisationRow(ctx, { officeId: office.id, name: 'Yesos Prueba S.A.' });
  orgId = org.id;
  siteId = (await makeSite(ctx, org.id, { nutsCode: 'ES620', provinceCode: '30' })).id;
  const energy = await makeMeter(ctx, siteId, { code: 'gas', carrier: 'gas', unit: 'kWh', interval: 'daily' });
  const production = await makeMeter(ctx, siteId, { code: 'prod', carrier: 'production', unit: 't', interval: 'daily' });
  const elec = await makeMeter(ctx, siteId, { code: 'elec', carrier: 'electricity', unit: 'kWh', interval: 'hourly' });
  const temp = await makeMeter(ctx, siteId, { code: 'temp', carrier: 'temperature', unit: 'degC', interval: 'hourly' });
  const bills = await makeMeter(ctx, siteId, { code: 'bills', carrier: 'gas', unit: 'kWh', interval: 'monthly' });
  const noisyBills = await makeMeter(ctx, siteId, { code: 'bills-noisy', carrier: 'gas', unit: 'kWh', interval: 'monthly' });
  Object.assign(ids, { energy: energy.id, production: production.id, elec: elec.id, temp: temp.id, bills: bills.id, noisyBills: noisyBills.id });
  await loadPlant(ctx.db, '2023-09-01', 820, { seed: 5, tonnesPerDay: 80, baseDaily: 6_000, perTonne: 300, energyInterval: 'daily', savingsFrom: cutFrom('2024-10-15'), savings: 0.15 }, { energy: energy.id, production: production.id });
  const w = windowOf('2023-09-01', '2025-11-29');
  await loadTemperature(ctx.db, w, CLIMATES.madrid, temp.id);
  await loadBuildingElectricity(ctx.db, w, CLIMATES.madrid, elec.id, cutFrom('2024-10-01'), 0.1);
  await loadGasBills(ctx.db, '2023-09-01', 26, CLIMATES.madrid, bills.id, cutFrom('2024-10-01'), 0.18, 0);
  await loadGasBills(ctx.db, '2023-09-01', 26, CLIMATES.madrid, noisyBills.id, cutFrom('2024-10-01'), 0.18, 0.04);
  const users = await Promise.all([makeUser(ctx, { role: 'staff', officeIds: [office.id] }), makeUser(ctx, { role: 'member' }), makeUser(ctx, { role: 'finance' }), makeUser(ctx, { role: 'staff', officeIds: [other.id] })]);
  const [s, m, f, o] = await Promise.all(users.map((u) => env.agent().signIn(u.email, TEST_PASSWORD)));
  [staff, member, finance, stranger] = [s as Agent, m as Agent, f as Agent, o as Agent];
  const memberId = users[1].id;
  await linkToOrganisation(ctx, memberId, orgId);
  ids.award = (await makeAwardFor(env, orgId, 1_500_000)).award.id;
  ids.kiln = (await makeMeasure(ctx, orgId, siteId, { title: 'Recuperación de calor del horno', startDate: '2024-10-01', completedDate: '2024-10-15', awardId: ids.award, meterIds: [energy.id, production.id] })).id;
  ids.building = (await makeMeasure(ctx, orgId, siteId, { title: 'Enfriadora y caldera', category: 'energy_efficiency', startDate: '2024-09-20', completedDate: '2024-10-01' })).id;
}, 120_000);
afterAll(() => env.close());

type Analysis = {
  id: string;
  verifiable: boolean;
  status: string;
  savingsFraction: number;
  savingsKwh: number;
  co2eKg: number;
  result: {
    model: { modelType: string; valid: boolean; coefficients: { name: string; estimate: number }[]; heatingBalancePointC: number | null; coolingBalancePointC: number | null; fPValue: number | null; r2: number };
    ashrae: { pass: boolean };
    savings: { fsu: number; periodsUsed: number };
    findings: { code: string; severity: string }[];
    co2e: { byYear: { year: number; factorYear: number; co2eKg: number; savingsKwh: number }[] };
    reportingSeries: unknown[];
  };
};

async function analyse(agent: Agent, measure: string, body: Record<string, unknown>): Promise<Analysis> {
  const res = await agent.post(`/api/impact/measures/${measure}/analyses`, body);
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json<Analysis>();
}

describe('savings analyses', () => {
  let kiln: Analysis;

  it('production model: recovers 15 % savings and the kWh per tonne, with a valid F-test and G14 pass', async () => {
    kiln = await analyse(member, ids.kiln as string, { model: 'production', energyMeterId: ids.energy, productionMeterId: ids.production, baseline: { start: '2023-10-01', end: '2024-10-01' }, reporting: { start: '2024-10-15', end: '2025-10-15' } });
    expect(Math.abs(kiln.savingsFraction - 0.15)).toBeLessThan(0.01);
    const slope = kiln.result.model.coefficients.find((c) => c.name === 'production')?.estimate ?? 0;
    expect(Math.abs(slope / 300 - 1)).toBeLessThan(0.03);
    expect(kiln.result.model.fPValue).toBeLessThan(0.1);
    expect(kiln.result.model.valid).toBe(true);
    expect(kiln.result.ashrae.pass).toBe(true);
    expect(kiln.result.savings.periodsUsed).toBe(365);
    expect(kiln.verifiable).toBe(true);
    kilnSavingsKwh = kiln.savingsKwh;
    // gas kWh: the seeded IPCC-derived factor (0.182 kg/kWh, in force since 2006) for both years.
    expect(kiln.result.co2e.byYear.map((y) => [y.year, y.factorYear])).toEqual([[2024, 2006], [2025, 2006]]);
    expect(kiln.co2eKg).toBeCloseTo(kiln.savingsKwh * 0.182, 3);
  });

  it('members compute but do not verify; staff of another office cannot see; staff verify once', async () => {
    expect((await member.post(`/api/impact/analyses/${kiln.id}/verify`, {})).statusCode).toBe(403);
    expect((await stranger.get(`/api/impact/analyses/${kiln.id}`)).statusCode).toBe(404);
    const verified = await staff.post(`/api/impact/analyses/${kiln.id}/verify`, { note: 'Plan de M&V revisado.' });
    expect(verified.json<{ status: string; verifiedBy: string }>().status).toBe('verified');
    expect((await staff.post(`/api/impact/analyses/${kiln.id}/verify`, {})).json<{ code: string }>().code).toBe('impact.analysis_not_verifiable');
    expect((await staff.delete(`/api/impact/analyses/${kiln.id}`)).json<{ code: string }>().code).toBe('impact.analysis_verified');
    expect((await staff.delete(`/api/impact/measures/${ids.kiln}`)).json<{ code: string }>().code).toBe('impact.measure_has_verified_savings');
    const measure = await staff.get(`/api/impact/measures/${ids.kiln}`);
    expect(measure.json<{ verified: { analysisId: string } }>().verified.analysisId).toBe(kiln.id);
  });

  it('CalTRACK daily: finds the cooling and heating terms and 10 % savings on a building', async () => {
    const a = await analyse(staff, ids.building as string, { model: 'caltrack_daily', energyMeterId: ids.elec, temperatureMeterId: ids.temp, baseline: { start: '2023-09-20', end: '2024-09-20' }, reporting: { start: '2024-10-01', end: '2025-10-01' }, options: { degreeDayMethod: 'hourly' } });
    expect(a.result.model.modelType).toBe('hdd_cdd');
    expect(Math.abs(a.savingsFraction - 0.1)).toBeLessThan(0.01);
    expect(a.result.ashrae.pass).toBe(true);
    expect(a.result.model.coolingBalancePointC).toBeGreaterThan(a.result.model.heatingBalancePointC ?? 100);
    expect(a.result.reportingSeries).toHaveLength(365);
    // electricity: the 2020 factor stays in force (no later row in the seed).
    expect(a.result.co2e.byYear.every((y) => y.factorYear === 2020)).toBe(true);
  });

  it('CalTRACK billing: fits monthly gas bills and finds 18 % savings; with noisy bills, 18 % lies inside the reported 90 % band', async () => {
    const windows = { temperatureMeterId: ids.temp, baseline: { start: '2023-09-05', end: '2024-09-20' }, reporting: { start: '2024-10-01', end: '2025-11-06' } };
    const a = await analyse(staff, ids.building as string, { model: 'caltrack_billing', energyMeterId: ids.bills, ...windows });
    expect(a.result.model.modelType).toBe('hdd_only');
    expect(Math.abs(a.savingsFraction - 0.18)).toBeLessThan(0.005);
    expect(a.verifiable).toBe(true);
    const noisy = await analyse(staff, ids.building as string, { model: 'caltrack_billing', energyMeterId: ids.noisyBills, ...windows });
    const s = noisy.result.savings as unknown as { uncertainty: number; baselineProjected: number };
    expect(Math.abs(noisy.savingsFraction - 0.18)).toBeLessThanOrEqual(s.uncertainty / s.baselineProjected);
    expect(s.uncertainty / s.baselineProjected).toBeLessThan(0.06);
  });

  it('explains an insufficient baseline and refuses to verify it', async () => {
    const a = await analyse(staff, ids.kiln as string, { model: 'production', energyMeterId: ids.energy, productionMeterId: ids.production, baseline: { start: '2024-04-01', end: '2024-10-01' }, reporting: { start: '2024-10-15', end: '2025-10-15' } });
    expect(a.verifiable).toBe(false);
    expect(a.result.findings.map((f) => f.code)).toContain('mv.baseline_too_short');
    expect((await staff.post(`/api/impact/analyses/${a.id}/verify`, {})).statusCode).toBe(409);
    expect((await staff.delete(`/api/impact/analyses/${a.id}`)).statusCode).toBe(200);
  });

  it('refuses meters that do not suit the model', async () => {
    const res = await staff.post(`/api/impact/measures/${ids.kiln}/analyses`, { model: 'caltrack_daily', energyMeterId: ids.production, baseline: { start: '2023-10-01', end: '2024-10-01' }, reporting: { start: '2024-10-15', end: '2025-10-15' } });
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['energyMeterId', 'temperatureMeterId']);
  });

  it('applies a newly added factor to later analyses only, from its year on', async () => {
    expect((await finance.post('/api/impact/emission-factors', { carrier: 'gas', unit: 'kWh', year: 2025, kgCo2ePerUnit: 0.2, kwhPerUnit: 1, source: 'Prueba' })).statusCode).toBe(403);
    expect((await staff.post('/api/impact/emission-factors', { carrier: 'gas', unit: 'kWh', year: 2025, kgCo2ePerUnit: 0.2, kwhPerUnit: 1, source: 'Prueba' })).statusCode).toBe(200);
    const a = await analyse(staff, ids.kiln as string, { model: 'production', energyMeterId: ids.energy, productionMeterId: ids.production, baseline: { start: '2023-10-01', end: '2024-10-01' }, reporting: { start: '2024-10-15', end: '2025-10-15' } });
    expect(a.result.co2e.byYear.map((y) => y.factorYear)).toEqual([2006, 2025]);
    const verified = (await staff.get(`/api/impact/analyses/${kiln.id}`)).json<Analysis>();
    expect(verified.co2eKg).toBe(kiln.co2eKg);
  });
});

describe('dashboards', () => {
  it('sums verified savings cluster-wide, by category, region, year and award; finance sees aggregates only', async () => {
    const res = await finance.get('/api/impact/dashboard');
    expect(res.statusCode).toBe(200);
    const d = res.json<{ totals: { measures: number; verifiedMeasures: number; savingsKwh: number; fundedMeasures: number; fundedSavingsKwh: number }; byRegion: { nuts2: string; savingsKwh: number }[]; byAward: { awardId: string; verifiedMeasures: number }[]; byCall: unknown[]; byYear: { year: number; savingsKwh: number }[]; byCategory: { category: string; verifiedMeasures: number }[] }>();
    expect(d.totals).toMatchObject({ measures: 2, verifiedMeasures: 1, fundedMeasures: 1 });
    expect(d.totals.savingsKwh).toBeCloseTo(kilnSavingsKwh, 3);
    expect(d.totals.fundedSavingsKwh).toBeCloseTo(d.totals.savingsKwh, 6);
    expect(d.byRegion.find((r) => r.nuts2 === 'ES62')?.savingsKwh).toBeCloseTo(d.totals.savingsKwh, 6);
    expect(d.byAward).toEqual([expect.objectContaining({ awardId: ids.award, verifiedMeasures: 1, amountCents: 1_500_000 })]);
    expect(d.byCall).toEqual([expect.objectContaining({ measures: 1, verifiedMeasures: 1 })]);
    expect(d.byYear.map((y) => y.year)).toEqual([2024, 2025]);
    const in2025 = (await finance.get('/api/impact/dashboard?year=2025')).json<{ totals: { savingsKwh: number } }>();
    expect(in2025.totals.savingsKwh).toBeCloseTo(d.byYear[1]?.savingsKwh ?? -1, 6);
    expect((await finance.get(`/api/impact/dashboard?organisationId=${orgId}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/impact/dashboard?organisationId=${orgId}`)).statusCode).toBe(200);
  });
});

