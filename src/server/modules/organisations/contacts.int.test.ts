import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { makeOrganisation, makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { auditEvent } from '../../platform/audit/schema.js';
import { verifyAuditChain } from '../../platform/audit/verify.js';
import { mailMessage } from '../../platform/mail/schema.js';

let env: TestEnv;
let admin: Agent;

beforeAll(async () => {
  env = await createTestEnv();
  env.clock.set(new Date('2026-05-04T10:00:00Z'));
  const a = await makeUser(env.ctx(), { role: 'admin' });
  admin = await env.agent().signIn(a.email, TEST_PASSWORD);
});
afterAll(() => env.close());

describe('contacts and consents', () => {
  it('keeps one primary contact and records consents with purpose, date and source', async () => {
    const org = await makeOrganisation(env.ctx());
    const first = (await admin.post(`/api/organisations/${org.id}/contacts`, { name: 'Elena Prieto', email: 'Elena@Example.org', role: 'representative' })).json();
    expect(first).toMatchObject({ isPrimary: true, email: 'elena@example.org' });
    const second = (await admin.post(`/api/organisations/${org.id}/contacts`, { name: 'Jorge Sanz', phone: '+34 987 000 111', isPrimary: true, locale: 'en' })).json();
    const consent = await admin.post(`/api/contacts/${first.id}/consents`, { purpose: 'newsletter', granted: true, givenOn: '2026-04-20', source: 'Formulario de alta' });
    expect(consent.statusCode).toBe(200);
    const contacts = (await admin.get(`/api/organisations/${org.id}`)).json().contacts as { id: string; isPrimary: boolean; consents: unknown[] }[];
    expect(contacts.find((c) => c.id === second.id)?.isPrimary).toBe(true);
    expect(contacts.find((c) => c.id === first.id)).toMatchObject({ isPrimary: false, consents: [{ purpose: 'newsletter', granted: true, givenOn: '2026-04-20', source: 'Formulario de alta' }] });
    const bad = await admin.post(`/api/organisations/${org.id}/contacts`, { name: 'X', email: 'not-an-email', phone: 'abc' });
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['email', 'name', 'phone']);
  });

  it('exports everything held about a person, then erases them and keeps the audit trail', async () => {
    const org = await makeOrganisation(env.ctx());
    await admin.post(`/api/organisations/${org.id}/membership`, { status: 'active', effectiveOn: '2025-01-01', annualFeeCents: 50000 });
    const c = (await admin.post(`/api/organisations/${org.id}/contacts`, { name: 'Lucía Ramos', email: 'lucia@borrar.example', phone: '600111222', role: 'billing' })).json();
    await admin.post(`/api/contacts/${c.id}/consents`, { purpose: 'events', granted: true, givenOn: '2026-01-10', source: 'Congreso 2026' });
    await admin.post(`/api/organisations/${org.id}/fees`, { year: 2025, dueOn: '2026-02-01' });
    await env.jobs.drain();

    const exported = (await admin.get(`/api/contacts/${c.id}/export`)).json();
    expect(exported.contact).toMatchObject({ name: 'Lucía Ramos', email: 'lucia@borrar.example', phone: '600111222' });
    expect(exported.contact.consents).toHaveLength(1);
    expect(exported.feeReminders).toHaveLength(1);
    expect(exported.mails).toHaveLength(1);
    expect(exported.history.map((h: { action: string }) => h.action)).toEqual(['orgs.contact_added', 'orgs.consent_recorded']);

    expect((await admin.post(`/api/contacts/${c.id}/erase`)).statusCode).toBe(200);
    const after = (await admin.get(`/api/organisations/${org.id}`)).json().contacts.find((x: { id: string }) => x.id === c.id);
    expect(after).toMatchObject({ name: '—', email: null, phone: null, position: null, consents: [] });
    expect(after.erasedAt).not.toBeNull();
    const mails = await env.platform.database.db.select().from(mailMessage).where(eq(mailMessage.to, 'lucia@borrar.example'));
    expect(mails).toHaveLength(0);
    const trail = await env.platform.database.db.select().from(auditEvent).where(eq(auditEvent.entityId, c.id));
    expect(trail.map((e) => e.action)).toContain('orgs.contact_erased');
    expect(JSON.stringify(trail)).not.toContain('Lucía');
    expect(JSON.stringify(trail)).not.toContain('lucia@borrar.example');
    expect((await verifyAuditChain(env.platform.database.db)).ok).toBe(true);
    expect((await admin.patch(`/api/contacts/${c.id}`, { name: 'Vuelve' })).json().code).toBe('orgs.contact_erased');
  });
});
