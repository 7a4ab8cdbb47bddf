/** What the conflicts, the affinity and the assignment read about a call: queries. */
import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { application, applicationAttachment, applicationPartner, applicationVersion, call, programme } from '../../funding/index.js';
import { appUser } from '../../identity/index.js';
import { organisation, organisationRelation } from '../../organisations/index.js';

export type CallRow = typeof call.$inferSelect;
export type ApplicationRow = typeof application.$inferSelect;
export type VersionRow = typeof applicationVersion.$inferSelect;
export type AttachmentRow = typeof applicationAttachment.$inferSelect;

export interface CallWithOffice {
  call: CallRow;
  officeId: string | null;
}

export async function findCall(db: Db, id: string): Promise<CallWithOffice | undefined> {
  const [row] = await db.select({ call, officeId: programme.officeId }).from(call).innerJoin(programme, eq(programme.id, call.programmeId)).where(eq(call.id, id));
  return row;
}

export async function findCallByCode(db: Db, code: string): Promise<CallWithOffice | undefined> {
  const [row] = await db.select({ call, officeId: programme.officeId }).from(call).innerJoin(programme, eq(programme.id, call.programmeId)).where(eq(call.code, code));
  return row;
}

export async function callsByIds(db: Db, ids: readonly string[]): Promise<CallRow[]> {
  return ids.length ? db.select().from(call).where(inArray(call.id, [...ids])) : [];
}

/** Submitted applications of a call with the submitter's language. */
export async function submittedApplications(db: Db, callId: string): Promise<(ApplicationRow & { submitterLocale: string | null })[]> {
  const found = await db
    .select({ app: application, locale: appUser.locale })
    .from(application)
    .leftJoin(appUser, eq(appUser.id, application.createdBy))
    .where(and(eq(application.callId, callId), eq(application.status, 'submitted')))
    .orderBy(application.reference);
  return found.map((r) => ({ ...r.app, submitterLocale: r.locale }));
}

export async function applicationsByIds(db: Db, ids: readonly string[]): Promise<ApplicationRow[]> {
  return ids.length ? db.select().from(application).where(inArray(application.id, [...ids])) : [];
}

export interface ConsortiumOrganisation {
  applicationId: string;
  id: string;
  legalName: string;
  taxId: string | null;
  country: string;
}

/** Confirmed consortium organisations (the lead included) of some applications. */
export async function consortia(db: Db, applicationIds: readonly string[]): Promise<ConsortiumOrganisation[]> {
  if (applicationIds.length === 0) return [];
  return db
    .select({ applicationId: applicationPartner.applicationId, id: organisation.id, legalName: organisation.legalName, taxId: organisation.taxId, country: organisation.country })
    .from(applicationPartner)
    .innerJoin(organisation, eq(organisation.id, applicationPartner.organisationId))
    .where(and(inArray(applicationPartner.applicationId, [...applicationIds]), eq(applicationPartner.status, 'confirmed')));
}

/** Holdings in which any of the organisations takes part (either side). */
export async function holdingsOf(db: Db, organisationIds: readonly string[]) {
  if (organisationIds.length === 0) return [];
  const ids = [...new Set(organisationIds)];
  return db
    .select({
      holderId: organisationRelation.holderId,
      heldId: organisationRelation.heldId,
      capitalPct: organisationRelation.capitalPct,
      votingPct: organisationRelation.votingPct,
      control: organisationRelation.control,
      qualifyingInvestor: organisationRelation.qualifyingInvestor,
    })
    .from(organisationRelation)
    .where(or(inArray(organisationRelation.holderId, ids), inArray(organisationRelation.heldId, ids)));
}

export async function latestVersion(db: Db, applicationId: string): Promise<VersionRow | undefined> {
  const [row] = await db.select().from(applicationVersion).where(eq(applicationVersion.applicationId, applicationId)).orderBy(desc(applicationVersion.version)).limit(1);
  return row;
}

export async function findAttachment(db: Db, id: string): Promise<AttachmentRow | undefined> {
  const [row] = await db.select().from(applicationAttachment).where(eq(applicationAttachment.id, id));
  return row;
}

export async function organisationName(db: Db, id: string): Promise<string | undefined> {
  const [row] = await db.select({ name: organisation.legalName }).from(organisation).where(eq(organisation.id, id));
  return row?.name;
}
