import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { descending, finalReports, makeDecidableCall } from '../../../test/awards.js';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { findCallByCode } from '../modules/awards/repository.js';
import { call } from '../modules/funding/schema.js';
import { selectionDecision } from '../modules/awards/index.js';
import { eq } from 'drizzle-orm';
import { findOperation } from './registry.js';
import './all.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

async function run(name: string, args: Record<string, unknown>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await findOperation(name)!.run(env.ctx(), args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

it('veta awards select previews, freezes (once) and prints JSON', async () => {
  const c = await makeDecidableCall(env, { applications: 2, budgetCents: 4_000_000 });
  await finalReports(env, c, descending(2));
  const { code } = (await env.ctx().db.select({ code: call.code }).from(call).where(eq(call.id, c.callId)))[0]!;
  expect((await findCallByCode(env.ctx().db, code))?.id).toBe(c.callId);
  const preview = await run('awards.select', { call: code.toLowerCase() });
  expect(preview.code).toBe(0);
  expect(preview.out).toContain('preview (nothing stored)');
  expect(preview.out).toMatch(/reserve #1\s+budget_exceeded/);
  const frozen = await run('awards.select', { call: code, freeze: true, json: true });
  expect(JSON.parse(frozen.out).decision.intact).toBe(true);
  const again = await run('awards.select', { call: code, freeze: true });
  expect(again.code).toBe(1);
  expect(again.err).toBe(env.ctx().t('errors:awards.already_frozen', { frozenAt: JSON.parse(frozen.out).decision.frozenAt }));
}, 60_000);

it('veta awards results writes the published results as CSV and the FSTP report as XLSX', async () => {
  const c = await makeDecidableCall(env, { applications: 1, budgetCents: 4_000_000 });
  await finalReports(env, c, descending(1));
  const { code } = (await env.ctx().db.select({ code: call.code }).from(call).where(eq(call.id, c.callId)))[0]!;
  await run('awards.select', { call: code, freeze: true });
  const csv = path.join(os.tmpdir(), `awards-${code}.csv`);
  const xlsx = path.join(os.tmpdir(), `awards-${code}.xlsx`);
  try {
    expect((await run('awards.results', { call: code, csv })).code).toBe(0);
    expect(await readFile(csv, 'utf8')).toMatch(/Parceiro \d+ Lda\.,PT,20000\.00,EUR/);
    expect((await run('awards.results', { call: code, xlsx })).code).toBe(0);
    expect((await readFile(xlsx)).subarray(0, 2).toString()).toBe('PK');
    expect((await run('awards.results', { call: 'NOPE' })).code).toBe(1);
  } finally {
    await rm(csv, { force: true });
    await rm(xlsx, { force: true });
  }
}, 60_000);

it('veta funding verify checks the frozen decisions and reports a tampered record', async () => {
  const c = await makeDecidableCall(env, { applications: 1, budgetCents: 4_000_000 });
  await finalReports(env, c, descending(1));
  const { code } = (await env.ctx().db.select({ code: call.code }).from(call).where(eq(call.id, c.callId)))[0]!;
  await run('awards.select', { call: code, freeze: true });
  const intact = await run('funding.verify', {});
  expect(intact.code).toBe(0);
  expect(intact.out).toMatch(/frozen selection decisions? checked: all intact\./);
  await env.ctx().db.update(selectionDecision).set({ recordHash: 'f'.repeat(64) }).where(eq(selectionDecision.callId, c.callId));
  const tampered = await run('funding.verify', { json: true });
  expect(tampered.code).toBe(1);
  expect(JSON.parse(tampered.out).decisions.problems).toEqual([expect.objectContaining({ callCode: code, problem: 'record_hash' })]);
}, 60_000);
