/** Awards: queries (decisions, outcomes, awards, letters, and what the selection reads from funding). */
import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.js';
import { consensusReport } from '../evaluation/index.js';
import { application, applicationPartner, call, programme, recipientCommitment, smeDeclaration } from '../funding/index.js';
import { appUser } from '../identity/index.js';
import { organisation, organisationRelation, site } from '../organisations/index.js';
import { award, decisionOutcome, selectionDecision } from './schema/core.js';
import { awardChange } from './schema/changes.js';
import { awardLetter } from './schema/letters.js';

export type CallRow = typeof call.$inferSelect;
export type ProgrammeRow = typeof programme.$inferSelect;
export type DecisionRow = typeof selectionDecision.$inferSelect;
export type OutcomeRow = typeof decisionOutcome.$inferSelect;
export type AwardRow = typeof award.$inferSelect;
export type LetterRow = typeof awardLetter.$inferSelect;
export type ChangeRow = typeof awardChange.$inferSelect;

// --- funding reads ---------------------------------------------------------------------------

export async function findCall(db: Db, id: string): Promise<CallRow | undefined> {
  const [row] = await db.select().from(call).where(eq(call.id, id));
  return row;
}

/** Locks the call's row until the end of the transaction (one freeze or decline at a time per call). */
export async function lockCall(db: Db, id: string): Promise<void> {
  await db.select({ id: call.id }).from(call).where(eq(call.id, id)).for('update');
}

export async function findCallByCode(db: Db, code: string): Promise<CallRow | undefined> {
  const [row] = await db.select().from(call).where(eq(call.code, code));
  return row;
}

export async function findProgramme(db: Db, id: string): Promise<ProgrammeRow | undefined> {
  const [row] = await db.select().from(programme).where(eq(programme.id, id));
  return row;
}

export async function applicationsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: application.id, reference: application.reference, acronym: application.acronym, title: application.title, instrumentId: application.instrumentId, createdBy: application.createdBy, leadOrganisationId: application.leadOrganisationId, callId: application.callId })
    .from(application)
    .where(inArray(application.id, [...ids]));
}

export async function findApplication(db: Db, id: string) {
  const [row] = await applicationsByIds(db, [id]);
  return row;
}

/** Confirmed partners (the lead included) with their organisation, in the order they joined. */
export async function partnersOf(db: Db, applicationIds: readonly string[]) {
  if (applicationIds.length === 0) return [];
  return db
    .select({
      applicationId: applicationPartner.applicationId,
      organisationId: organisation.id,
      legalName: organisation.legalName,
      country: organisation.country,
      requestedCents: applicationPartner.requestedCents,
      deMinimis: applicationPartner.deMinimis,
      confirmedBy: applicationPartner.confirmedBy,
    })
    .from(applicationPartner)
    .innerJoin(organisation, eq(organisation.id, applicationPartner.organisationId))
    .where(and(inArray(applicationPartner.applicationId, [...applicationIds]), eq(applicationPartner.status, 'confirmed')))
    .orderBy(asc(applicationPartner.createdAt), asc(applicationPartner.id));
}

/** Sites of organisations, headquarters first. */
export async function sitesOf(db: Db, organisationIds: readonly string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .select({ organisationId: site.organisationId, nutsCode: site.nutsCode, isHeadquarters: site.isHeadquarters })
    .from(site)
    .where(inArray(site.organisationId, [...organisationIds]))
    .orderBy(asc(site.organisationId), asc(site.createdAt));
}

/** Money committed to each organisation in a programme (awards and external support). */
export async function commitmentsInProgramme(db: Db, programmeId: string) {
  return db.select({ organisationId: recipientCommitment.organisationId, amountCents: recipientCommitment.amountCents }).from(recipientCommitment).where(eq(recipientCommitment.programmeId, programmeId));
}

/** Active awards of a programme made by other calls' decisions (envelopes already used). */
export async function otherCallsAwards(db: Db, programmeId: string, callId: string) {
  return db.select({ organisationId: award.organisationId, amountCents: award.amountCents }).from(award).where(and(eq(award.programmeId, programmeId), ne(award.callId, callId), eq(award.status, 'active')));
}

/** Veta's own active awards under de minimis programmes, dated by their decision. */
export async function deMinimisAwards(db: Db, organisationIds: readonly string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .select({ organisationId: award.organisationId, amountCents: award.amountCents, frozenAt: selectionDecision.frozenAt })
    .from(award)
    .innerJoin(programme, eq(programme.id, award.programmeId))
    .innerJoin(selectionDecision, eq(selectionDecision.id, award.decisionId))
    .where(and(inArray(award.organisationId, [...organisationIds]), eq(award.status, 'active'), eq(programme.deMinimis, true)));
}

export async function allRelations(db: Db) {
  return db.select({ holderId: organisationRelation.holderId, heldId: organisationRelation.heldId, capitalPct: organisationRelation.capitalPct, votingPct: organisationRelation.votingPct, control: organisationRelation.control }).from(organisationRelation);
}

export async function finalConsensus(db: Db, applicationIds: readonly string[]) {
  if (applicationIds.length === 0) return [];
  return db
    .select({ applicationId: consensusReport.applicationId, scores: consensusReport.scores, comments: consensusReport.comments })
    .from(consensusReport)
    .where(and(inArray(consensusReport.applicationId, [...applicationIds]), eq(consensusReport.status, 'final')));
}

export async function usersByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: appUser.id, email: appUser.email, name: appUser.name, locale: appUser.locale, status: appUser.status }).from(appUser).where(inArray(appUser.id, [...ids]));
}

// --- decisions -------------------------------------------------------------------------------

export async function decisionOfCall(db: Db, callId: string): Promise<DecisionRow | undefined> {
  const [row] = await db.select().from(selectionDecision).where(eq(selectionDecision.callId, callId));
  return row;
}

export async function allDecisions(db: Db): Promise<(DecisionRow & { callCode: string })[]> {
  return db
    .select({ id: selectionDecision.id, callId: selectionDecision.callId, record: selectionDecision.record, recordHash: selectionDecision.recordHash, frozenAt: selectionDecision.frozenAt, frozenBy: selectionDecision.frozenBy, createdAt: selectionDecision.createdAt, callCode: call.code })
    .from(selectionDecision)
    .innerJoin(call, eq(call.id, selectionDecision.callId))
    .orderBy(asc(selectionDecision.frozenAt));
}

export async function insertDecision(db: Db, values: typeof selectionDecision.$inferInsert): Promise<DecisionRow> {
  const [row] = await db.insert(selectionDecision).values(values).returning();
  if (!row) throw new Error('insert decision returned nothing');
  return row;
}

export async function insertOutcomes(db: Db, values: (typeof decisionOutcome.$inferInsert)[]): Promise<void> {
  if (values.length > 0) await db.insert(decisionOutcome).values(values);
}

export async function insertAward(db: Db, values: typeof award.$inferInsert): Promise<AwardRow> {
  const [row] = await db.insert(award).values(values).returning();
  if (!row) throw new Error('insert award returned nothing');
  return row;
}

export async function outcomesOf(db: Db, decisionId: string): Promise<OutcomeRow[]> {
  return db.select().from(decisionOutcome).where(eq(decisionOutcome.decisionId, decisionId));
}

export async function outcomeOfApplication(db: Db, applicationId: string): Promise<(OutcomeRow & { frozenAt: Date }) | undefined> {
  const [row] = await db
    .select({ id: decisionOutcome.id, decisionId: decisionOutcome.decisionId, applicationId: decisionOutcome.applicationId, outcome: decisionOutcome.outcome, rank: decisionOutcome.rank, reservePosition: decisionOutcome.reservePosition, reasons: decisionOutcome.reasons, frozenAt: selectionDecision.frozenAt })
    .from(decisionOutcome)
    .innerJoin(selectionDecision, eq(selectionDecision.id, decisionOutcome.decisionId))
    .where(eq(decisionOutcome.applicationId, applicationId));
  return row;
}

export async function awardsOf(db: Db, decisionId: string): Promise<AwardRow[]> {
  return db.select().from(award).where(eq(award.decisionId, decisionId));
}

/** Active awards of a decision with the published fields (recipient, project). */
export async function publishedAwards(db: Db, decisionId: string) {
  return db
    .select({
      organisationId: award.organisationId,
      legalName: organisation.legalName,
      country: organisation.country,
      amountCents: award.amountCents,
      acronym: application.acronym,
      title: application.title,
      reference: application.reference,
      applicationId: award.applicationId,
      taxId: organisation.taxId,
    })
    .from(award)
    .innerJoin(organisation, eq(organisation.id, award.organisationId))
    .innerJoin(application, eq(application.id, award.applicationId))
    .where(and(eq(award.decisionId, decisionId), eq(award.status, 'active')))
    .orderBy(asc(application.reference), asc(organisation.legalName));
}

/** The class of each organisation's latest SME self-declaration. */
export async function latestSmeClasses(db: Db, organisationIds: readonly string[]): Promise<Map<string, string | null>> {
  if (organisationIds.length === 0) return new Map();
  const found = await db
    .select({ organisationId: smeDeclaration.organisationId, effectiveClass: smeDeclaration.effectiveClass })
    .from(smeDeclaration)
    .where(inArray(smeDeclaration.organisationId, [...organisationIds]))
    .orderBy(desc(smeDeclaration.declaredAt));
  const out = new Map<string, string | null>();
  for (const r of found) if (!out.has(r.organisationId)) out.set(r.organisationId, r.effectiveClass);
  return out;
}

// --- letters ---------------------------------------------------------------------------------

export async function lettersOf(db: Db, decisionId: string): Promise<LetterRow[]> {
  return db.select().from(awardLetter).where(eq(awardLetter.decisionId, decisionId));
}

/** The kinds of letter already sent about an application. */
export async function letterKindsSent(db: Db, applicationId: string): Promise<Set<string>> {
  const found = await db.selectDistinct({ kind: awardLetter.kind }).from(awardLetter).where(eq(awardLetter.applicationId, applicationId));
  return new Set(found.map((r) => r.kind));
}

export async function insertLetter(db: Db, values: typeof awardLetter.$inferInsert): Promise<void> {
  await db.insert(awardLetter).values(values);
}

// --- changes after the freeze -----------------------------------------------------------------

export async function changesOf(db: Db, decisionId: string): Promise<ChangeRow[]> {
  return db.select().from(awardChange).where(eq(awardChange.decisionId, decisionId)).orderBy(asc(awardChange.at), asc(awardChange.id));
}

export async function insertChange(db: Db, values: typeof awardChange.$inferInsert): Promise<void> {
  await db.insert(awardChange).values(values);
}

export async function activeAwardsOfApplication(db: Db, applicationId: string): Promise<AwardRow[]> {
  return db.select().from(award).where(and(eq(award.applicationId, applicationId), eq(award.status, 'active')));
}

export async function cancelAwards(db: Db, applicationId: string): Promise<void> {
  await db.update(award).set({ status: 'cancelled' }).where(and(eq(award.applicationId, applicationId), eq(award.status, 'active')));
}

/** Active awards of a programme (every call) with the recipient, for budgets and envelopes. */
export async function activeProgrammeAwards(db: Db, programmeId: string) {
  return db.select({ callId: award.callId, organisationId: award.organisationId, amountCents: award.amountCents, decisionId: award.decisionId }).from(award).where(and(eq(award.programmeId, programmeId), eq(award.status, 'active')));
}
