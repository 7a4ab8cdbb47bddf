/**
 * Submissions stored exactly once: concurrent requests with the same idempotency key (a double
 * click, a retry) give one version; concurrent distinct submissions of one application get
 * consecutive numbers, none lost or repeated. On PostgreSQL the requests really overlap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { makePublishedCall } from '../../../../test/factories.js';
import { completeApplication, makeConsortium, type Applicant } from '../../../../test/funding.js';
import { mailsTo } from '../../../../test/mail.js';
import { fundingExport, fundingVerify } from '../../operations/funding.js';
import { applicationVersion, call as callTable } from './schema.js';

let env: TestEnv;
let lead: Applicant;
let partner: Applicant;
let callId: string;

beforeAll(async () => {
  env = await createTestEnv();
  env.clock.set('2022-02-01T10:00:00Z');
  callId = (await makePublishedCall(env, { deadlineLocal: '2022-03-14T17:00' })).id;
  ({ lead, partner } = await makeConsortium(env));
});
afterAll(() => env.close());

const versionsOf = (id: string) => env.platform.database.db.select().from(applicationVersion).where(eq(applicationVersion.applicationId, id));

describe('submissions are stored exactly once', () => {
  it('ten concurrent requests with one key store one version and mail one receipt each', async () => {
    const id = await completeApplication(env, callId, lead, partner);
    const results = await Promise.all(Array.from({ length: 10 }, () => lead.agent.post(`/api/funding/applications/${id}/submit`, { idempotencyKey: 'double-click-key' })));
    expect(results.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
    expect(new Set(results.map((r) => r.json().version))).toEqual(new Set([1]));
    expect(results.filter((r) => !r.json().replayed)).toHaveLength(1);
    expect(await versionsOf(id)).toHaveLength(1);
    expect((await mailsTo(env, partner.user.email)).filter((m) => m.template === 'fundingReceipt')).toHaveLength(1);
  });

  it('eight concurrent distinct submissions get versions 1-8, each once', async () => {
    const { lead: l, partner: p } = await makeConsortium(env);
    const id = await completeApplication(env, callId, l, p);
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => l.agent.post(`/api/funding/applications/${id}/submit`, { idempotencyKey: `distinct-key-${i}` })));
    expect(results.map((r) => r.statusCode)).toEqual(Array(8).fill(200));
    expect(results.map((r) => r.json().version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const stored = await versionsOf(id);
    expect(stored.map((v) => v.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(stored.map((v) => v.idempotencyKey)).size).toBe(8);
    expect((await l.agent.get(`/api/funding/applications/${id}`)).json().currentVersion).toBe(8);
  });

  it('`veta funding verify` finds every version intact, then the one altered behind its back', async () => {
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`! ${l}`) };
    expect(await fundingVerify.run(env.ctx(), {}, io)).toBe(0);
    expect(lines.at(-1)).toBe('9 submitted versions and 1 file checked: all intact.');
    await env.platform.database.db.execute(sql`update application_version set snapshot = jsonb_set(snapshot, '{application,title}', '"Altered"') where version = 3`);
    lines.length = 0;
    expect(await fundingVerify.run(env.ctx(), {}, io)).toBe(1);
    expect(lines.filter((l) => l.startsWith('!'))).toEqual([expect.stringMatching(/^! C\d+-0002 v3: snapshot_hash [0-9a-f]{64}$/)]);
  });

  it('`veta funding export` writes the call\'s applications', async () => {
    const out = path.join(os.tmpdir(), `veta-export-${Date.now()}.csv`);
    const call = (await env.platform.database.db.select().from(callTable).where(eq(callTable.id, callId)))[0]!;
    expect(await fundingExport.run(env.ctx(), { call: call.code, out, format: 'csv' }, { out: () => undefined, err: () => undefined })).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text.split('\n').filter(Boolean)).toHaveLength(3);
    await rm(out);
  });
});
