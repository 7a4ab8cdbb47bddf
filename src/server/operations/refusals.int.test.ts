/**
 * A CLI command refused for bad arguments or by the service says why, by option, in the operator's
 * language, and exits 1; nothing else is caught.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { systemActor } from '../platform/actor.js';
import { makeCtx } from '../platform/context.js';
import { defineOperation, findOperation } from './registry.js';
import './all.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

async function run(name: string, args: Record<string, unknown>, locale: 'es' | 'en' = 'en') {
  const err: string[] = [];
  const ctx = makeCtx(env.platform, systemActor('cli'), { locale });
  const code = await findOperation(name)!.run(ctx, args, { out: () => undefined, err: (l) => err.push(l) });
  return { code, err };
}

it('names each bad option and why, in English and in Spanish', async () => {
  const en = await run('admin.create', { email: 'not-an-email', name: 'B', password: 'long-enough-password' });
  expect(en.code).toBe(1);
  expect(en.err).toHaveLength(2);
  expect(en.err[0]).toMatch(/^--email: /);
  expect(en.err[1]).toMatch(/^--name: .*2/);
  const es = await run('admin.create', { email: 'ana@example.org', name: 'B', password: 'long-enough-password' }, 'es');
  expect(es.code).toBe(1);
  expect(es.err).toHaveLength(1);
  expect(es.err[0]).toMatch(/^--name: /);
  expect(es.err[0]).not.toBe(en.err[1]);
});

it("says why the service refused, in the operator's language", async () => {
  const first = await run('admin.create', { email: 'admin-twice@example.org', name: 'Ana Admin', password: 'long-enough-password' });
  expect(first.code).toBe(0);
  const again = await run('admin.create', { email: 'admin-twice@example.org', name: 'Ana Admin', password: 'long-enough-password' });
  expect(again.code).toBe(1);
  expect(again.err[0]).toBeTruthy();
  expect(again.err[0]).not.toMatch(/^errors:|identity\./);
  expect(again.err).toHaveLength(1);
});

it('lets a fault through instead of passing it off as a refusal', async () => {
  const op = defineOperation({ name: 'test.fault', run: () => Promise.reject(new Error('disk on fire')) });
  await expect(op.run(env.ctx(), {}, { out: () => undefined, err: () => undefined })).rejects.toThrow('disk on fire');
});
