/**
 * The deadline, with an injected server clock: 16:59:59 Brussels time is accepted, 17:00:00 refused;
 * the same when the deadline falls after a daylight-saving change (Brussels is then UTC+2, and in
 * autumn UTC+1 again), where a fixed offset would be an hour wrong.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { makeProgramme, makePublishedCall, TEST_PASSWORD } from '../../../../test/factories.js';
import { completeApplication, makeConsortium } from '../../../../test/funding.js';

let env: TestEnv;
let programmeId: string;

beforeAll(async () => {
  env = await createTestEnv();
  programmeId = (await makeProgramme(env.ctx())).id;
});
afterAll(() => env.close());

/** A complete application to a call whose deadline is `deadlineLocal` in Brussels, prepared a day before. */
async function prepared(deadlineLocal: string, dayBefore: string) {
  env.clock.set(dayBefore);
  const call = await makePublishedCall(env, { programmeId, deadlineLocal });
  const { lead, partner } = await makeConsortium(env);
  const id = await completeApplication(env, call.id, lead, partner);
  return { call, lead, id };
}

async function submitAt(p: Awaited<ReturnType<typeof prepared>>, instant: string, key: string) {
  env.clock.set(instant);
  p.lead.agent = await env.agent().signIn(p.lead.user.email, TEST_PASSWORD);
  return p.lead.agent.post(`/api/funding/applications/${p.id}/submit`, { idempotencyKey: key });
}

describe('the deadline is decided by the server clock', () => {
  it('14 March 2022 17:00 Brussels (UTC+1): 16:59:59 accepted, 17:00:00 refused', async () => {
    const p = await prepared('2022-03-14T17:00', '2022-03-13T10:00:00Z');
    expect(p.call.deadlineAt).toBe('2022-03-14T16:00:00.000Z');
    const late = await submitAt(p, '2022-03-14T16:00:00Z', 'late-key-1');
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('funding.deadline_passed');
    const p2 = await prepared('2022-03-14T17:00', '2022-03-13T10:00:00Z');
    const ok = await submitAt(p2, '2022-03-14T15:59:59Z', 'ontime-key-1');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ version: 1, submittedAt: '2022-03-14T15:59:59.000Z' });
    // one second later the same application can no longer be resubmitted
    expect((await submitAt(p2, '2022-03-14T16:00:00Z', 'late-key-2')).json().code).toBe('funding.deadline_passed');
  });

  it('a deadline after the spring change (28 March 2022, UTC+2): 14:59:59Z accepted, 15:00:00Z and 15:30Z refused', async () => {
    const early = await prepared('2022-03-28T17:00', '2022-03-26T10:00:00Z');
    expect(early.call.deadlineAt).toBe('2022-03-28T15:00:00.000Z');
    expect((await submitAt(early, '2022-03-28T14:59:59Z', 'spring-ok')).statusCode).toBe(200);
    const late = await prepared('2022-03-28T17:00', '2022-03-26T10:00:00Z');
    // with the winter offset, 15:30Z would still look like 16:30 and be wrongly accepted
    expect((await submitAt(late, '2022-03-28T15:30:00Z', 'spring-late-1')).json().code).toBe('funding.deadline_passed');
    expect((await submitAt(late, '2022-03-28T15:00:00Z', 'spring-late-2')).json().code).toBe('funding.deadline_passed');
  });

  it('a deadline after the autumn change (31 October 2022, UTC+1 again): 15:59:59Z accepted, 16:00:00Z refused', async () => {
    const p = await prepared('2022-10-31T17:00', '2022-10-29T10:00:00Z');
    expect(p.call.deadlineAt).toBe('2022-10-31T16:00:00.000Z');
    expect((await submitAt(p, '2022-10-31T15:59:59Z', 'autumn-ok')).statusCode).toBe(200);
    expect((await submitAt(p, '2022-10-31T16:00:00Z', 'autumn-late')).json().code).toBe('funding.deadline_passed');
  });

  it('a request that reaches the server one second before the deadline is accepted, however long it then waits', async () => {
    const p = await prepared('2022-03-14T17:00', '2022-03-13T10:00:00Z');
    env.clock.set('2022-03-14T15:59:59Z');
    p.lead.agent = await env.agent().signIn(p.lead.user.email, TEST_PASSWORD);
    // every later reading of the clock is two seconds further: the work ends after the deadline
    const manual = env.platform.clock;
    let t = new Date('2022-03-14T15:59:59Z').getTime();
    env.platform.clock = { now: () => new Date((t += 2000) - 2000) };
    try {
      const res = await p.lead.agent.post(`/api/funding/applications/${p.id}/submit`, { idempotencyKey: 'slow-request' });
      expect(res.statusCode).toBe(200);
      expect(res.json().submittedAt).toBe('2022-03-14T15:59:59.000Z');
      expect(t).toBeGreaterThan(new Date('2022-03-14T16:00:01Z').getTime());
    } finally {
      env.platform.clock = manual;
    }
  });
});
