/** Self-service registration of applicants with a mailed verification link. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { lastMailTo, mailsTo, tokenFrom } from '../../../../test/mail.js';

let env: TestEnv;

beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('registration', () => {
  it('mails a link in the chosen language; the link sets the password, activates an applicant and signs in', async () => {
    const guest = env.agent();
    guest.ip = '10.1.0.1';
    const res = await guest.post('/api/auth/register', { email: 'Nueva.Pyme@Example.org', name: 'Nuria Pérez', locale: 'es', next: '/calls/BI26' });
    expect(res.statusCode).toBe(202);
    const mail = await lastMailTo(env, 'nueva.pyme@example.org');
    expect(mail.subject).toBe('Confirma tu dirección para terminar el registro en Veta');
    expect(mail.text).toContain('verify-email?token=');
    expect(mail.text).toContain('next=%2Fcalls%2FBI26');
    const token = tokenFrom(mail.text);

    // Not usable before verification: there is no password yet.
    expect((await env.agent().post('/api/auth/sign-in', { email: 'nueva.pyme@example.org', password: 'una frase larga y segura' })).statusCode).toBe(401);
    expect((await guest.get(`/api/auth/verifications/${token}`)).json()).toEqual({ email: 'nueva.pyme@example.org', name: 'Nuria Pérez' });
    const done = await guest.post('/api/auth/verifications/confirm', { token, password: 'una frase larga y segura' });
    expect(done.statusCode).toBe(200);
    expect(done.json().user).toMatchObject({ role: 'applicant', status: 'active', locale: 'es' });
    expect((await guest.get('/api/auth/session')).json().user.email).toBe('nueva.pyme@example.org');
    const again = await env.agent().post('/api/auth/verifications/confirm', { token, password: 'otra frase larga y segura' });
    expect(again.json().code).toBe('identity.token_invalid');
  });

  it('answers the same for an existing account and mails its owner instead of creating anything', async () => {
    const member = await makeUser(env.ctx(), { role: 'member', email: 'socia@example.org' });
    const guest = env.agent();
    guest.ip = '10.1.0.2';
    const res = await guest.post('/api/auth/register', { email: 'socia@example.org', name: 'Otra Persona', locale: 'en' });
    expect(res.statusCode).toBe(202);
    const mail = await lastMailTo(env, 'socia@example.org');
    expect(mail.subject).toBe('You already have a Veta account');
    expect(mail.text).not.toContain('token=');
    const session = await env.agent().signIn(member.email, TEST_PASSWORD);
    expect((await session.get('/api/auth/session')).json().user).toMatchObject({ role: 'member', name: member.name });
  });

  it('a second registration of an unverified address sends a new link; the old one stops working', async () => {
    const guest = env.agent();
    guest.ip = '10.1.0.3';
    await guest.post('/api/auth/register', { email: 'dos@example.org', name: 'Dos Veces', locale: 'en' });
    const first = tokenFrom((await lastMailTo(env, 'dos@example.org')).text);
    await guest.post('/api/auth/register', { email: 'dos@example.org', name: 'Dos Veces', locale: 'en' });
    const second = tokenFrom((await lastMailTo(env, 'dos@example.org')).text);
    expect(second).not.toBe(first);
    expect((await guest.post('/api/auth/verifications/confirm', { token: first, password: 'una frase larga y segura' })).json().code).toBe('identity.token_invalid');
    expect((await guest.post('/api/auth/verifications/confirm', { token: second, password: 'una frase larga y segura' })).statusCode).toBe(200);
  });

  it('gives nothing to people invited by an administrator, and refuses links to other sites', async () => {
    await makeUser(env.ctx(), { role: 'staff', email: 'invitada@example.org', status: 'invited' });
    const guest = env.agent();
    guest.ip = '10.1.0.4';
    expect((await guest.post('/api/auth/register', { email: 'invitada@example.org', name: 'Invitada', locale: 'es' })).statusCode).toBe(202);
    expect(await mailsTo(env, 'invitada@example.org')).toHaveLength(0);
    await guest.post('/api/auth/register', { email: 'fuera@example.org', name: 'Fuera', locale: 'es', next: '//evil.example/x' });
    expect((await lastMailTo(env, 'fuera@example.org')).text).not.toContain('next=');
  });

  it('limits registrations per address of origin', async () => {
    const guest = env.agent();
    guest.ip = '10.1.0.5';
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) codes.push((await guest.post('/api/auth/register', { email: `rl${i}@example.org`, name: 'Rate Limited', locale: 'es' })).statusCode);
    expect(codes.slice(0, 10).every((c) => c === 202)).toBe(true);
    expect(codes[10]).toBe(429);
  });
});
