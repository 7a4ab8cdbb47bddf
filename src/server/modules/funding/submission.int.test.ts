/**
 * Submissions stored exactly once: concurrent requests with the same idempotency key (a double
 * click, a retry) give one version; concurrent distinct submissions of one application get
 * consecutive numbers, none lost or repeated. On PostgreSQL the requests really overlap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { makePublishedCall } from '../../../../test/factories.js';
import { completeApplication, makeConsortium, type Applicant } from '../../../../test/funding.js';
import { mailsTo } from '../../../../test/mail.js';
import { applicationVersion } from './schema.js';

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
});
