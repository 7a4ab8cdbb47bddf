/**
 * Demo data of funding, built through the same services people use (invitations are accepted with
 * the mailed link's token, files uploaded, versions submitted at their dates with the clock set
 * back): MINE.THE.GAP open call #2 (2022, closed, eligible and ineligible applications, one staff
 * decision each way) and the cluster's current voucher call (open, submitted and in progress).
 */
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { callInputSchema, programmeInputSchema } from '../../../shared/contracts/funding-calls.js';
import { localDateTime } from '../../../shared/time-zone.js';
import type { DemoStep } from '../../demo/types.js';
import type { UserActor } from '../../platform/actor.js';
import type { Ctx } from '../../platform/context.js';
import { DEMO_PASSWORD, createActiveUser } from '../identity/index.js';
import { actorByEmail, as, at, mailedToken, organisationIdByName } from '../../demo/acting.js';
import { attachUser, createOrganisation, organisation } from '../organisations/index.js';
import { organisationCreateSchema } from '../../../shared/contracts/organisations.js';
import { BONOS_APPLICATIONS, DECLARED_SIZE, DEMO_APPLICANTS, DEMO_APPLICATIONS, FOREIGN_ORGANISATIONS, type DemoApplication } from './demo-applications.js';
import { BONOS_PROGRAMME, MTG_CALL_2, MTG_PROGRAMME, bonosCall } from './demo-calls.js';
import { BONOS_2024_APPLICATIONS, BONOS_2024_BUDGET_CENTS, BONOS_2024_PEOPLE, BONOS_2024_PROGRAMME, BONOS_2024_SIZES } from './demo-bonos-2024.js';
import { demoPdf } from '../../demo/pdf.js';
import { DEMO_FILES, fillAnswers } from './demo-answers.js';
import { createApplication, updateApplication } from './service/applications.js';
import { uploadAttachment } from './service/attachments.js';
import { closeIfDue, createCall, publishCall } from './service/calls.js';
import { claimOrganisation, declareSme, registerOrganisation } from './service/organisations.js';
import { acceptInvitation, invitePartner, updatePartner } from './service/consortium.js';
import { addDocument } from './service/documents.js';
import { addCommitment, createProgramme } from './service/programmes.js';
import { changeStatus } from './service/staff.js';
import { submitApplication } from './service/submit.js';
import * as apps from './repository/applications.js';
import { programme } from './schema.js';
import { findCall } from './repository/calls.js';
import { myOrganisationIds } from './service/access.js';

const DAY = 86_400_000;
const M = 100_000_000;


interface World {
  ctx: Ctx;
  now: Date;
  people: Map<string, UserActor>;
  orgs: Map<string, string>;
  staff: UserActor;
}

async function orgIdByName(ctx: Ctx, legalName: string): Promise<string> {
  const id = await organisationIdByName(ctx, legalName);
  if (!id) throw new Error(`demo organisation ${legalName} is missing`);
  return id;
}

/** The demo's foreign SMEs, its applicants (linked to their organisations) and their SME declarations. */
async function people(ctx: Ctx, w: World): Promise<void> {
  for (const f of FOREIGN_ORGANISATIONS) {
    const site = { name: 'Head office', city: f.city, country: f.country, nutsCode: f.nutsCode, isHeadquarters: true };
    const org = await createOrganisation(ctx, organisationCreateSchema.parse({ legalName: f.legalName, kind: 'company', country: f.country, naceCodes: f.nace, stages: f.stages, descriptionEn: f.en, sites: [site] }));
    w.orgs.set(f.legalName, org.id);
  }
  for (const p of APPLICANTS) {
    const user = await createActiveUser(ctx, { email: p.email, name: p.name, password: DEMO_PASSWORD, locale: p.locale, role: 'applicant' });
    const id = w.orgs.get(p.organisation) ?? (await orgIdByName(ctx, p.organisation));
    w.orgs.set(p.organisation, id);
    await attachUser(ctx, id, user.id, 'representative');
    w.people.set(p.key, { kind: 'user', id: user.id, email: user.email, name: user.name, role: 'applicant', locale: p.locale, officeIds: [] });
  }
  w.people.set('member', await actorByEmail(ctx, 'member@demo.veta.local'));
  w.orgs.set('Pizarras Valdeorras Norte S.L.', await orgIdByName(ctx, 'Pizarras Valdeorras Norte S.L.'));
  const daniel = await actorByEmail(ctx, 'applicant@demo.veta.local');
  w.people.set('applicant', daniel);
  const own = await registerOrganisation(as(ctx, daniel), {
    legalName: 'Áridos y Transportes Moreno S.L.', kind: 'company', country: 'ES', taxId: 'B24601452', website: 'https://aridosmoreno.example', naceCodes: ['08.12'], stages: ['extraction'],
    site: { name: 'Planta de La Robla', address: 'Carretera de Asturias, km 12', postcode: '24640', city: 'La Robla', country: 'ES', isHeadquarters: true },
  });
  w.orgs.set(own.legalName, own.id);
  const [esla] = await ctx.db.select({ taxId: organisation.taxId }).from(organisation).where(eq(organisation.legalName, 'Graveras del Esla S.A.'));
  if (esla?.taxId) await claimOrganisation(as(ctx, daniel), { taxId: esla.taxId, country: 'ES', message: 'Llevo también la gerencia de Graveras del Esla desde este año.' });
  for (const [key, person] of w.people) {
    const name = key === 'member' ? 'Pizarras Valdeorras Norte S.L.' : key === 'applicant' ? own.legalName : APPLICANTS.find((p) => p.key === key)?.organisation;
    const size = name ? (DECLARED_SIZE[name] ?? BONOS_2024_SIZES[name]) : undefined;
    if (!name || !size) continue;
    for (const when of declarationDates(key, w.now)) {
      // Accounts of the two closed years before the declaration (MINE.THE.GAP in 2022: 2019-2020).
      const last = when.getUTCFullYear() - (when.getUTCFullYear() === 2022 ? 2 : 1);
      const years = [last - 1, last].map((year, k) => ({ year, awu: size[0] - 2 + 2 * k, turnoverCents: Math.round(size[1] * M * (0.95 + 0.05 * k)), balanceSheetCents: Math.round(size[2] * M) }));
      await declareSme(at(as(ctx, person), when), w.orgs.get(name) ?? '', { years, enterprises: [], publicBodyControl: false, onHonour: true });
    }
  }
}

const APPLICANTS = [...DEMO_APPLICANTS, ...BONOS_2024_PEOPLE];

/** When a person declared their SME status: before each call they applied to (a month ago if none). */
function declarationDates(key: string, now: Date): Date[] {
  const involved = (apps: readonly DemoApplication[]) => apps.some((a) => a.lead === key || a.partners.some((p) => p.person === key));
  const dates: Date[] = [];
  if (involved(DEMO_APPLICATIONS)) dates.push(new Date('2022-01-20T09:00:00Z'));
  if (involved(BONOS_2024_APPLICATIONS)) dates.push(new Date('2024-01-25T09:00:00Z'));
  if (dates.length === 0 || involved(BONOS_APPLICATIONS)) dates.push(new Date(now.getTime() - 30 * DAY));
  return dates;
}

async function documents(ctx: Ctx, callId: string, docs: [title: string, language: 'es' | 'en', file: string, lines: string[]][]): Promise<void> {
  for (const [title, language, file, lines] of docs) {
    await addDocument(ctx, callId, { stream: Readable.from(demoPdf(title, lines)), filename: file }, { title, language });
  }
}

type CallInput = z.input<typeof callInputSchema>;

async function calls(w: World, leonOffice: string) {
  const staff = as(w.ctx, w.staff);
  const early = at(staff, '2022-01-10T09:00:00Z');
  const mtgProgramme = await createProgramme(early, programmeInputSchema.parse({ ...MTG_PROGRAMME, officeId: leonOffice }));
  const mtg = await createCall(early, callInputSchema.parse({ ...MTG_CALL_2, programmeId: mtgProgramme.id } satisfies CallInput));
  await documents(early, mtg.id, [
    ['Guide for applicants', 'en', 'MINE.THE.GAP-OC2-guide.pdf', ['Open call #2: innovation vouchers for mining SMEs.', 'Deadline: 14 March 2022, 17:00 Brussels time.', 'Consortia of 2-3 SMEs from at least two eligible countries.']],
    ['Guía para solicitantes', 'es', 'MINE.THE.GAP-OC2-guía.pdf', ['Convocatoria abierta n.º 2: bonos de innovación para pymes mineras.', 'Plazo: 14 de marzo de 2022, 17:00 hora de Bruselas.']],
  ]);
  await publishCall(at(staff, '2022-01-17T08:00:00Z'), mtg.id);
  await addCommitment(early, mtgProgramme.id, { organisationId: w.orgs.get('Sensórica de Canteras S.L.') ?? '', amountCents: 4_000_000, note: 'Convocatoria abierta n.º 1 (2021): bono MINE-Demo' });
  await addCommitment(early, mtgProgramme.id, { organisationId: w.orgs.get('Kaivosdata Oy') ?? '', amountCents: 1_000_000, note: 'Open call #1 (2021): MINE-PoC voucher' });

  const opens = new Date(w.now.getTime() - 20 * DAY);
  const deadlineDay = localDateTime(new Date(w.now.getTime() + 45 * DAY), 'Europe/Madrid').slice(0, 10);
  const year = Number(localDateTime(opens, 'Europe/Madrid').slice(0, 4));
  const before = at(staff, new Date(opens.getTime() - 10 * DAY));
  const bonosProgramme = await createProgramme(before, programmeInputSchema.parse({ ...BONOS_PROGRAMME, officeId: leonOffice, startsOn: `${year}-01-01`, endsOn: `${year + 1}-12-31` }));
  const bonos = await createCall(before, callInputSchema.parse({ ...bonosCall(opens.toISOString(), `${deadlineDay}T14:00`, year), programmeId: bonosProgramme.id }));
  await documents(before, bonos.id, [
    ['Bases de la convocatoria', 'es', `bases-bonos-${year}.pdf`, [`Bonos de innovación ${year}: gemelos digitales y eficiencia energética.`, '13 bonos de hasta 25.000 euros para pymes socias del clúster.']],
    ['Modelo de declaración de ayudas de minimis', 'es', 'declaracion-minimis.pdf', ['Reglamento (UE) 2023/2831.', 'Ayudas recibidas en los tres últimos años.']],
  ]);
  await publishCall(at(staff, opens), bonos.id);
  const y2024 = at(staff, '2024-01-15T09:00:00Z');
  const past = await createProgramme(y2024, programmeInputSchema.parse({ ...BONOS_2024_PROGRAMME, officeId: leonOffice }));
  const bi24 = await createCall(y2024, callInputSchema.parse({ ...bonosCall('2024-02-01T08:00:00Z', '2024-03-15T14:00', 2024), budgetCents: BONOS_2024_BUDGET_CENTS, programmeId: past.id }));
  await documents(y2024, bi24.id, [['Bases de la convocatoria', 'es', 'bases-bonos-2024.pdf', ['Bonos de innovación 2024: gemelos digitales y eficiencia energética.', 'Presupuesto: 210.000 euros.']]]);
  await publishCall(at(staff, '2024-02-01T08:00:00Z'), bi24.id);
  return { mtg: mtg.id, bonos: bonos.id, bonosOpens: opens, bi24: bi24.id };
}

function instant(spec: string, now: Date): Date {
  const rel = /^now-(\d+)d$/.exec(spec);
  return rel ? new Date(now.getTime() - Number(rel[1]) * DAY) : new Date(spec);
}

async function application(w: World, callId: string, a: DemoApplication, start: Date): Promise<void> {
  const person = (key: string) => w.people.get(key) ?? (() => { throw new Error(`demo person ${key}`); })();
  const lead = person(a.lead);
  const leadCtx = at(as(w.ctx, lead), start);
  const firstOrg = async (c: Ctx) => [...(await myOrganisationIds(c))][0] ?? '';
  const created = await createApplication(leadCtx, callId, { leadOrganisationId: await firstOrg(leadCtx), acronym: a.acronym, title: a.title });
  for (const p of a.partners) {
    const who = person(p.person);
    await invitePartner(leadCtx, created.id, { email: who.email, name: who.name, locale: who.locale, roles: p.roles, requestedCents: p.requested });
    if (p.pending) continue;
    const theirs = await firstOrg(as(w.ctx, who));
    await acceptInvitation(at(as(w.ctx, who), start.getTime() + 3_600_000), await mailedToken(w.ctx, who.email, 'fundingInvitation'), { organisationId: theirs, roles: p.roles });
  }
  const partners = await apps.partnersOf(w.ctx.db, created.id);
  const leadRow = partners.find((p) => p.organisationId === created.leadOrganisationId);
  await updatePartner(leadCtx, leadRow?.id ?? '', { roles: a.leadRoles, requestedCents: a.leadRequested });
  const consortium = await apps.partnersOf(w.ctx.db, created.id);
  const later = at(as(w.ctx, lead), start.getTime() + 2 * 3_600_000);
  const draft = a.submissions.length === 0;
  await updateApplication(later, created.id, { instrumentId: a.instrument, trl: a.trl ?? null, activities: a.activities, topics: a.topics, answers: fillAnswers(a, consortium, draft) });
  if (!draft) for (const f of DEMO_FILES[a.call]) await uploadAttachment(later, created.id, f.questionId, { stream: Readable.from(demoPdf(f.title, [a.acronym, a.title])), filename: f.name });
  if (a.call === 'bonos') {
    for (const p of consortium.filter((x) => x.status === 'confirmed')) {
      const who = p.organisationId === created.leadOrganisationId ? lead : person(a.partners.find((x) => !x.pending)?.person ?? a.lead);
      await updatePartner(at(as(w.ctx, who), start.getTime() + 3 * 3_600_000), p.id, { deMinimis: { noneReceived: !a.priorAid, aids: a.priorAid ? [a.priorAid] : [] } });
    }
  }
  for (const [i, s] of a.submissions.entries()) {
    const when = instant(s, w.now);
    if (i === 1 && a.retitle) await updateApplication(at(as(w.ctx, lead), when.getTime() - 3_600_000), created.id, { title: a.retitle });
    await submitApplication(at(as(w.ctx, lead), when), created.id, { idempotencyKey: `demo-${a.acronym}-${i + 1}` });
  }
  if (a.staff) await changeStatus(at(as(w.ctx, w.staff), '2022-03-16T10:00:00Z'), created.id, a.staff);
}

export const fundingDemo: DemoStep = {
  name: 'funding',
  async seed(ctx, state, io) {
    const [loaded] = await ctx.db.select({ id: programme.id }).from(programme).where(eq(programme.code, MTG_PROGRAMME.code));
    if (loaded) {
      io.out('  programmes and calls: already loaded');
      return;
    }
    const now = ctx.clock.now();
    const staffUser = await actorByEmail(ctx, 'staff@demo.veta.local');
    const w: World = { ctx, now, people: new Map(), orgs: new Map(), staff: { ...staffUser, officeIds: [state.offices.leon ?? ''] } };
    await people(ctx, w);
    const ids = await calls(w, state.offices.leon ?? '');
    for (const a of DEMO_APPLICATIONS) await application(w, ids.mtg, a, new Date('2022-02-15T09:00:00Z'));
    const mtg = await findCall(ctx.db, ids.mtg);
    if (mtg) await closeIfDue(at(as(ctx, w.staff), '2022-03-15T08:00:00Z'), mtg);
    for (const a of BONOS_APPLICATIONS) await application(w, ids.bonos, a, new Date(ids.bonosOpens.getTime() + 2 * DAY));
    for (const a of BONOS_2024_APPLICATIONS) await application(w, ids.bi24, a, new Date('2024-02-20T09:00:00Z'));
    const bi24 = await findCall(ctx.db, ids.bi24);
    if (bi24) await closeIfDue(at(as(ctx, w.staff), '2024-03-16T08:00:00Z'), bi24);
    io.out(`  3 programmes, 3 calls (MINE.THE.GAP #2 and the 2024 vouchers closed, current vouchers open), ${DEMO_APPLICATIONS.length + BONOS_APPLICATIONS.length + BONOS_2024_APPLICATIONS.length} applications; applicants' password "${DEMO_PASSWORD}"`);
  },
};
