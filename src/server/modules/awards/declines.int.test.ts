import { afterAll, beforeAll, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { AwardsOutcome, AwardsPublicResults, AwardsSelection } from '../../../shared/contracts/awards.js';
import { mailMessage } from '../../platform/mail/schema.js';
import { recipientCommitment } from '../funding/schema.js';
import { verifyDecisions } from './index.js';
import { findCall } from './repository.js';
import { award } from './schema/core.js';
import { descending, finalReports, makeDecidableCall, signedIn } from '../../../../test/awards.js';
import { linkToOrganisation, TEST_PASSWORD } from '../../../../test/factories.js';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';

let env: TestEnv;
let admin: Agent;
beforeAll(async () => {
  env = await createTestEnv();
  admin = (await signedIn(env, 'admin')).agent;
});
afterAll(() => env.close());

const EUR = (n: number) => n * 100;

it('cancels the awards of a selected applicant that declines and promotes the first reserve that fits; the record still verifies', async () => {
  const c = await makeDecidableCall(env, { applications: 3, budgetCents: EUR(40_000) });
  await finalReports(env, c, descending(3));
  const [first, second, third] = c.applications.map((a) => a.id) as [string, string, string];
  expect((await admin.post(`/api/awards/applications/${first}/decline`, { reason: 'x' })).json<{ code: string }>().code).toBe('awards.not_frozen');
  await admin.post(`/api/awards/calls/${c.callId}/decision`);
  expect((await admin.post(`/api/awards/applications/${second}/decline`, { reason: 'x' })).json<{ code: string }>().code).toBe('awards.no_active_award');
  const bad = await admin.post(`/api/awards/applications/${first}/decline`, { reason: '' });
  expect([bad.statusCode, bad.json<{ errors: { path: string }[] }>().errors[0]!.path]).toEqual([400, 'reason']);
  const finance = (await signedIn(env, 'finance')).agent;
  expect((await finance.post(`/api/awards/applications/${first}/decline`, { reason: 'x' })).statusCode).toBe(403);

  const res = await admin.post(`/api/awards/applications/${first}/decline`, { reason: 'The company closed the project.' });
  expect(res.json()).toEqual({ promoted: second });
  const db = env.ctx().db;
  expect((await db.select().from(award).where(eq(award.applicationId, first))).map((a) => a.status)).toEqual(['cancelled', 'cancelled']);
  expect(await db.select().from(recipientCommitment).where(and(eq(recipientCommitment.applicationId, first), eq(recipientCommitment.source, 'award')))).toEqual([]);
  expect((await db.select().from(award).where(eq(award.applicationId, second))).map((a) => [a.status, a.amountCents])).toEqual([['active', EUR(20_000)], ['active', EUR(20_000)]]);
  expect((await db.select().from(recipientCommitment).where(eq(recipientCommitment.applicationId, second))).length).toBe(2);

  const s = (await admin.get(`/api/awards/calls/${c.callId}/selection`)).json<AwardsSelection>();
  expect(s.rows.map((r) => [r.decision, r.change])).toEqual([['selected', 'declined'], ['reserve', 'promoted'], ['reserve', null]]);
  expect((await verifyDecisions(env.ctx())).problems).toEqual([]);
  const { code } = (await findCall(db, c.callId))!;
  const pub = (await env.agent().get(`/api/public/calls/${code}/results`)).json<AwardsPublicResults>();
  expect(pub.totalCents).toBe(EUR(40_000));
  expect(pub.recipients.map((r) => r.acronym)).toEqual([s.rows[1]!.acronym, s.rows[1]!.acronym]);
  // Letters: the decision letters, the promotion letter of the promoted reserve (its applicant reads
  // it as selected) and the acknowledgement of the decline, with its reason.
  expect((await admin.post(`/api/awards/calls/${c.callId}/letters`)).json()).toEqual({ sent: 5, alreadySent: 0 });
  const decliner = c.applications[0]!;
  const declineMails = await db.select().from(mailMessage).where(eq(mailMessage.to, decliner.applicantEmail));
  expect(declineMails.map((m) => m.subject).sort()).toEqual([expect.stringContaining(': selected for funding'), expect.stringContaining(': your decline of the funding')]);
  await linkToOrganisation(env.ctx(), decliner.applicantUserId, decliner.leadOrganisationId);
  const declinedView = (await (await env.agent().signIn(decliner.applicantEmail, TEST_PASSWORD)).get(`/api/awards/applications/${first}/outcome`)).json<AwardsOutcome>();
  expect(declinedView).toMatchObject({ published: true, outcome: 'declined', reservePosition: null });
  expect(declinedView.letter!.body).toContain('Reason recorded: The company closed the project.');
  expect(declinedView.letter!.body).toContain('the funding of €40,000.00 awarded to the project is cancelled');
  const promotedApplicant = c.applications[1]!;
  const mails = await db.select().from(mailMessage).where(eq(mailMessage.to, promotedApplicant.applicantEmail));
  expect(mails.map((m) => m.subject).sort()).toEqual([expect.stringContaining('now selected for funding'), expect.stringContaining('on the reserve list')].sort());
  await linkToOrganisation(env.ctx(), promotedApplicant.applicantUserId, promotedApplicant.leadOrganisationId);
  const applicant = await env.agent().signIn(promotedApplicant.applicantEmail, TEST_PASSWORD);
  const outcome = (await applicant.get(`/api/awards/applications/${second}/outcome`)).json<AwardsOutcome>();
  expect(outcome).toMatchObject({ published: true, outcome: 'selected', reservePosition: null });
  expect(outcome.letter!.body).toContain('has declined its funding');
  // The next one declines too: the third is promoted; then nobody is left.
  expect((await admin.post(`/api/awards/applications/${second}/decline`, { reason: 'No longer interested.' })).json()).toEqual({ promoted: third });
  expect((await admin.post(`/api/awards/applications/${third}/decline`, { reason: 'No.' })).json()).toEqual({ promoted: null });
  expect((await verifyDecisions(env.ctx())).problems).toEqual([]);
  // Sending again reaches only what is new: two declines and the third's promotion.
  expect((await admin.post(`/api/awards/calls/${c.callId}/letters`)).json()).toEqual({ sent: 3, alreadySent: 5 });
});
