import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { makeOffice, makeUser, TEST_PASSWORD } from '../../../../test/factories.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('sign-in and sessions', () => {
  it('signs in, reads the session, and signs out', async () => {
    const user = await makeUser(env.ctx(), { role: 'staff', officeIds: [(await makeOffice(env.ctx())).id] });
    const agent = env.agent();
    const anon = await agent.get('/api/auth/session');
    expect(anon.statusCode).toBe(200);
    expect(anon.json().user).toBeNull();

    await agent.signIn(user.email, TEST_PASSWORD);
    const me = await agent.get('/api/auth/session');
    expect(me.json().user).toMatchObject({ email: user.email, role: 'staff' });
    expect(me.json().csrfToken).toEqual(agent.csrf);

    expect((await agent.post('/api/auth/sign-out')).statusCode).toBe(200);
    const after = await agent.get('/api/auth/session');
    expect(after.json().user).toBeNull();
  });

  it('refuses a wrong password with a translated problem', async () => {
    const user = await makeUser(env.ctx());
    const agent = env.agent();
    agent.locale = 'es';
    const res = await agent.post('/api/auth/sign-in', { email: user.email, password: 'not-the-password' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'identity.invalid_credentials', status: 401, title: 'El correo o la contraseña no son correctos.' });
  });

  it('lists every invalid field with its path', async () => {
    const res = await env.agent().post('/api/auth/sign-in', { email: 'not-an-email' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('validation.failed');
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['email', 'password']);
    expect(body.errors.every((e: { message: string }) => e.message.length > 3)).toBe(true);
  });
});
