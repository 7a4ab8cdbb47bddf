/**
 * Applicants cannot read or change other applications: every route that names an application, a
 * partner, an attachment or a version is called by an applicant outside the consortium (404, so
 * nothing is revealed), by a confirmed partner (reads only) and by staff of another office (reads,
 * but no decisions). The route list is checked against the app's routes so a new one is not missed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { makeApplicant, makeOffice, makeProgramme, makePublishedCall, makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { completeApplication, makeConsortium, type Applicant } from '../../../../test/funding.js';
import { lastMailTo, tokenFrom } from '../../../../test/mail.js';
import { PDF, upload } from '../../../../test/upload.js';

let env: TestEnv;
let lead: Applicant;
let partner: Applicant;
let outsider: Applicant;
let otherStaff: Agent;
let ids: { app: string; partner: string; leadPartner: string; attachment: string; token: string };

beforeAll(async () => {
  env = await createTestEnv();
  env.clock.set('2022-02-01T10:00:00Z');
  const leon = await makeOffice(env.ctx(), 'leon-acc');
  const murcia = await makeOffice(env.ctx(), 'murcia-acc');
  const programme = await makeProgramme(env.ctx(), { officeId: leon.id });
  const call = await makePublishedCall(env, { programmeId: programme.id, deadlineLocal: '2022-03-14T17:00' });
  ({ lead, partner } = await makeConsortium(env));
  outsider = await makeApplicant(env);
  await outsider.agent.post(`/api/funding/calls/${call.id}/applications`, { leadOrganisationId: outsider.organisation.id });
  otherStaff = await env.agent().signIn((await makeUser(env.ctx(), { role: 'staff', officeIds: [murcia.id] })).email, TEST_PASSWORD);
  const app = await completeApplication(env, call.id, lead, partner);
  await lead.agent.post(`/api/funding/applications/${app}/submit`, { idempotencyKey: 'access-key-1' });
  await lead.agent.post(`/api/funding/applications/${app}/partners`, { email: 'pending@example.org', name: 'Pending Partner', roles: ['provider'] });
  const token = tokenFrom((await lastMailTo(env, 'pending@example.org')).text);
  const detail = (await lead.agent.get(`/api/funding/applications/${app}`)).json();
  const other = detail.partners.find((p: { lead: boolean; status: string }) => !p.lead && p.status === 'confirmed');
  const leadRow = detail.partners.find((p: { lead: boolean }) => p.lead);
  ids = { app, partner: other.id, leadPartner: leadRow.id, attachment: detail.attachments[0].id, token };
});
afterAll(() => env.close());

type Call = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; route: string; url: () => string; body?: () => unknown; file?: boolean };

const CALLS: Call[] = [
  { method: 'GET', route: '/api/funding/applications/:id', url: () => `/api/funding/applications/${ids.app}` },
  { method: 'PATCH', route: '/api/funding/applications/:id', url: () => `/api/funding/applications/${ids.app}`, body: () => ({ title: 'Taken over' }) },
  { method: 'POST', route: '/api/funding/applications/:id/submit', url: () => `/api/funding/applications/${ids.app}/submit`, body: () => ({ idempotencyKey: 'outsider-key' }) },
  { method: 'GET', route: '/api/funding/applications/:id/versions/:version', url: () => `/api/funding/applications/${ids.app}/versions/1` },
  { method: 'POST', route: '/api/funding/applications/:id/partners', url: () => `/api/funding/applications/${ids.app}/partners`, body: () => ({ email: 'x@example.org', name: 'Xavier' }) },
  { method: 'PATCH', route: '/api/funding/partners/:id', url: () => `/api/funding/partners/${ids.partner}`, body: () => ({ roles: ['adopter'] }) },
  { method: 'DELETE', route: '/api/funding/partners/:id', url: () => `/api/funding/partners/${ids.partner}` },
  { method: 'POST', route: '/api/funding/partners/:id/invitation', url: () => `/api/funding/partners/${ids.partner}/invitation` },
  { method: 'POST', route: '/api/funding/applications/:id/attachments', url: () => `/api/funding/applications/${ids.app}/attachments?questionId=workplan`, file: true },
  { method: 'DELETE', route: '/api/funding/attachments/:id', url: () => `/api/funding/attachments/${ids.attachment}` },
  { method: 'GET', route: '/api/funding/attachments/:id', url: () => `/api/funding/attachments/${ids.attachment}` },
  { method: 'POST', route: '/api/funding/applications/:id/status', url: () => `/api/funding/applications/${ids.app}/status`, body: () => ({ status: 'withdrawn', reason: 'Because I can' }) },
];

function send(agent: Agent, c: Call) {
  if (c.file) return upload(agent, c.url(), 'x.pdf', PDF);
  return agent.request(c.method, c.url(), c.body?.());
}

describe('nobody outside the consortium reaches an application', () => {
  it('covers every funding route that names an application, partner, attachment or version', () => {
    const named = env.routes.filter((r) => /^\/api\/funding\/(applications|partners|attachments)\/:id/.test(r.url)).map((r) => `${r.method} ${r.url}`);
    expect(named.sort()).toEqual(CALLS.map((c) => `${c.method} ${c.route}`).sort());
  });

  for (const c of CALLS) {
    it(`${c.method} ${c.route}: an applicant of another application gets 404 or 403, and nothing changes`, async () => {
      const res = await send(outsider.agent, c);
      // reading answers 404: the application's existence is not revealed to applicants
      if (c.method === 'GET') expect(res.statusCode).toBe(404);
      else expect([403, 404]).toContain(res.statusCode);
    });
  }

  it('after all those attempts the application is as it was', async () => {
    const detail = (await lead.agent.get(`/api/funding/applications/${ids.app}`)).json();
    expect(detail).toMatchObject({ title: 'Cutting line twin', status: 'submitted', currentVersion: 1 });
    expect(detail.partners.filter((p: { status: string }) => p.status !== 'declined')).toHaveLength(3);
    expect(detail.attachments).toHaveLength(1);
    expect(detail.answers.declarations).toEqual([ids.attachment]);
  });

  it("a partner reads, but cannot change the application, others' rows or files", async () => {
    const allowed = new Set(['GET /api/funding/applications/:id', 'GET /api/funding/applications/:id/versions/:version', 'GET /api/funding/attachments/:id']);
    const own = ids.partner;
    ids.partner = ids.leadPartner; // the partner routes aim at the lead's row, not the partner's own
    for (const c of CALLS) {
      const res = await send(partner.agent, c);
      if (allowed.has(`${c.method} ${c.route}`)) expect(res.statusCode, `${c.method} ${c.route}`).toBe(200);
      else expect([403, 404], `${c.method} ${c.route}`).toContain(res.statusCode);
    }
    ids.partner = own;
  });

  it("staff of another office read every application but cannot decide on another office's programme", async () => {
    expect((await otherStaff.get(`/api/funding/applications/${ids.app}`)).statusCode).toBe(200);
    const res = await otherStaff.post(`/api/funding/applications/${ids.app}/status`, { status: 'withdrawn', reason: 'Not my office' });
    expect(res.json().code).toBe('funding.programme_not_yours');
  });

  it('a member of another organisation cannot accept an invitation for an organisation they do not act for', async () => {
    const res = await outsider.agent.post(`/api/funding/invitations/${ids.token}/accept`, { organisationId: lead.organisation.id, roles: ['provider'] });
    expect(res.json().code).toBe('funding.organisation_not_yours');
  });

  it('my applications list only those of my organisations', async () => {
    const mine = (await outsider.agent.get('/api/funding/my/applications')).json();
    expect(mine.map((a: { leadName: string }) => a.leadName)).toEqual([outsider.organisation.legalName]);
    const partnerList = (await partner.agent.get('/api/funding/my/applications')).json();
    expect(partnerList.map((a: { id: string; standing: string }) => [a.id, a.standing])).toEqual([[ids.app, 'partner']]);
  });
});
