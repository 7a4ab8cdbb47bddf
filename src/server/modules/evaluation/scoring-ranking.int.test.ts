import ExcelJS from 'exceljs';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClosedCall, type ClosedCall } from '../../../../test/evaluation.js';
import { makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { assign, sheet, signedInEvaluator } from '../../../../test/scoring.js';
import type { CallRankingDoc } from '../../../shared/contracts/funding.js';
import type { RankingView } from '../../../shared/contracts/evaluation-scoring.js';
import { application, call } from '../funding/schema.js';
import { evaluationRanking } from '../../operations/evaluation-ranking.js';

let env: TestEnv;
let c: ClosedCall;
let admin: Agent;
let view: RankingView;
const ids: Record<string, string> = {};

/** Excellence / Impact / Implementation agreed by consensus; `open` is left without a report. */
const AGREED: Record<string, readonly [number, number, number]> = {
  failsTotal: [3, 3, 3.5],
  failsCriterion: [2.5, 5, 5],
  unweightedFirst: [5, 3, 4], // total 12, weighted 13.5
  weightedFirst: [3, 4.5, 4], // total 11.5, weighted 13.75
  tieByExcellence: [4.5, 4, 3.5], // weighted 14
  tieLower: [4, 4, 4], // weighted 14, same Impact, lower Excellence
};
const NAMES = [...Object.keys(AGREED), 'open'];

beforeAll(async () => {
  env = await createTestEnv();
  c = await makeClosedCall(env, { applications: NAMES.length });
  admin = await env.agent().signIn((await makeUser(env.ctx(), { role: 'admin' })).email, TEST_PASSWORD);
  const e = await signedInEvaluator(env);
  for (const [i, name] of NAMES.entries()) {
    const id = c.applications[i]!.id;
    ids[name] = id;
    await assign(env, c.callId, id, e.evaluatorId);
    const scores = AGREED[name];
    if (!scores) continue;
    expect((await e.agent.post(`/api/evaluation/applications/${id}/form/submit`, sheet(scores))).statusCode).toBe(200);
    expect((await admin.post(`/api/evaluation/applications/${id}/consensus/finalise`, sheet(scores))).statusCode).toBe(200);
  }
  view = (await admin.get(`/api/evaluation/calls/${c.callId}/ranking`)).json();
});
afterAll(() => env.close());

const row = (v: RankingView, name: string) => v.rows.find((r) => r.applicationId === ids[name])!;
const order = (v: RankingView) => v.rows.filter((r) => r.outcome === 'ranked').map((r) => NAMES[Object.values(ids).indexOf(r.applicationId)]);

describe('ranking of a call through the API', () => {
  it('3 / 3 / 3.5 fails the total threshold of 10', () => {
    expect(row(view, 'failsTotal')).toMatchObject({ outcome: 'below', rank: null, total: 9.5, failures: [{ kind: 'total', total: 9.5, threshold: 10 }] });
  });

  it('2.5 / 5 / 5 fails the Excellence threshold although its total passes', () => {
    expect(row(view, 'failsCriterion')).toMatchObject({ outcome: 'below', total: 12.5, failures: [{ kind: 'criterion', criterion: 'excellence', score: 2.5, threshold: 3 }] });
  });

  it('breaks ties in the configured order and records the rule (Impact equal, then Excellence)', () => {
    expect(order(view)).toEqual(['tieByExcellence', 'tieLower', 'weightedFirst', 'unweightedFirst']);
    expect(row(view, 'tieByExcellence')).toMatchObject({ rank: 1, weightedTotal: 14, decidedBy: 'tie.excellence', decisionDetail: { criterion: 'excellence', above: 4.5, below: 4 } });
    expect(row(view, 'tieLower')).toMatchObject({ rank: 2, decidedBy: 'score' });
    expect(row(view, 'unweightedFirst').decidedBy).toBeNull();
  });

  it('follows the configured tie order: Implementation before Excellence reverses the tied pair', async () => {
    const [current] = await env.ctx().db.select({ ranking: call.ranking }).from(call).where(eq(call.id, c.callId));
    const ranking = current!.ranking as CallRankingDoc;
    await env.ctx().db.update(call).set({ ranking: { ...ranking, tieOrder: ['tie.topics', 'tie.implementation', 'tie.impact', 'tie.excellence'] } }).where(eq(call.id, c.callId));
    const reordered: RankingView = (await admin.get(`/api/evaluation/calls/${c.callId}/ranking`)).json();
    await env.ctx().db.update(call).set({ ranking }).where(eq(call.id, c.callId));
    expect(order(reordered).slice(0, 2)).toEqual(['tieLower', 'tieByExcellence']);
    expect(row(reordered, 'tieLower')).toMatchObject({ rank: 1, decidedBy: 'tie.implementation', decisionDetail: { above: 4, below: 3.5 } });
  });

  it('breaks a tie by the gender balance of the declared teams when the call puts it first; undeclared teams never decide', async () => {
    const db = env.ctx().db;
    const [current] = await db.select({ ranking: call.ranking }).from(call).where(eq(call.id, c.callId));
    const ranking = current!.ranking as CallRankingDoc;
    await db.update(call).set({ ranking: { ...ranking, tieOrder: ['tie.topics', 'tie.gender', 'tie.excellence'] } }).where(eq(call.id, c.callId));
    const undeclared: RankingView = (await admin.get(`/api/evaluation/calls/${c.callId}/ranking`)).json();
    await db.update(application).set({ teamWomen: 1, teamMen: 4 }).where(eq(application.id, ids.tieByExcellence!));
    await db.update(application).set({ teamWomen: 3, teamMen: 2 }).where(eq(application.id, ids.tieLower!));
    const declared: RankingView = (await admin.get(`/api/evaluation/calls/${c.callId}/ranking`)).json();
    await db.update(call).set({ ranking }).where(eq(call.id, c.callId));
    await db.update(application).set({ teamWomen: null, teamMen: null }).where(inArray(application.id, [ids.tieByExcellence!, ids.tieLower!]));
    expect(row(undeclared, 'tieByExcellence')).toMatchObject({ rank: 1, decidedBy: 'tie.excellence' });
    expect(order(declared).slice(0, 2)).toEqual(['tieLower', 'tieByExcellence']);
    expect(row(declared, 'tieLower')).toMatchObject({ rank: 1, decidedBy: 'tie.gender', decisionDetail: { aboveWomen: 3, aboveMen: 2, belowWomen: 1, belowMen: 4 } });
  });

  it('lists applications without a final consensus as pending and shows the progress', () => {
    expect(row(view, 'open')).toMatchObject({ outcome: 'pending', rank: null, total: null, scores: null });
    expect(view.progress).toEqual({ applications: 7, formsExpected: 7, formsSubmitted: 6, consensusFinal: 6 });
  });

  it('an Impact weight of 1.5 changes the order, never who passes', async () => {
    const [current] = await env.ctx().db.select({ ranking: call.ranking }).from(call).where(eq(call.id, c.callId));
    const ranking = current!.ranking as CallRankingDoc;
    await env.ctx().db.update(call).set({ ranking: { ...ranking, criteria: ranking.criteria.map((k) => ({ ...k, weight: 1 })) } }).where(eq(call.id, c.callId));
    const flat: RankingView = (await admin.get(`/api/evaluation/calls/${c.callId}/ranking`)).json();
    await env.ctx().db.update(call).set({ ranking }).where(eq(call.id, c.callId));
    expect(order(flat).indexOf('unweightedFirst')).toBeLessThan(order(flat).indexOf('weightedFirst'));
    expect(order(view).indexOf('weightedFirst')).toBeLessThan(order(view).indexOf('unweightedFirst'));
    const passing = (v: RankingView) => v.rows.filter((r) => r.outcome === 'ranked').map((r) => r.applicationId).sort();
    expect(passing(flat)).toEqual(passing(view));
  });

  it('exports the ranking as CSV and XLSX with the deciding rules named', async () => {
    const csv = await admin.get(`/api/evaluation/calls/${c.callId}/ranking/export?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines).toHaveLength(1 + NAMES.length);
    expect(lines[0]).toContain('Weighted total');
    expect(lines[1]).toContain('Higher Excellence score');
    expect(csv.body).toContain('Total 9.5 below 10');
    const xlsx = await admin.get(`/api/evaluation/calls/${c.callId}/ranking/export?format=xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.rowCount).toBe(1 + NAMES.length);
  });

  it('the CLI operation prints the table or the CSV', async () => {
    const [{ code }] = (await env.ctx().db.select({ code: call.code }).from(call).where(eq(call.id, c.callId))) as [{ code: string }];
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`ERR ${l}`) };
    expect(await evaluationRanking.run(env.ctx(), { call: code.toLowerCase() }, io)).toBe(0);
    expect(lines[1]).toBe('forms 6/7 submitted, consensus 6/7 final');
    expect(lines[2]).toMatch(/^ {2}1 .*ranked/);
    expect(lines.some((l) => l.includes('below') && l.includes('9.5'))).toBe(true);
    lines.length = 0;
    expect(await evaluationRanking.run(env.ctx(), { call: code, csv: true }, io)).toBe(0);
    expect(lines).toHaveLength(1 + NAMES.length);
    lines.length = 0;
    expect(await evaluationRanking.run(env.ctx(), { call: 'NOPE' }, io)).toBe(1);
    expect(lines).toEqual([`ERR ${env.ctx().t('errors:not_found', { entity: 'call', id: 'NOPE' })}`]);
  });
});
