/**
 * Everything the conflicts, the affinity and the assignment of one call read, loaded at once: the
 * submitted applications (consortium, language, text), the assignable experts, holdings between
 * their organisations, and staff's decisions (manual conflicts, overrides, pair rules, assignments).
 */
import type { Ctx } from '../../../platform/context.js';
import type { ExpertRelation } from '../../../../shared/contracts/evaluation-pool.js';
import * as data from '../repository/call-data.js';
import * as decisions from '../repository/decisions.js';
import * as pool from '../repository/pool.js';
import { normaliseText, textsOf } from './affinity-score.js';
import type { ConflictOrganisation, Holding } from './conflict-rules.js';

export interface CallApplication {
  id: string;
  reference: string;
  acronym: string | null;
  title: string | null;
  topics: string[];
  /** `answers.language` when the form asks for it, else the submitter's language. */
  language: string | null;
  organisations: ConflictOrganisation[];
  /** Normalised words of the title, acronym and answers (for keyword matching). */
  text: string;
}

export interface CallData {
  call: data.CallRow;
  applications: CallApplication[];
  experts: pool.ExpertRow[];
  holdings: Holding[];
  manualConflicts: decisions.ConflictRow[];
  overrides: decisions.OverrideRow[];
  pairRules: decisions.PairRuleRow[];
  assignments: decisions.AssignmentRow[];
}

export const pairKey = (applicationId: string, evaluatorId: string) => `${applicationId}|${evaluatorId}`;

export const relationsOf = (e: { relations: unknown }): ExpertRelation[] => (Array.isArray(e.relations) ? (e.relations as ExpertRelation[]) : []);

function languageOf(answers: unknown, submitterLocale: string | null): string | null {
  const declared = answers && typeof answers === 'object' ? (answers as Record<string, unknown>).language : undefined;
  return typeof declared === 'string' && /^[a-z]{2}$/i.test(declared) ? declared.toLowerCase() : submitterLocale;
}

export async function loadCallData(ctx: Ctx, call: data.CallRow): Promise<CallData> {
  const apps = await data.submittedApplications(ctx.db, call.id);
  const orgs = await data.consortia(ctx.db, apps.map((a) => a.id));
  const experts = await pool.assignableExperts(ctx.db);
  // Experts who are assigned but no longer assignable still count (their pairs are kept).
  const assignments = await decisions.callAssignments(ctx.db, call.id);
  const missing = [...new Set(assignments.map((a) => a.evaluatorId))].filter((id) => !experts.some((e) => e.id === id));
  experts.push(...(await pool.expertsByIds(ctx.db, missing)));
  const orgIds = [...orgs.map((o) => o.id), ...experts.flatMap((e) => (e.organisationId ? [e.organisationId] : []))];
  const applications: CallApplication[] = apps.map((a) => ({
    id: a.id,
    reference: a.reference,
    acronym: a.acronym,
    title: a.title,
    topics: [...a.topics],
    language: languageOf(a.answers, a.submitterLocale),
    organisations: orgs.filter((o) => o.applicationId === a.id).map((o) => ({ id: o.id, legalName: o.legalName, taxId: o.taxId })),
    text: normaliseText([a.acronym ?? '', a.title ?? '', ...textsOf(a.answers)].join(' ')),
  }));
  return {
    call,
    applications,
    experts,
    holdings: await data.holdingsOf(ctx.db, orgIds),
    manualConflicts: await decisions.manualConflicts(ctx.db, call.id),
    overrides: await decisions.overrides(ctx.db, call.id),
    pairRules: await decisions.pairRules(ctx.db, call.id),
    assignments,
  };
}
