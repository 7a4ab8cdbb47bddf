import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { makeUser, TEST_PASSWORD } from '../../../../test/factories.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('sign-in rate limit', () => {
  it('refuses the 11th failed sign-in from one address within a minute, then lets it pass', async () => {
    const user = await makeUser(env.ctx());
    const agent = env.agent();
    agent.ip = '192.0.2.50';
    for (let i = 0; i < 10; i++) {
      const r = await agent.post('/api/auth/sign-in', { email: user.email, password: 'wrong password' });
      expect(r.statusCode).toBe(401);
    }
    const limited = await agent.post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const other = env.agent();
    other.ip = '192.0.2.51';
    await other.signIn(user.email, TEST_PASSWORD);
    env.clock.advance(61_000);
    await agent.signIn(user.email, TEST_PASSWORD);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated change without the session token', async () => {
    const user = await makeUser(env.ctx());
    const agent = await env.agent().signIn(user.email, TEST_PASSWORD);
    const res = await agent.request('PATCH', '/api/account', { name: 'Changed Name' }, { 'x-csrf-token': 'forged' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf.invalid');
    const ok = await agent.patch('/api/account', { name: 'Changed Name' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().name).toBe('Changed Name');
  });
});

describe('sessions', () => {
  it('rotates the session on sign-in and expires it by the server clock', async () => {
    const user = await makeUser(env.ctx());
    const a = await env.agent().signIn(user.email, TEST_PASSWORD);
    const first = a.cookie;
    await a.signIn(user.email, TEST_PASSWORD);
    expect(a.cookie).not.toEqual(first);
    env.clock.advance(env.platform.config.SESSION_TTL_HOURS * 3_600_000 + 1000);
    expect((await a.get('/api/auth/session')).json().user).toBeNull();
    env.clock.set(new Date());
  });
});

describe('API tokens', () => {
  it('authenticates a script with a bearer token, shown once and revocable', async () => {
    const user = await makeUser(env.ctx(), { role: 'admin' });
    const browser = await env.agent().signIn(user.email, TEST_PASSWORD);
    const created = await browser.post('/api/account/tokens', { name: 'CLI' });
    expect(created.statusCode).toBe(200);
    const { secret, id } = created.json();
    expect(secret).toMatch(/^veta_/);
    expect(JSON.stringify((await browser.get('/api/account/tokens')).json())).not.toContain(secret);

    const script = env.agent();
    script.bearer = secret;
    expect((await script.get('/api/users')).statusCode).toBe(200);
    expect((await script.patch('/api/account', { name: 'Via Token' })).statusCode).toBe(200);

    await browser.delete(`/api/account/tokens/${id}`);
    const after = await script.get('/api/users');
    expect(after.statusCode).toBe(401);
  });
});

describe('first-run setup', () => {
  it('creates the first administrator once, with the printed token', async () => {
    const fresh = await createTestEnv();
    try {
      const { prepareSetup } = await import('./service/setup.js');
      const url = await prepareSetup(fresh.ctx());
      expect(url).toMatch(/\/setup\?token=/);
      const token = new URL(url!).searchParams.get('token')!;
      const agent = fresh.agent();
      expect((await agent.get('/api/auth/session')).json().setupNeeded).toBe(true);
      const wrong = await agent.post('/api/auth/setup', { token: 'x'.repeat(43), name: 'First Admin', email: 'first@example.org', password: 'first admin password' });
      expect(wrong.statusCode).toBe(403);
      const ok = await agent.post('/api/auth/setup', { token, name: 'First Admin', email: 'first@example.org', password: 'first admin password' });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().user.role).toBe('admin');
      const twice = await fresh.agent().post('/api/auth/setup', { token, name: 'Second', email: 'second@example.org', password: 'second admin password' });
      expect(twice.json().code).toBe('identity.setup_done');
    } finally {
      await fresh.close();
    }
  });
});
