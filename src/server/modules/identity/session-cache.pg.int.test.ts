/**
 * Two Veta processes on one PostgreSQL database: a session cached by one process stops working there
 * as soon as the other revokes it (the notification reaches every process).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { openPostgres } from '../../platform/db/client.js';
import type { Platform } from '../../platform/context.js';
import { startModules, stopModules } from '../index.js';
import { Agent, createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { makeUser, TEST_PASSWORD } from '../../../../test/factories.js';

let env: TestEnv;
let second: { platform: Platform; close: () => Promise<void>; agentFor: (a: Agent) => Agent };

beforeAll(async () => {
  env = await createTestEnv();
  const url = (env.platform.database.pool!.options as { connectionString: string }).connectionString;
  const database = openPostgres(url, 2);
  const platform: Platform = { ...env.platform, database };
  await startModules(platform, 'test');
  const app = await buildApp(platform, { serveWeb: false });
  await app.ready();
  second = {
    platform,
    agentFor(a) {
      const b = new Agent(app);
      b.cookie = a.cookie;
      b.csrf = a.csrf;
      return b;
    },
    async close() {
      await app.close();
      await stopModules(platform);
      await database.close();
    },
  };
});
afterAll(async () => {
  await second.close();
  await env.close();
});

async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

describe('session cache across processes', () => {
  it('a session revoked in one process stops working in the other', async () => {
    const user = await makeUser(env.ctx());
    const inA = await env.agent().signIn(user.email, TEST_PASSWORD);
    const inB = second.agentFor(inA);
    expect((await inB.get('/api/auth/session')).json().user.email).toBe(user.email);
    expect((await inB.get('/api/auth/session')).json().user.email).toBe(user.email);
    await inA.post('/api/auth/sign-out');
    expect(await eventually(async () => (await inB.get('/api/auth/session')).json().user === null)).toBe(true);
  });
});
