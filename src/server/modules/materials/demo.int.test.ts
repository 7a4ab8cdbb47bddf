/** The demo step: EU 2023 tables, illustrative inputs flagged as such, scenarios, capacities, members. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { findOperation } from '../../operations/registry.js';
import '../../operations/all.js';

let env: TestEnv;
let staff: Agent;
let member: Agent;
const quiet = { out: () => undefined, err: () => undefined };

beforeAll(async () => {
  env = await createTestEnv();
  expect(await findOperation('demo.load')!.run(env.ctx(), {}, quiet)).toBe(0);
  staff = await env.agent().signIn((await makeUser(env.ctx(), { role: 'staff' })).email, TEST_PASSWORD);
  member = await env.agent().signIn((await makeUser(env.ctx(), { role: 'member' })).email, TEST_PASSWORD);
});
afterAll(() => env.close());

describe('materials demo', () => {
  it('loads the 2023 tables and computes SR/EI where the illustrative inputs complete them, flagged as illustrative', async () => {
    const { rows, check } = (await member.get('/api/materials/assessment')).json();
    expect(check.matchesAct).toBe(true);
    const gallium = rows.find((r: { materialId: string }) => r.materialId === 'gallium');
    expect(gallium.computed).toMatchObject({ illustrative: true, missing: [] });
    expect(gallium.computed.sr).toBeGreaterThan(0);
    const fluorspar = rows.find((r: { materialId: string }) => r.materialId === 'fluorspar');
    expect(fluorspar.computed.sr).toBeNull();
    expect(fluorspar.published.sr).toBe(1.1);
  });

  it('has the two scenarios, shared, and their results', async () => {
    const scenarios = (await member.get('/api/materials/scenarios')).json();
    expect(scenarios.map((s: { name: string }) => s.name).sort()).toEqual(['Extracción española de wolframio al 10 %', 'Restricción china a la exportación de galio']);
    const gallium = scenarios.find((s: { name: string }) => s.name.startsWith('Restricción'));
    const result = (await member.get(`/api/materials/scenarios/${gallium.id}`)).json().result;
    expect(result.comparisons[0].after.sr).toBeGreaterThan(result.comparisons[0].before.sr);
  });

  it('tracks capacity figures and maps fictional members to materials and stages', async () => {
    const tracker = (await member.get('/api/materials/benchmarks')).json();
    const lithium = tracker.rows.find((r: { materialId: string }) => r.materialId === 'lithium');
    expect(lithium.checks.find((c: { benchmarkId: string }) => c.benchmarkId === 'diversification')).toMatchObject({ value: 0.79, met: false, figure: { country: 'CL', illustrative: false } });
    expect(lithium.organisations.length).toBeGreaterThan(0);
    const coverage = (await staff.get('/api/materials/coverage?scope=battery')).json();
    expect(coverage.activeMembers).toBeGreaterThan(50);
    const li = coverage.rows.find((r: { materialId: string; gaps: string[] }) => r.materialId === 'lithium');
    expect(li.gaps).not.toContain('extraction');
    expect(li.gaps).not.toContain('recycling');
  });

  it('loads again with --force without duplicating anything', async () => {
    expect(await findOperation('demo.load')!.run(env.ctx(), { force: true }, quiet)).toBe(0);
    expect((await member.get('/api/materials/scenarios')).json()).toHaveLength(2);
    const before = (await staff.get('/api/materials/coverage?scope=battery')).json().activeMembers;
    expect(await findOperation('demo.load')!.run(env.ctx(), { force: true }, quiet)).toBe(0);
    expect((await staff.get('/api/materials/coverage?scope=battery')).json().activeMembers).toBe(before);
  });
});
