/** Who sees and does what in payments, route by route (policy.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { linkToOrganisation, makeApplicant, makeUser } from '../../../../test/factories.js';
import { ctxAs, makeBackOffice, makeFundedCall, signedIn, type FundedCall } from '../../../../test/payments.js';
import { PDF, upload } from '../../../../test/upload.js';
import { createAgreement, signAgreement, uploadReport } from './index.js';
import { Readable } from 'node:stream';
import type { ProjectDto, ProjectSummaryDto } from '../../../shared/contracts/payments.js';

let env: TestEnv;
let funded: FundedCall;
let people: Awaited<ReturnType<typeof makeBackOffice>>;
let project: ProjectDto;
let reportId: string;
const agents: Record<string, Agent> = {};

beforeAll(async () => {
  env = await createTestEnv();
  funded = await makeFundedCall(env, { projects: 2 });
  people = await makeBackOffice(env, funded.officeId);
  const [one] = funded.projects;
  const admin = ctxAs(env, people.admin);
  const draft = await createAgreement(admin, one!.applicationId, { startsOn: '2026-01-01', endsOn: '2026-12-31' });
  await signAgreement(admin, draft.agreement!.id, { signedOn: '2026-01-02' });
  const lead = ctxAs(env, { id: one!.applicantUserId, email: one!.applicantEmail, name: 'Lead', role: 'applicant', officeIds: [] });
  project = await uploadReport(lead, one!.applicationId, 'midTermReview', { stream: Readable.from(PDF), filename: 'mid.pdf' });
  reportId = project.reports[0]!.id;
  agents.lead = await env.agent().signIn(one!.applicantEmail, 'correct-horse-battery');
  const partnerUser = await makeUser(env.ctx(), { role: 'member' });
  await linkToOrganisation(env.ctx(), partnerUser.id, one!.partnerOrganisationId);
  agents.partner = await signedIn(env, partnerUser);
  agents.stranger = (await makeApplicant(env)).agent;
  agents.member = await signedIn(env, await makeUser(env.ctx(), { role: 'member' }));
  agents.evaluator = await signedIn(env, await makeUser(env.ctx(), { role: 'evaluator' }));
  agents.staff = await signedIn(env, people.staff);
  agents.otherStaff = await signedIn(env, people.otherStaff);
  agents.finance = await signedIn(env, people.finance);
});
afterAll(() => env.close());

const projectUrl = () => `/api/payments/projects/${project.applicationId}`;
const firstDue = () => project.payments.find((p) => p.due)!.id;

describe('recipients', () => {
  it('the lead sees only its own project, its schedule and payment states, and its report file', async () => {
    const list = (await agents.lead!.get('/api/payments/projects')).json() as ProjectSummaryDto[];
    expect(list.map((p) => p.applicationId)).toEqual([project.applicationId]);
    const detail = await agents.lead!.get(projectUrl());
    expect(detail.json()).toMatchObject({ applicationId: project.applicationId, can: { report: true, manage: false, pay: false } });
    expect((await agents.lead!.get(`/api/payments/projects/${funded.projects[1]!.applicationId}`)).statusCode).toBe(404);
    expect((await agents.lead!.get(`/api/payments/reports/${reportId}/file`)).statusCode).toBe(200);
  });

  it('an awarded partner reads the project but does not upload reports', async () => {
    expect((await agents.partner!.get(projectUrl())).json()).toMatchObject({ can: { report: false } });
    expect((await upload(agents.partner!, `${projectUrl()}/reports?milestone=finalReport`, 'final.pdf', PDF)).statusCode).toBe(403);
  });

  it('applicants and members of other organisations see nothing (404, empty lists)', async () => {
    for (const who of ['stranger', 'member'] as const) {
      const agent = agents[who]!;
      expect((await agent.get('/api/payments/projects')).json()).toEqual([]);
      expect((await agent.get(projectUrl())).statusCode).toBe(404);
      expect((await agent.get(`/api/payments/reports/${reportId}/file`)).statusCode).toBe(404);
      expect((await upload(agent, `${projectUrl()}/reports?milestone=finalReport`, 'x.pdf', PDF)).statusCode).toBe(404);
      expect((await agent.get('/api/payments/my/accounts')).json()).toEqual([]);
      expect((await agent.request('PUT', `/api/payments/my/accounts/${funded.projects[0]!.leadOrganisationId}`, { iban: 'ES9121000418450200051332', holderName: 'X S.L.' })).statusCode).toBe(403);
    }
  });

  it('recipients never reach the ledger, exports, dashboard or accounts of the back office', async () => {
    for (const url of [`/api/payments/programmes/${funded.programmeId}/ledger`, `/api/payments/programmes/${funded.programmeId}/dashboard`, `/api/payments/programmes/${funded.programmeId}/export`, '/api/payments/accounts', '/api/payments/verify']) {
      expect((await agents.lead!.get(url)).statusCode, url).toBe(403);
    }
    expect((await agents.lead!.post(`/api/payments/payments/${firstDue()}/approve`)).statusCode).toBe(403);
  });
});

describe('evaluators', () => {
  it('are refused every payments route', async () => {
    for (const url of ['/api/payments/projects', projectUrl(), `/api/payments/reports/${reportId}/file`, `/api/payments/programmes/${funded.programmeId}/ledger`, '/api/payments/my/accounts']) {
      expect((await agents.evaluator!.get(url)).statusCode, url).toBe(403);
    }
  });
});

describe('back office', () => {
  it('staff of another office read but cannot manage, decide or cancel', async () => {
    expect((await agents.otherStaff!.get(projectUrl())).json()).toMatchObject({ can: { manage: false, pay: false, cancel: false } });
    expect((await agents.otherStaff!.get(`/api/payments/programmes/${funded.programmeId}/ledger`)).statusCode).toBe(200);
    expect((await agents.otherStaff!.post(`/api/payments/projects/${funded.projects[1]!.applicationId}/agreement`, { startsOn: '2026-01-01', endsOn: '2026-02-01' })).statusCode).toBe(403);
    expect((await agents.otherStaff!.post(`/api/payments/reports/${reportId}/decision`, { decision: 'accept' })).statusCode).toBe(403);
    expect((await agents.otherStaff!.post(`/api/payments/payments/${firstDue()}/cancel`, { reason: 'No reason' })).statusCode).toBe(403);
  });

  it('staff of the office manage but never approve, pay, export or verify accounts; finance does not manage agreements', async () => {
    expect((await agents.staff!.get(projectUrl())).json()).toMatchObject({ can: { manage: true, pay: false, cancel: true } });
    expect((await agents.staff!.post(`/api/payments/payments/${firstDue()}/approve`)).statusCode).toBe(403);
    expect((await agents.staff!.get(`/api/payments/programmes/${funded.programmeId}/export`)).statusCode).toBe(403);
    expect((await agents.finance!.post(`/api/payments/projects/${funded.projects[1]!.applicationId}/agreement`, { startsOn: '2026-01-01', endsOn: '2026-02-01' })).statusCode).toBe(403);
    expect((await agents.finance!.post(`/api/payments/reports/${reportId}/decision`, { decision: 'accept' })).statusCode).toBe(403);
    expect((await agents.staff!.request('PUT', `/api/payments/programmes/${funded.programmeId}/account`, { iban: 'ES7921000813610123456789', holderName: 'Cluster' })).statusCode).toBe(403);
    expect((await agents.staff!.get('/api/payments/accounts')).statusCode).toBe(200);
    expect((await agents.staff!.get(`/api/payments/programmes/${funded.programmeId}/account`)).json()).toMatchObject({ iban: null });
    expect((await agents.finance!.request('PUT', `/api/payments/programmes/${funded.programmeId}/account`, { iban: 'ES7921000813610123456789', holderName: 'Cluster' })).json()).toMatchObject({ iban: 'ES7921000813610123456789' });
    expect((await agents.finance!.post(`/api/payments/payments/${firstDue()}/approve`)).json()).toMatchObject({ state: 'approved' });
    const dashboard = (await agents.finance!.get(`/api/payments/programmes/${funded.programmeId}/dashboard`)).json();
    expect(dashboard).toMatchObject({ awardedCents: 2 * 3_999_999, projects: 2, signedAgreements: 1, ledger: { ok: true, approvedCents: expect.any(Number) } });
    expect(dashboard.byRegion.map((r: { key: string }) => r.key).sort()).toEqual(['PT11', expect.any(String)].sort());
  });
});
