import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import type { AwardsOutcome } from '../../../shared/contracts/awards.js';
import { mailMessage } from '../../platform/mail/schema.js';
import { appUser } from '../identity/schema.js';
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

it('sends each applicant the letter in their language with the consensus summary, once; the applicant sees only their own outcome', async () => {
  const c = await makeDecidableCall(env, { applications: 3, budgetCents: EUR(40_000) });
  await finalReports(env, c, descending(3, [2]));
  const [sel, res, rej] = c.applications as [(typeof c.applications)[0], (typeof c.applications)[0], (typeof c.applications)[0]];
  await env.ctx().db.update(appUser).set({ locale: 'es' }).where(eq(appUser.id, sel.applicantUserId));
  expect((await admin.post(`/api/awards/calls/${c.callId}/letters`)).json<{ code: string }>().code).toBe('awards.not_frozen');
  expect((await admin.post(`/api/awards/calls/${c.callId}/decision`)).statusCode).toBe(200);

  await linkToOrganisation(env.ctx(), sel.applicantUserId, sel.leadOrganisationId);
  await linkToOrganisation(env.ctx(), res.applicantUserId, res.leadOrganisationId);
  const applicant = await env.agent().signIn(sel.applicantEmail, TEST_PASSWORD);
  const other = await env.agent().signIn(res.applicantEmail, TEST_PASSWORD);
  expect((await applicant.get(`/api/awards/applications/${sel.id}/outcome`)).json<AwardsOutcome>()).toMatchObject({ published: false, outcome: null, letter: null });

  const sent = await admin.post(`/api/awards/calls/${c.callId}/letters`);
  expect(sent.json()).toEqual({ sent: 3, alreadySent: 0 });
  const mails = await env.ctx().db.select().from(mailMessage).where(inArray(mailMessage.to, [sel.applicantEmail, res.applicantEmail, rej.applicantEmail]));
  const to = (email: string) => mails.find((m) => m.to === email)!;
  expect(to(sel.applicantEmail)).toMatchObject({ locale: 'es', template: 'awardsLetter' });
  expect(to(sel.applicantEmail).subject).toMatch(/seleccionado para financiación/);
  expect(to(sel.applicantEmail).text).toMatch(/ocupa el puesto 1 y recibe 40\.000,00\s€ en total/);
  expect(to(sel.applicantEmail).text).toMatch(/Parceiro .* Lda\.: 20\.000,00\s€/);
  expect(to(sel.applicantEmail).text).toContain('Excellence comment 0');
  expect(to(sel.applicantEmail).text).toContain('Total: 14 de 15');
  expect(to(res.applicantEmail)).toMatchObject({ locale: 'en' });
  expect(to(res.applicantEmail).text).toContain('reserve list at position 1');
  expect(to(res.applicantEmail).text).toContain('Impact comment 1');
  expect(to(rej.applicantEmail).text).toContain('was not selected');
  expect(to(rej.applicantEmail).text).toContain('Implementation comment 2');
  expect((await admin.post(`/api/awards/calls/${c.callId}/letters`)).json()).toEqual({ sent: 0, alreadySent: 3 });

  const outcome = (await applicant.get(`/api/awards/applications/${sel.id}/outcome`)).json<AwardsOutcome>();
  expect(outcome).toMatchObject({ published: true, outcome: 'selected', rank: 1, reservePosition: null });
  expect(outcome.letter!.body).toContain('Excellence comment 0');
  expect((await other.get(`/api/awards/applications/${res.id}/outcome`)).json<AwardsOutcome>()).toMatchObject({ outcome: 'reserve', reservePosition: 1 });
  // Nobody else sees it: another applicant, a member, an evaluator (by role), staff (by role).
  expect((await other.get(`/api/awards/applications/${sel.id}/outcome`)).statusCode).toBe(404);
  expect((await (await signedIn(env, 'member')).agent.get(`/api/awards/applications/${sel.id}/outcome`)).statusCode).toBe(404);
  expect((await (await signedIn(env, 'evaluator')).agent.get(`/api/awards/applications/${sel.id}/outcome`)).statusCode).toBe(403);
  // Letters are sent by managers only.
  expect((await (await signedIn(env, 'finance')).agent.post(`/api/awards/calls/${c.callId}/letters`)).statusCode).toBe(403);
});
