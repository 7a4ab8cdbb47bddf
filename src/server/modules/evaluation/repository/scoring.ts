/** Queries of individual forms, consensus reports and the call's evaluation progress. */
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { appUser } from '../../identity/schema.js';
import { organisation } from '../../organisations/index.js';
import { application, call, programme } from '../../funding/index.js';
import { consensusReport, evaluationAssignment, evaluator } from '../schema/core.js';
import { evaluationForm } from '../schema/scoring.js';

export type FormRow = typeof evaluationForm.$inferSelect;
export type FormInsert = typeof evaluationForm.$inferInsert;
export type ConsensusRow = typeof consensusReport.$inferSelect;
export type ConsensusInsert = typeof consensusReport.$inferInsert;

/** An application with its call and the call's programme office. */
export async function findApplicationHead(db: Db, applicationId: string) {
  const [row] = await db
    .select({
      applicationId: application.id,
      status: application.status,
      reference: application.reference,
      acronym: application.acronym,
      title: application.title,
      callId: call.id,
      callCode: call.code,
      ranking: call.ranking,
      officeId: programme.officeId,
    })
    .from(application)
    .innerJoin(call, eq(call.id, application.callId))
    .innerJoin(programme, eq(programme.id, call.programmeId))
    .where(eq(application.id, applicationId));
  return row;
}

export async function findCallHead(db: Db, callId: string) {
  const [row] = await db
    .select({ callId: call.id, callCode: call.code, titleEs: call.titleEs, titleEn: call.titleEn, ranking: call.ranking, officeId: programme.officeId })
    .from(call)
    .innerJoin(programme, eq(programme.id, call.programmeId))
    .where(eq(call.id, callId));
  return row;
}

export async function findCallByCode(db: Db, code: string) {
  const [row] = await db.select({ id: call.id }).from(call).where(eq(call.code, code));
  return row;
}

// --- forms -------------------------------------------------------------------------------------

export async function findFormByAssignment(db: Db, assignmentId: string): Promise<FormRow | undefined> {
  const [row] = await db.select().from(evaluationForm).where(eq(evaluationForm.assignmentId, assignmentId));
  return row;
}

export async function findForm(db: Db, id: string): Promise<FormRow | undefined> {
  const [row] = await db.select().from(evaluationForm).where(eq(evaluationForm.id, id));
  return row;
}

export async function insertForm(db: Db, values: FormInsert): Promise<FormRow> {
  const [row] = await db.insert(evaluationForm).values(values).returning();
  if (!row) throw new Error('insert evaluation_form returned nothing');
  return row;
}

export async function updateForm(db: Db, id: string, values: Partial<FormInsert>): Promise<FormRow> {
  const [row] = await db.update(evaluationForm).set(values).where(eq(evaluationForm.id, id)).returning();
  if (!row) throw new Error('update evaluation_form returned nothing');
  return row;
}

/** The evaluator's cleared assignments (declared no conflict) to submitted applications, with their form, if any. */
export async function listClearedAssignments(db: Db, evaluatorId: string) {
  return db
    .select({
      applicationId: application.id,
      callId: call.id,
      callCode: call.code,
      reference: application.reference,
      acronym: application.acronym,
      title: application.title,
      formId: evaluationForm.id,
      formStatus: evaluationForm.status,
      updatedAt: evaluationForm.updatedAt,
    })
    .from(evaluationAssignment)
    .innerJoin(application, eq(application.id, evaluationAssignment.applicationId))
    .innerJoin(call, eq(call.id, application.callId))
    .leftJoin(evaluationForm, eq(evaluationForm.assignmentId, evaluationAssignment.id))
    .where(and(eq(evaluationAssignment.evaluatorId, evaluatorId), eq(evaluationAssignment.coiStatus, 'no_conflict'), eq(application.status, 'submitted')))
    .orderBy(asc(call.code), asc(application.reference));
}

/** Every assignment of an application that is not a declared conflict, with its form and evaluator. */
export async function panelOf(db: Db, applicationId: string) {
  return db
    .select({
      assignmentId: evaluationAssignment.id,
      evaluatorId: evaluationAssignment.evaluatorId,
      coiStatus: evaluationAssignment.coiStatus,
      evaluatorName: appUser.name,
      form: evaluationForm,
    })
    .from(evaluationAssignment)
    .innerJoin(evaluator, eq(evaluator.id, evaluationAssignment.evaluatorId))
    .innerJoin(appUser, eq(appUser.id, evaluator.userId))
    .leftJoin(evaluationForm, eq(evaluationForm.assignmentId, evaluationAssignment.id))
    .where(and(eq(evaluationAssignment.applicationId, applicationId), ne(evaluationAssignment.coiStatus, 'conflict')))
    .orderBy(asc(evaluationAssignment.createdAt), asc(evaluationAssignment.id));
}

// --- consensus ---------------------------------------------------------------------------------

export async function findConsensus(db: Db, applicationId: string): Promise<ConsensusRow | undefined> {
  const [row] = await db.select().from(consensusReport).where(eq(consensusReport.applicationId, applicationId));
  return row;
}

export async function insertConsensus(db: Db, values: ConsensusInsert): Promise<ConsensusRow> {
  const [row] = await db.insert(consensusReport).values(values).returning();
  if (!row) throw new Error('insert consensus_report returned nothing');
  return row;
}

export async function updateConsensus(db: Db, id: string, values: Partial<ConsensusInsert>): Promise<ConsensusRow> {
  const [row] = await db.update(consensusReport).set(values).where(eq(consensusReport.id, id)).returning();
  if (!row) throw new Error('update consensus_report returned nothing');
  return row;
}

// --- call progress and ranking rows ------------------------------------------------------------

/** Submitted applications of a call with their lead organisation's name. */
export async function submittedApplications(db: Db, callId: string) {
  return db
    .select({ id: application.id, reference: application.reference, acronym: application.acronym, title: application.title, leadName: organisation.legalName })
    .from(application)
    .innerJoin(organisation, eq(organisation.id, application.leadOrganisationId))
    .where(and(eq(application.callId, callId), eq(application.status, 'submitted')))
    .orderBy(asc(application.reference));
}

/** Forms expected (assignments without a declared conflict) and submitted, over the given applications. */
export async function formCounts(db: Db, applicationIds: string[]): Promise<{ expected: number; submitted: number }> {
  if (applicationIds.length === 0) return { expected: 0, submitted: 0 };
  const [row] = await db
    .select({
      expected: sql<number>`count(*)::int`,
      submitted: sql<number>`count(*) filter (where ${evaluationForm.status} = 'submitted')::int`,
    })
    .from(evaluationAssignment)
    .leftJoin(evaluationForm, eq(evaluationForm.assignmentId, evaluationAssignment.id))
    .where(and(inArray(evaluationAssignment.applicationId, applicationIds), ne(evaluationAssignment.coiStatus, 'conflict')));
  return { expected: row?.expected ?? 0, submitted: row?.submitted ?? 0 };
}
