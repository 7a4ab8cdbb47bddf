import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { makeOffice, makeOrganisation, makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { mailMessage } from '../../platform/mail/schema.js';

let env: TestEnv;
let admin: Agent;

beforeAll(async () => {
  env = await createTestEnv();
  env.clock.set(new Date('2026-03-10T09:00:00Z'));
  const a = await makeUser(env.ctx(), { role: 'admin' });
  admin = await env.agent().signIn(a.email, TEST_PASSWORD);
});
afterAll(() => env.close());

async function member(input: Parameters<typeof makeOrganisation>[1] = {}) {
  const org = await makeOrganisation(env.ctx(), input);
  expect((await admin.post(`/api/organisations/${org.id}/membership`, { status: 'applicant', effectiveOn: '2024-01-15' })).statusCode).toBe(200);
  const res = await admin.post(`/api/organisations/${org.id}/membership`, { status: 'active', effectiveOn: '2024-02-01', tier: 'full', annualFeeCents: 120000 });
  expect(res.statusCode).toBe(200);
  return org;
}

const mailsTo = (to: string) => env.platform.database.db.select().from(mailMessage).where(and(eq(mailMessage.to, to), eq(mailMessage.template, 'orgsFeeReminder')));

describe('membership history', () => {
  it('records dated status changes, refuses impossible ones, and keeps member-since', async () => {
    const org = await member();
    const detail = (await admin.get(`/api/organisations/${org.id}`)).json();
    expect(detail.organisation).toMatchObject({ membershipStatus: 'active', membershipTier: 'full', annualFeeCents: 120000, memberSince: '2024-02-01' });
    expect(detail.membership.map((e: { status: string; effectiveOn: string }) => [e.status, e.effectiveOn])).toEqual([['applicant', '2024-01-15'], ['active', '2024-02-01']]);
    expect((await admin.post(`/api/organisations/${org.id}/membership`, { status: 'suspended', effectiveOn: '2025-06-01' })).statusCode).toBe(200);
    const bad = await admin.post(`/api/organisations/${org.id}/membership`, { status: 'applicant', effectiveOn: '2025-07-01' });
    expect(bad.statusCode).toBe(409);
    expect(bad.json().code).toBe('orgs.bad_transition');
  });

  it('shows how the number of members grew month by month', async () => {
    const growth = (await admin.get('/api/organisations/growth')).json().points as { month: string; members: number; joined: number; left: number }[];
    const feb = growth.find((p) => p.month === '2024-02');
    expect(feb?.joined).toBeGreaterThanOrEqual(1);
    expect(growth.at(-1)?.month).toBe('2026-03');
    for (let i = 1; i < growth.length; i++) {
      const prev = growth[i - 1]!;
      const cur = growth[i]!;
      expect(cur.members).toBe(prev.members + cur.joined - cur.left);
    }
  });

  it('issues a printable certificate only to active members', async () => {
    const org = await member({ legalName: 'Certificada S.L.' });
    const res = await admin.get(`/api/organisations/${org.id}/certificate?lang=es`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Certificado de socio');
    expect(res.body).toContain('Certificada S.L.');
    expect(res.body).toContain('1 de febrero de 2024');
    const outsider = await makeOrganisation(env.ctx());
    const refused = await admin.get(`/api/organisations/${outsider.id}/certificate`);
    expect(refused.statusCode).toBe(409);
  });
});

describe('fees', () => {
  it('issues, becomes overdue after its due date in Madrid by the server clock, is paid; one fee per year', async () => {
    const org = await member();
    const issued = await admin.post(`/api/organisations/${org.id}/fees`, { year: 2026, dueOn: '2026-03-12' });
    expect(issued.statusCode).toBe(200);
    expect(issued.json().reference).toMatch(/^CUOTA-2026-\d{4}$/);
    const fee = () => admin.get(`/api/organisations/${org.id}`).then((r) => r.json().fees[0]);
    expect(await fee()).toMatchObject({ state: 'issued', amountCents: 120000, issuedOn: '2026-03-10' });
    env.clock.set(new Date('2026-03-12T22:30:00Z'));
    expect((await fee()).state).toBe('issued');
    env.clock.set(new Date('2026-03-12T23:30:00Z'));
    expect((await fee()).state).toBe('overdue');
    const overdue = (await admin.get('/api/fees?state=overdue')).json();
    expect(overdue.items.map((f: { organisationId: string }) => f.organisationId)).toContain(org.id);
    expect((await admin.post(`/api/organisations/${org.id}/fees`, { year: 2026, dueOn: '2026-05-31' })).statusCode).toBe(409);
    expect((await admin.patch(`/api/fees/${(await fee()).id}`, { status: 'paid', paidOn: '2026-03-13' })).statusCode).toBe(200);
    expect(await fee()).toMatchObject({ state: 'paid', paidOn: '2026-03-13' });
    expect((await admin.patch(`/api/fees/${(await fee()).id}`, { status: 'cancelled' })).statusCode).toBe(409);
    env.clock.set(new Date('2026-03-10T09:00:00Z'));
  });

  it('reminds the contact of an overdue fee once a week, however often the job runs', async () => {
    const org = await member();
    const contact = await admin.post(`/api/organisations/${org.id}/contacts`, { name: 'Marta Billing', email: 'marta@cuotas.example', role: 'billing', locale: 'es' });
    expect(contact.statusCode).toBe(200);
    await admin.post(`/api/organisations/${org.id}/fees`, { year: 2025, dueOn: '2026-03-01' });
    await env.jobs.drain();
    await env.jobs.drain();
    expect((await admin.post('/api/fees/reminders')).json().sent).toBe(0);
    let mails = await mailsTo('marta@cuotas.example');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toMatch(/^Recordatorio: la cuota CUOTA-2025-\d{4} está pendiente de pago$/);
    expect(mails[0]?.text).toContain('1200,00');
    env.clock.advance(6 * 24 * 3_600_000);
    await env.jobs.drain();
    expect(await mailsTo('marta@cuotas.example')).toHaveLength(1);
    env.clock.advance(24 * 3_600_000);
    await env.jobs.drain();
    mails = await mailsTo('marta@cuotas.example');
    expect(mails).toHaveLength(2);
    env.clock.set(new Date('2026-03-10T09:00:00Z'));
  });

  it('lets staff see only the fees of their offices, and not members', async () => {
    const office = await makeOffice(env.ctx(), 'fees-murcia');
    const org = await member({ officeId: office.id });
    await admin.post(`/api/organisations/${org.id}/fees`, { year: 2026, dueOn: '2026-12-31' });
    const staffer = await makeUser(env.ctx(), { role: 'staff', officeIds: [office.id] });
    const staff = await env.agent().signIn(staffer.email, TEST_PASSWORD);
    const seen = (await staff.get('/api/fees?limit=500')).json().items as { organisationId: string }[];
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((f) => f.organisationId === org.id)).toBe(true);
    const m = await makeUser(env.ctx(), { role: 'member' });
    expect((await (await env.agent().signIn(m.email, TEST_PASSWORD)).get('/api/fees')).statusCode).toBe(403);
  });
});
