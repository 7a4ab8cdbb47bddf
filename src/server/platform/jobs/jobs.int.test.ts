import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { defineJob, defineSchedule, enqueue } from './define.js';
import { backoffMs } from './runner.js';
import { job } from './schema.js';

let env: TestEnv;
const seen: string[] = [];
let failuresLeft = 0;

const echo = defineJob({
  id: 'test.echo',
  schema: z.object({ text: z.string() }),
  maxAttempts: 3,
  async handler(_ctx, { text }) {
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new Error(`planned failure (${text})`);
    }
    seen.push(text);
  },
});

beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('job runner', () => {
  it('runs a job once', async () => {
    await enqueue(env.ctx(), echo, { text: 'hello' });
    // the modules' schedules (fee reminders, closing calls) run in the same drain
    expect(await env.jobs.drain()).toBeGreaterThanOrEqual(1);
    expect(seen.filter((t) => t === 'hello')).toHaveLength(1);
    expect(await env.jobs.drain()).toBe(0);
    expect(seen.filter((t) => t === 'hello')).toHaveLength(1);
  });

  it('retries with backoff by the server clock, then gives up after maxAttempts', async () => {
    failuresLeft = 10;
    await enqueue(env.ctx(), echo, { text: 'flaky' }, { dedupeKey: 'flaky' });
    await env.jobs.drain();
    const [first] = await env.platform.database.db.select().from(job).where(eq(job.dedupeKey, 'flaky'));
    expect(first).toMatchObject({ status: 'queued', attempts: 1, lastError: 'planned failure (flaky)' });
    expect(await env.jobs.drain()).toBe(0);
    env.clock.advance(backoffMs(1) + 1);
    await env.jobs.drain();
    env.clock.advance(backoffMs(2) + 1);
    await env.jobs.drain();
    const [last] = await env.platform.database.db.select().from(job).where(eq(job.dedupeKey, 'flaky'));
    expect(last).toMatchObject({ status: 'failed', attempts: 3 });
    failuresLeft = 0;
  });

  it('enqueues a scheduled job once per period', async () => {
    defineSchedule({ id: 'test.tick', everyMs: 3_600_000, job: echo, payload: { text: 'tick' } });
    const before = seen.filter((s) => s === 'tick').length;
    await env.jobs.drain();
    await env.jobs.drain();
    expect(seen.filter((s) => s === 'tick').length).toBe(before + 1);
    env.clock.advance(3_600_000);
    await env.jobs.drain();
    expect(seen.filter((s) => s === 'tick').length).toBe(before + 2);
  });
});
