import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { makeOffice, makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { mailMessage } from '../../platform/mail/schema.js';

let env: TestEnv;
let admin: Agent;

beforeAll(async () => {
  env = await createTestEnv();
  const a = await makeUser(env.ctx(), { role: 'admin' });
  admin = await env.agent().signIn(a.email, TEST_PASSWORD);
});
afterAll(() => env.close());

async function lastMailTo(to: string) {
  const [m] = await env.platform.database.db.select().from(mailMessage).where(eq(mailMessage.to, to)).orderBy(desc(mailMessage.createdAt)).limit(1);
  if (!m) throw new Error(`no mail to ${to}`);
  return m;
}

function tokenFrom(text: string): string {
  const m = /token=([\w-]+)/.exec(text);
  if (!m?.[1]) throw new Error('no token in mail');
  return m[1];
}

describe('invitations', () => {
  it('invites a staff member to an office; the link sets a password and signs in', async () => {
    const office = await makeOffice(env.ctx(), 'sevilla-inv');
    const res = await admin.post('/api/users/invitations', { email: 'Nueva@Example.org', name: 'Nueva Persona', role: 'staff', officeIds: [office.id], locale: 'es' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ email: 'nueva@example.org', status: 'invited', officeIds: [office.id] });

    const mail = await lastMailTo('nueva@example.org');
    expect(mail.status).toBe('outbox');
    expect(mail.subject).toBe('Te han invitado a Veta');
    expect(mail.text).toContain('Personal técnico');
    const token = tokenFrom(mail.text);

    const guest = env.agent();
    expect((await guest.get(`/api/auth/invitations/${token}`)).json()).toEqual({ email: 'nueva@example.org', name: 'Nueva Persona' });
    const accepted = await guest.post('/api/auth/invitations/accept', { token, password: 'una frase larga y segura' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user).toMatchObject({ status: 'active', role: 'staff' });
    expect((await guest.get('/api/auth/session')).json().user.email).toBe('nueva@example.org');

    const again = await env.agent().post('/api/auth/invitations/accept', { token, password: 'otra frase larga y segura' });
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('identity.token_invalid');
  });

  it('refuses a staff invitation without an office and a duplicate email, naming the field', async () => {
    const noOffice = await admin.post('/api/users/invitations', { email: 'x1@example.org', name: 'X One', role: 'staff', officeIds: [] });
    expect(noOffice.statusCode).toBe(400);
    expect(noOffice.json().errors[0].path).toBe('officeIds');
    await admin.post('/api/users/invitations', { email: 'dup@example.org', name: 'Dup One', role: 'member' });
    const dup = await admin.post('/api/users/invitations', { email: 'dup@example.org', name: 'Dup Two', role: 'member' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0]).toMatchObject({ path: 'email', message: 'There is already an account for dup@example.org.' });
  });

  it('expires invitation links after 7 days by the server clock', async () => {
    await admin.post('/api/users/invitations', { email: 'late@example.org', name: 'Late Person', role: 'applicant' });
    const token = tokenFrom((await lastMailTo('late@example.org')).text);
    env.clock.advance(7 * 24 * 3_600_000 + 1000);
    const res = await env.agent().post('/api/auth/invitations/accept', { token, password: 'una frase larga y segura' });
    env.clock.set(new Date());
    expect(res.json().code).toBe('identity.token_expired');
  });
});

describe('password reset', () => {
  it('mails a single-use link that sets a new password and ends every session', async () => {
    const user = await makeUser(env.ctx(), { email: 'forgetful@example.org' });
    const old = await env.agent().signIn(user.email, TEST_PASSWORD);
    const res = await env.agent().post('/api/auth/password-reset', { email: user.email });
    expect(res.statusCode).toBe(202);
    const unknown = await env.agent().post('/api/auth/password-reset', { email: 'nobody@example.org' });
    expect(unknown.statusCode).toBe(202);

    const token = tokenFrom((await lastMailTo(user.email)).text);
    const done = await env.agent().post('/api/auth/password-reset/confirm', { token, password: 'brand new long password' });
    expect(done.statusCode).toBe(200);
    expect((await old.get('/api/auth/session')).json().user).toBeNull();
    await env.agent().signIn(user.email, 'brand new long password');
    const reuse = await env.agent().post('/api/auth/password-reset/confirm', { token, password: 'another long password' });
    expect(reuse.json().code).toBe('identity.token_invalid');
  });

  it('refuses a password that is the email', async () => {
    const user = await makeUser(env.ctx(), { email: 'samepass@example.org' });
    await env.agent().post('/api/auth/password-reset', { email: user.email });
    const token = tokenFrom((await lastMailTo(user.email)).text);
    const res = await env.agent().post('/api/auth/password-reset/confirm', { token, password: 'samepass@example.org' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('password');
  });
});

describe('administration rules', () => {
  it('keeps at least one active administrator', async () => {
    const fresh = await createTestEnv();
    try {
      const only = await makeUser(fresh.ctx(), { role: 'admin' });
      const agent = await fresh.agent().signIn(only.email, TEST_PASSWORD);
      const res = await agent.patch(`/api/users/${only.id}`, { role: 'staff', officeIds: [] });
      expect(res.statusCode).toBe(400);
      const demote = await agent.patch(`/api/users/${only.id}`, { status: 'disabled' });
      expect(demote.statusCode).toBe(409);
      expect(demote.json().code).toBe('identity.last_admin');
    } finally {
      await fresh.close();
    }
  });

  it('disabling a person ends their sessions at once', async () => {
    const user = await makeUser(env.ctx());
    const agent = await env.agent().signIn(user.email, TEST_PASSWORD);
    expect((await admin.patch(`/api/users/${user.id}`, { status: 'disabled' })).statusCode).toBe(200);
    expect((await agent.get('/api/auth/session')).json().user).toBeNull();
    expect((await env.agent().post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD })).json().code).toBe('identity.account_disabled');
  });
});
