/**
 * Calls (staff): configuration as data (texts, lists, instruments, rules, award criteria, payment
 * scheme, form), the publication checklist, publishing and closing. Every save is checked whole:
 * the documents must be consistent (the engines accept them) and the deadline must name one
 * instant; a published call must stay publishable. Changes are audited with what changed.
 */
import type { CallDto, CallInput, CallPatch, ChecklistItem } from '../../../../shared/contracts/funding-calls.js';
import type { CallRulesDoc } from '../../../../shared/contracts/funding.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, invalid, notFound, type FieldIssue } from '../../../platform/http/errors.js';
import { can } from '../policy.js';
import * as repo from '../repository/calls.js';
import { callDocs, callFields } from '../presenters.js';
import { callChecklist } from './checklist.js';
import { deadlineOrThrow } from './deadline.js';
import { changedFields } from './diff.js';
import { assertBackOffice, codeTaken, loadProgramme } from './programmes.js';
import { callDocumentIssues, type Issue } from './validate-call.js';

/** A call the actor may see in the back office (404 otherwise), with its programme. */
export async function loadCall(ctx: Ctx, id: string, manage = false): Promise<{ call: repo.CallRow; programme: repo.ProgrammeRow }> {
  const call = await repo.findCall(ctx.db, id);
  if (!call) throw notFound('call', id);
  const programme = await loadProgramme(ctx, call.programmeId, manage);
  return { call, programme };
}

export async function presentCall(ctx: Ctx, call: repo.CallRow, programme: repo.ProgrammeRow): Promise<CallDto> {
  const documents = await repo.listDocuments(ctx.db, [call.id]);
  const counts = (await repo.applicationCounts(ctx.db, [call.id])).get(call.id) ?? {};
  return { ...callFields(call, documents), programmeCode: programme.code, programmeName: programme.name, applicationCounts: counts, canManage: can(ctx.actor, 'manage', programme) };
}

export async function getCall(ctx: Ctx, id: string): Promise<CallDto> {
  const { call, programme } = await loadCall(ctx, id);
  return presentCall(ctx, call, programme);
}

export async function listCalls(ctx: Ctx, programmeId?: string) {
  assertBackOffice(ctx);
  const calls = await repo.listCalls(ctx.db, programmeId);
  const programmes = new Map((await repo.listProgrammes(ctx.db)).map((p) => [p.id, p]));
  const counts = await repo.applicationCounts(ctx.db, calls.map((c) => c.id));
  return calls.map((c) => {
    const n = counts.get(c.id) ?? {};
    return {
      id: c.id,
      programmeId: c.programmeId,
      programmeCode: programmes.get(c.programmeId)?.code ?? '',
      code: c.code,
      status: c.status,
      titleEs: c.titleEs,
      titleEn: c.titleEn,
      deadlineAt: c.deadlineAt?.toISOString() ?? null,
      deadlineZone: c.deadlineZone,
      budgetCents: c.budgetCents,
      applications: Object.values(n).reduce((s, v) => s + v, 0),
      submitted: (n.submitted ?? 0) + (n.ineligible ?? 0),
    };
  });
}

/** Field issues of a call's documents as a save sees them (a draft may have no instruments yet). */
function saveIssues(values: Pick<repo.CallRow, 'activities' | 'topics' | 'partnerRoles' | 'rules' | 'ranking' | 'paymentScheme' | 'form' | 'opensAt' | 'deadlineAt'>): FieldIssue[] {
  const issues: Issue[] = callDocumentIssues(callDocs(values as repo.CallRow)).filter((i) => i.code !== 'funding:checks.call_no_instruments');
  if (values.opensAt && values.deadlineAt && values.opensAt.getTime() >= values.deadlineAt.getTime()) issues.push({ path: 'opensAt', code: 'funding:checks.opens_after_deadline' });
  return issues;
}

function withCap(rules: CallRulesDoc, p: repo.ProgrammeRow): CallRulesDoc {
  return { ...rules, perRecipientCapCents: p.recipientCapCents, capJustification: p.capJustification ?? undefined };
}

export async function createCall(ctx: Ctx, input: CallInput): Promise<CallDto> {
  const programme = await loadProgramme(ctx, input.programmeId, true);
  const deadlineAt = deadlineOrThrow(input.deadlineLocal, input.deadlineZone);
  const values = { ...input, opensAt: input.opensAt ? new Date(input.opensAt) : null, deadlineAt, rules: withCap(input.rules, programme) };
  const issues = saveIssues(values);
  if (issues.length) throw invalid(issues);
  const call = await inTransaction(ctx, async (tx) => {
    if (await repo.findCallByCode(tx.db, input.code)) throw codeTaken(input.code);
    const row = await repo.insertCall(tx.db, { ...values, createdBy: ctx.actor.kind === 'user' ? ctx.actor.id : null });
    await audit(tx, { action: 'funding.call_created', entityType: 'call', entityId: row.id, summary: { code: row.code, programmeId: row.programmeId } });
    return row;
  });
  return presentCall(ctx, call, programme);
}

export async function checklistOf(ctx: Ctx, call: repo.CallRow, programme: repo.ProgrammeRow): Promise<{ publishable: boolean; items: ChecklistItem[] }> {
  const otherCallsBudgetCents = await repo.otherCallsBudget(ctx.db, programme.id, call.id);
  return callChecklist({ ...call, ...callDocs(call) }, { now: ctx.clock.now(), programme, otherCallsBudgetCents });
}

export async function getChecklist(ctx: Ctx, id: string) {
  const { call, programme } = await loadCall(ctx, id);
  return checklistOf(ctx, call, programme);
}

function notPublishable(items: readonly ChecklistItem[]): AppError {
  const missing = items.filter((i) => i.mandatory && !i.ok);
  return new AppError('funding.not_publishable', { count: missing.length }, { issues: missing.map((i) => ({ path: i.code, code: `funding:checklist.${i.code}.missing`, params: i.params })) });
}

export async function updateCall(ctx: Ctx, id: string, patch: CallPatch): Promise<CallDto> {
  const { call, programme } = await loadCall(ctx, id, true);
  if (call.status === 'closed') throw new AppError('funding.call_closed', {});
  const local = patch.deadlineLocal !== undefined ? patch.deadlineLocal : call.deadlineLocal;
  const zone = patch.deadlineZone !== undefined ? patch.deadlineZone : call.deadlineZone;
  const deadlineAt = deadlineOrThrow(local, zone);
  const { opensAt, rules, ...rest } = patch;
  const changes = {
    ...rest,
    ...(opensAt !== undefined ? { opensAt: opensAt ? new Date(opensAt) : null } : {}),
    ...(rules ? { rules: withCap(rules, programme) } : {}),
    deadlineAt,
  };
  const next = { ...call, ...changes };
  const issues = saveIssues(next);
  if (issues.length) throw invalid(issues);
  if (call.status === 'published') {
    const check = await checklistOf(ctx, next, programme);
    if (!check.publishable) throw notPublishable(check.items);
  }
  await inTransaction(ctx, async (tx) => {
    await repo.updateCall(tx.db, id, { ...changes, updatedAt: tx.clock.now() });
    await audit(tx, { action: 'funding.call_updated', entityType: 'call', entityId: id, summary: changedFields(call, changes) });
  });
  return getCall(ctx, id);
}

export async function publishCall(ctx: Ctx, id: string): Promise<CallDto> {
  const { call, programme } = await loadCall(ctx, id, true);
  if (call.status !== 'draft') throw new AppError('funding.status_change', { from: call.status, to: 'published' });
  const check = await checklistOf(ctx, call, programme);
  if (!check.publishable) throw notPublishable(check.items);
  await inTransaction(ctx, async (tx) => {
    await repo.updateCall(tx.db, id, { status: 'published', publishedAt: tx.clock.now(), updatedAt: tx.clock.now() });
    await audit(tx, { action: 'funding.call_published', entityType: 'call', entityId: id, summary: { deadlineAt: call.deadlineAt?.toISOString() ?? null, deadlineZone: call.deadlineZone } });
  });
  return getCall(ctx, id);
}

/** Closes a published call once its deadline has passed (by staff, or the hourly job). */
export async function closeCall(ctx: Ctx, id: string): Promise<CallDto> {
  const { call } = await loadCall(ctx, id, true);
  await closeIfDue(ctx, call);
  return getCall(ctx, id);
}

export async function closeIfDue(ctx: Ctx, call: repo.CallRow): Promise<void> {
  if (call.status !== 'published') throw new AppError('funding.status_change', { from: call.status, to: 'closed' });
  if (!call.deadlineAt || ctx.clock.now().getTime() < call.deadlineAt.getTime()) throw new AppError('funding.deadline_not_passed', {});
  await inTransaction(ctx, async (tx) => {
    await repo.updateCall(tx.db, call.id, { status: 'closed', closedAt: tx.clock.now(), updatedAt: tx.clock.now() });
    await audit(tx, { action: 'funding.call_closed', entityType: 'call', entityId: call.id, summary: { deadlineAt: call.deadlineAt?.toISOString() ?? null } });
  });
}
