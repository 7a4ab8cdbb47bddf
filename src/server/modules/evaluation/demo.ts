/**
 * Demo data of evaluation, through the services people use, at the dates things happened: the
 * expert pool (invited, accepting through the mailed link, accepting the terms), then for the
 * closed calls (MINE.THE.GAP #2 in 2022, the 2024 vouchers) the optimal assignment, the experts'
 * declarations (one declares a conflict, the assignment is re-run around it), every individual
 * form and the consensus report of each application (one with a minority view).
 */
import { eq } from 'drizzle-orm';
import type { DemoStep } from '../../demo/types.js';
import type { UserActor } from '../../platform/actor.js';
import type { Ctx } from '../../platform/context.js';
import { actorByEmail, as, at, mailedToken, organisationIdByName } from '../../demo/acting.js';
import { acceptInvitation } from '../identity/service/users.js';
import { DEMO_PASSWORD, findUserByEmail } from '../identity/index.js';
import { application, call } from '../funding/index.js';
import { AGREED, DECLARED_CONFLICT, DEMO_EXPERTS, MINORITY_VIEW, demoComment, individualScore, type DemoExpert } from './demo-data.js';
import { evaluator } from './schema/core.js';
import { acceptTerms, createExpert } from './service/experts.js';
import { listAssignments, confirmRun } from './service/assignments.js';
import { startRun } from './service/runs.js';
import { declare } from './service/home.js';
import { submitForm } from './service/forms.js';
import { designateRapporteur, finaliseConsensus } from './service/consensus.js';
import * as pool from './repository/pool.js';

const CRITERIA = ['excellence', 'impact', 'implementation'] as const;
const HOUR = 3_600_000;

async function registryId(ctx: Ctx, legalName: string | undefined): Promise<string | null> {
  return legalName ? ((await organisationIdByName(ctx, legalName)) ?? null) : null;
}

/** One expert in the pool, with an active account and the terms accepted; returns the actor. */
async function expert(staff: Ctx, e: DemoExpert): Promise<UserActor> {
  const relations = await Promise.all((e.relations ?? []).map(async (r) => ({ ...r, organisationId: await registryId(staff, r.name), taxId: null })));
  const profile = { country: e.country, organisationName: e.organisationName, languages: e.languages, topics: e.topics, keywords: e.keywords, minLoad: e.minLoad, maxLoad: e.maxLoad, relations };
  const organisationId = await registryId(staff, e.registryOrganisation);
  const existing = await findUserByEmail(staff.db, e.email);
  if (existing) {
    // The demo's evaluator account exists from the identity step: staff add it to the pool.
    await pool.insertEvaluator(staff.db, { userId: existing.id, ...profile, organisationId, createdBy: staff.actor.kind === 'user' ? staff.actor.id : null });
  } else {
    await createExpert(staff, { email: e.email, name: e.name, locale: e.locale, ...profile, organisationId, taxId: null });
    await acceptInvitation(at(staff, staff.clock.now().getTime() + HOUR), { token: await mailedToken(staff, e.email, 'invite'), password: DEMO_PASSWORD }, { ip: '127.0.0.1' });
  }
  const who = await actorByEmail(staff, e.email);
  await acceptTerms(at(as(staff, who), staff.clock.now().getTime() + 2 * HOUR));
  return who;
}

interface Panel {
  staff: Ctx;
  experts: Map<string, { actor: UserActor; locale: 'es' | 'en' }>;
}

/** The demo expert behind a pool record. */
async function expertFinder(p: Panel): Promise<(evaluatorId: string) => { actor: UserActor; locale: 'es' | 'en' } | undefined> {
  const users = new Map((await p.staff.db.select({ id: evaluator.id, userId: evaluator.userId }).from(evaluator)).map((r) => [r.id, r.userId]));
  return (evaluatorId) => [...p.experts.values()].find((x) => x.actor.id === users.get(evaluatorId));
}

const RUN_OPTIONS = { k: 3, distinctOrganisations: true, languageMatch: false, fairness: 'none' as const, floor: null };

async function assignAndDeclare(p: Panel, callId: string, code: string, when: number): Promise<void> {
  const staff = at(p.staff, when);
  await confirmRun(staff, (await startRun(staff, callId, RUN_OPTIONS, { inline: true })).id);
  const expertOf = await expertFinder(p);
  const objector = p.experts.get(DECLARED_CONFLICT.expert)?.actor.id;
  let objected = code !== DECLARED_CONFLICT.call;
  for (let round = 0; round < 2; round++) {
    for (const a of await listAssignments(staff, callId)) {
      const e = expertOf(a.evaluatorId);
      if (a.coiStatus !== 'pending' || !e) continue;
      const conflict = !objected && e.actor.id === objector;
      objected ||= conflict;
      await declare(at(as(staff, e.actor), when + (round + 1) * 24 * HOUR), a.applicationId, { conflict, note: conflict ? DECLARED_CONFLICT.note : null });
    }
    // The slot freed by the declared conflict is filled by running the assignment again.
    if (round === 0) await confirmRun(at(staff, when + 30 * HOUR), (await startRun(at(staff, when + 30 * HOUR), callId, RUN_OPTIONS, { inline: true })).id);
  }
}

async function scoreAndAgree(p: Panel, callId: string, when: number): Promise<number> {
  const staff = at(p.staff, when);
  const apps = await staff.db.select({ id: application.id, acronym: application.acronym, title: application.title }).from(application).where(eq(application.callId, callId));
  const assignments = (await listAssignments(staff, callId)).filter((a) => a.coiStatus === 'no_conflict');
  const expertOf = await expertFinder(p);
  let agreed = 0;
  for (const app of apps) {
    const target = AGREED[app.acronym ?? ''];
    const panel = assignments.filter((a) => a.applicationId === app.id);
    if (!target || panel.length === 0) continue;
    for (const [i, a] of panel.entries()) {
      const e = expertOf(a.evaluatorId);
      if (!e) continue;
      const scores = Object.fromEntries(CRITERIA.map((c, k) => [c, individualScore(target[k] ?? 0, i)]));
      const comments = Object.fromEntries(CRITERIA.map((c) => [c, demoComment(e.locale, c, app.title ?? '', scores[c] ?? 0)]));
      await submitForm(at(as(staff, e.actor), when + (i + 1) * HOUR), app.id, { scores, comments });
    }
    const rapporteur = expertOf(panel[0]?.evaluatorId ?? '');
    if (!rapporteur) continue;
    await designateRapporteur(at(staff, when + 6 * HOUR), app.id, panel[0]?.evaluatorId ?? null);
    const scores = Object.fromEntries(CRITERIA.map((c, k) => [c, target[k] ?? 0]));
    const comments = Object.fromEntries(CRITERIA.map((c) => [c, demoComment(rapporteur.locale, c, app.title ?? '', scores[c] ?? 0)]));
    await finaliseConsensus(at(as(staff, rapporteur.actor), when + 48 * HOUR), app.id, { scores, comments, minorityView: MINORITY_VIEW[app.acronym ?? ''] ?? null });
    agreed++;
  }
  return agreed;
}

async function callIdByCode(ctx: Ctx, code: string): Promise<string | undefined> {
  const [row] = await ctx.db.select({ id: call.id }).from(call).where(eq(call.code, code));
  return row?.id;
}

/** The calls evaluated in the demo and when their evaluation started. */
export const EVALUATED_CALLS = [
  { code: 'MTG-OC2', from: '2022-03-17T09:00:00Z' },
  { code: 'BI24', from: '2024-03-18T09:00:00Z' },
] as const;

export const evaluationDemo: DemoStep = {
  name: 'evaluation',
  async seed(ctx, state, io) {
    const [loaded] = await ctx.db.select({ id: evaluator.id }).from(evaluator).limit(1);
    if (loaded) {
      io.out('  experts and evaluations: already loaded');
      return;
    }
    const staffActor = await actorByEmail(ctx, 'staff@demo.veta.local', [state.offices.leon ?? '']);
    const staff = as(ctx, staffActor);
    const experts = new Map<string, { actor: UserActor; locale: 'es' | 'en' }>();
    for (const e of DEMO_EXPERTS) experts.set(e.key, { actor: await expert(at(staff, '2022-03-15T09:00:00Z'), e), locale: e.locale });
    const p: Panel = { staff, experts };
    let reports = 0;
    for (const c of EVALUATED_CALLS) {
      const id = await callIdByCode(ctx, c.code);
      if (!id) continue;
      const from = new Date(c.from).getTime();
      await assignAndDeclare(p, id, c.code, from);
      reports += await scoreAndAgree(p, id, from + 5 * 24 * HOUR);
    }
    io.out(`  ${experts.size} experts, ${EVALUATED_CALLS.length} calls evaluated, ${reports} consensus reports (experts' password "${DEMO_PASSWORD}")`);
  },
};
