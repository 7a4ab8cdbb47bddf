/**
 * SME status from stored figures and holdings (Recommendation 2003/361/EC), through the API: the
 * four cases of the issue plus public-body control. Amounts in cents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { makeOrganisation, makeUser, TEST_PASSWORD } from '../../../../test/factories.js';

let env: TestEnv;
let admin: Agent;
const M = 100_000_000; // one million euros in cents

beforeAll(async () => {
  env = await createTestEnv();
  const a = await makeUser(env.ctx(), { role: 'admin' });
  admin = await env.agent().signIn(a.email, TEST_PASSWORD);
});
afterAll(() => env.close());

async function year(id: string, y: number, awu: number, turnoverM: number, balanceM: number) {
  const res = await admin.request('PUT', `/api/organisations/${id}/years/${y}`, { awu, turnoverCents: Math.round(turnoverM * M), balanceSheetCents: Math.round(balanceM * M) });
  expect(res.statusCode).toBe(200);
}

async function sme(id: string) {
  const res = await admin.get(`/api/organisations/${id}/sme`);
  expect(res.statusCode).toBe(200);
  return res.json();
}

describe('SME class from stored data', () => {
  it('an autonomous enterprise with 5 AWU and 0.8 M turnover is micro, and the directory shows it', async () => {
    const org = await makeOrganisation(env.ctx());
    await year(org.id, 2024, 5, 0.8, 0.5);
    const r = await sme(org.id);
    expect(r).toMatchObject({ status: 'assessed', latestYear: 2024, effectiveClass: 'micro' });
    expect(r.years[0].explanations.map((e: { code: string }) => e.code)).toEqual(['sme.raw_class', 'sme.first_year']);
    expect((await admin.get(`/api/organisations/${org.id}`)).json().organisation).toMatchObject({ smeClass: 'micro', smeYear: 2024 });
    expect((await admin.get(`/api/organisations?size=micro&q=${encodeURIComponent(org.legalName)}`)).json().total).toBe(1);
  });

  it('a 30 % partner pushes a small firm to medium, and says which figures and which holding', async () => {
    const s = await makeOrganisation(env.ctx(), { legalName: 'Pequeña S.L.' });
    const p = await makeOrganisation(env.ctx(), { legalName: 'Socia Inversora S.A.' });
    for (const y of [2023, 2024]) {
      await year(s.id, y, 40, 8, 7);
      await year(p.id, y, 50, 20, 15);
    }
    expect((await sme(s.id)).effectiveClass).toBe('small');
    const rel = await admin.post(`/api/organisations/${s.id}/relations`, { otherId: p.id, direction: 'held_by', capitalPct: 30, votingPct: 30 });
    expect(rel.statusCode).toBe(200);
    const r = await sme(s.id);
    expect(r.effectiveClass).toBe('medium');
    expect(r.group).toContainEqual({ enterpriseId: p.id, role: 'partner', percent: 30, via: [p.id] });
    expect(r.years.at(-1).figures).toEqual({ awu: 55, turnoverCents: 14 * M, balanceSheetCents: 11.5 * M });
    expect(r.explanations).toContainEqual({ code: 'sme.partner', params: { from: s.id, enterpriseId: p.id, percent: 30 } });
    expect(r.names[p.id]).toBe('Socia Inversora S.A.');
    // the partner's own class counts the small firm pro rata as well
    expect((await sme(p.id)).years.at(-1).figures.awu).toBe(62);
  });

  it('a linked group makes a firm large', async () => {
    const s = await makeOrganisation(env.ctx(), { legalName: 'Filial S.L.' });
    const parent = await makeOrganisation(env.ctx(), { legalName: 'Grupo Matriz S.A.' });
    await year(s.id, 2024, 30, 5, 4);
    await year(parent.id, 2024, 300, 80, 60);
    await admin.post(`/api/organisations/${parent.id}/relations`, { otherId: s.id, direction: 'holds', capitalPct: 60, votingPct: 60 });
    const r = await sme(s.id);
    expect(r.effectiveClass).toBe('large');
    expect(r.group).toContainEqual(expect.objectContaining({ enterpriseId: parent.id, role: 'linked', percent: 100 }));
    expect(r.years[0].figures.awu).toBe(330);
  });

  it('a firm over the ceiling for one year only keeps its class', async () => {
    const s = await makeOrganisation(env.ctx());
    await year(s.id, 2022, 40, 8, 7);
    await year(s.id, 2023, 60, 12, 11);
    await year(s.id, 2024, 45, 9, 8);
    const r = await sme(s.id);
    expect(r.years.map((y: { rawClass: string }) => y.rawClass)).toEqual(['small', 'medium', 'small']);
    expect(r.years.map((y: { effectiveClass: string }) => y.effectiveClass)).toEqual(['small', 'small', 'small']);
    expect(r.years[1].explanations).toContainEqual({ code: 'sme.class_kept', params: { year: 2023, class: 'small', rawClass: 'medium', consecutive: true } });
  });

  it('public bodies holding 25 % or more exclude SME status; a public body itself is not assessed', async () => {
    const s = await makeOrganisation(env.ctx());
    const town = await makeOrganisation(env.ctx(), { kind: 'public_body', legalName: 'Ayuntamiento de Ejemplo' });
    await year(s.id, 2024, 5, 0.5, 0.4);
    await admin.post(`/api/organisations/${s.id}/relations`, { otherId: town.id, direction: 'held_by', capitalPct: 25, votingPct: 25 });
    const r = await sme(s.id);
    expect(r).toMatchObject({ effectiveClass: 'large', publicBodyControl: true });
    expect(r.years[0]).toMatchObject({ sizeClass: 'micro', effectiveClass: 'large', isSme: false });
    expect((await sme(town.id)).status).toBe('not_applicable');
  });

  it('refuses figures of someone else\'s organisation to a member', async () => {
    const org = await makeOrganisation(env.ctx());
    const member = await makeUser(env.ctx(), { role: 'member' });
    const agent = await env.agent().signIn(member.email, TEST_PASSWORD);
    const res = await agent.request('PUT', `/api/organisations/${org.id}/years/2024`, { awu: 1, turnoverCents: 1, balanceSheetCents: 1 });
    expect(res.statusCode).toBe(404);
  });
});
