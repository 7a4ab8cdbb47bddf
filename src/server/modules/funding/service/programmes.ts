/**
 * Programmes (sources of money): budget, currency, regional envelopes, the cap per recipient over
 * the whole programme (copied into every call's rules), FSTP and de minimis flags; and the money
 * already committed to recipients, counted against that cap.
 */
import type { z } from 'zod';
import type { commitmentInputSchema, programmeInputSchema, programmePatchSchema, ProgrammeDto } from '../../../../shared/contracts/funding-calls.js';
import type { CallRulesDoc } from '../../../../shared/contracts/funding.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, forbidden, invalid, notFound, type FieldIssue } from '../../../platform/http/errors.js';
import { findOrganisations } from '../../organisations/index.js';
import { can, seesBackOffice } from '../policy.js';
import * as repo from '../repository/calls.js';
import { isoOrNull } from '../presenters.js';
import { changedFields } from './diff.js';

export type ProgrammeInput = z.output<typeof programmeInputSchema>;
export type ProgrammePatch = z.output<typeof programmePatchSchema>;

function present(p: repo.ProgrammeRow, totals: { calls: number; callsBudgetCents: number; committedCents: number } | undefined, ctx: Ctx): ProgrammeDto {
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    description: p.description,
    source: p.source,
    grantReference: p.grantReference,
    totalBudgetCents: p.totalBudgetCents,
    currency: p.currency,
    recipientCapCents: p.recipientCapCents,
    capJustification: p.capJustification,
    fstp: p.fstp,
    deMinimis: p.deMinimis,
    envelopes: p.envelopes as ProgrammeDto['envelopes'],
    officeId: p.officeId,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    callsBudgetCents: totals?.callsBudgetCents ?? 0,
    committedCents: totals?.committedCents ?? 0,
    callCount: totals?.calls ?? 0,
    canManage: can(ctx.actor, 'manage', p),
  };
}

export function assertBackOffice(ctx: Ctx): void {
  if (!seesBackOffice(ctx.actor)) throw forbidden('funding');
}

export async function listProgrammes(ctx: Ctx): Promise<ProgrammeDto[]> {
  assertBackOffice(ctx);
  const totals = await repo.programmeTotals(ctx.db);
  return (await repo.listProgrammes(ctx.db)).map((p) => present(p, totals.get(p.id), ctx));
}

/** A programme the actor may see (404 otherwise), and may manage when `manage`. */
export async function loadProgramme(ctx: Ctx, id: string, manage = false): Promise<repo.ProgrammeRow> {
  const p = await repo.findProgramme(ctx.db, id);
  if (!p || !can(ctx.actor, 'view', p)) throw notFound('programme', id);
  if (manage && !can(ctx.actor, 'manage', p)) throw new AppError('funding.programme_not_yours', {});
  return p;
}

export async function getProgramme(ctx: Ctx, id: string): Promise<ProgrammeDto> {
  const p = await loadProgramme(ctx, id);
  return present(p, (await repo.programmeTotals(ctx.db)).get(p.id), ctx);
}

function envelopeIssues(input: { totalBudgetCents: number; envelopes: ProgrammeInput['envelopes'] }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  input.envelopes.forEach((e, i) => {
    if (seen.has(e.nutsPrefix)) issues.push({ path: `envelopes.${i}.nutsPrefix`, code: 'funding:checks.duplicate_id', params: { value: e.nutsPrefix } });
    seen.add(e.nutsPrefix);
    if (e.budgetCents > input.totalBudgetCents) issues.push({ path: `envelopes.${i}.budgetCents`, code: 'funding:checks.envelope_above_budget' });
  });
  return issues;
}

function datesIssues(startsOn: string | null, endsOn: string | null): FieldIssue[] {
  return startsOn && endsOn && startsOn > endsOn ? [{ path: 'endsOn', code: 'funding:checks.ends_before_start' }] : [];
}

export async function createProgramme(ctx: Ctx, input: ProgrammeInput): Promise<ProgrammeDto> {
  if (!can(ctx.actor, 'manage', { officeId: input.officeId })) throw new AppError('funding.programme_not_yours', {});
  const issues = [...envelopeIssues(input), ...datesIssues(input.startsOn, input.endsOn)];
  if (issues.length) throw invalid(issues);
  const p = await inTransaction(ctx, async (tx) => {
    if (await repo.findProgrammeByCode(tx.db, input.code)) throw codeTaken(input.code);
    const row = await repo.insertProgramme(tx.db, { ...input });
    await audit(tx, { action: 'funding.programme_created', entityType: 'programme', entityId: row.id, summary: { code: row.code, totalBudgetCents: row.totalBudgetCents, recipientCapCents: row.recipientCapCents } });
    return row;
  });
  return present(p, undefined, ctx);
}

export function codeTaken(code: string): AppError {
  return new AppError('funding.code_taken', { code }, { issues: [{ path: 'code', code: 'errors:funding.code_taken', params: { code } }] });
}

/** Copies the programme's cap (and its justification) into the rules of its calls. */
async function syncCaps(ctx: Ctx, p: repo.ProgrammeRow): Promise<void> {
  for (const c of await repo.listCalls(ctx.db, p.id)) {
    const rules = { ...(c.rules as CallRulesDoc), perRecipientCapCents: p.recipientCapCents, capJustification: p.capJustification ?? undefined };
    await repo.updateCall(ctx.db, c.id, { rules });
  }
}

export async function updateProgramme(ctx: Ctx, id: string, patch: ProgrammePatch): Promise<ProgrammeDto> {
  const before = await loadProgramme(ctx, id, true);
  const { code: _code, ...changes } = patch;
  const after = { ...before, ...changes, envelopes: changes.envelopes ?? (before.envelopes as ProgrammeInput['envelopes']) };
  if (changes.officeId !== undefined && !can(ctx.actor, 'manage', { officeId: changes.officeId })) throw new AppError('funding.programme_not_yours', {});
  const issues = [...envelopeIssues(after), ...datesIssues(after.startsOn, after.endsOn)];
  if (issues.length) throw invalid(issues);
  await inTransaction(ctx, async (tx) => {
    await repo.updateProgramme(tx.db, id, { ...changes, updatedAt: tx.clock.now() });
    if (changes.recipientCapCents !== undefined || changes.capJustification !== undefined) await syncCaps(tx, after);
    await audit(tx, { action: 'funding.programme_updated', entityType: 'programme', entityId: id, summary: changedFields(before, changes) });
  });
  return getProgramme(ctx, id);
}


// --- commitments ----------------------------------------------------------------------------

export async function listCommitments(ctx: Ctx, programmeId: string) {
  await loadProgramme(ctx, programmeId);
  return (await repo.listCommitments(ctx.db, programmeId)).map(({ row, organisationName }) => ({
    id: row.id,
    organisationId: row.organisationId,
    organisationName,
    amountCents: row.amountCents,
    source: row.source,
    applicationId: row.applicationId,
    note: row.note,
    createdAt: isoOrNull(row.createdAt) ?? '',
  }));
}

/** Support an organisation received from the programme outside Veta (e.g. an earlier call). */
export async function addCommitment(ctx: Ctx, programmeId: string, input: z.output<typeof commitmentInputSchema>) {
  await loadProgramme(ctx, programmeId, true);
  if ((await findOrganisations(ctx.db, [input.organisationId])).length === 0) throw invalid([{ path: 'organisationId', code: 'funding:checks.unknown_organisation' }]);
  await inTransaction(ctx, async (tx) => {
    const row = await repo.insertCommitment(tx.db, { programmeId, organisationId: input.organisationId, amountCents: input.amountCents, source: 'external', note: input.note, recordedBy: ctx.actor.kind === 'user' ? ctx.actor.id : null });
    await audit(tx, { action: 'funding.commitment_added', entityType: 'programme', entityId: programmeId, summary: { commitmentId: row.id, organisationId: input.organisationId, amountCents: input.amountCents } });
  });
  return listCommitments(ctx, programmeId);
}

export async function removeCommitment(ctx: Ctx, id: string): Promise<void> {
  const row = await repo.findCommitment(ctx.db, id);
  if (!row) throw notFound('commitment', id);
  await loadProgramme(ctx, row.programmeId, true);
  if (row.source !== 'external') throw new AppError('funding.status_change', {});
  await inTransaction(ctx, async (tx) => {
    await repo.deleteCommitment(tx.db, id);
    await audit(tx, { action: 'funding.commitment_removed', entityType: 'programme', entityId: row.programmeId, summary: { commitmentId: id, organisationId: row.organisationId, amountCents: row.amountCents } });
  });
}

/**
 * Records money awarded to a recipient from an application (for the evaluation module: awards count
 * against the programme's per-recipient cap in later applications). Call inside its transaction.
 */
export async function recordAward(ctx: Ctx, input: { programmeId: string; organisationId: string; applicationId: string; amountCents: number; note?: string }): Promise<string> {
  const row = await repo.insertCommitment(ctx.db, { ...input, source: 'award', note: input.note ?? null, recordedBy: ctx.actor.kind === 'user' ? ctx.actor.id : null });
  await audit(ctx, { action: 'funding.award_committed', entityType: 'programme', entityId: input.programmeId, summary: { commitmentId: row.id, organisationId: input.organisationId, applicationId: input.applicationId, amountCents: input.amountCents } });
  return row.id;
}

/**
 * Releases the commitments of an award that no longer holds (the recipient declined): they stop
 * counting against the cap. For the awards module; call inside its transaction.
 */
export async function releaseAward(ctx: Ctx, input: { programmeId: string; organisationId: string; applicationId: string }): Promise<number> {
  const removed = await repo.deleteAwardCommitments(ctx.db, input);
  await audit(ctx, { action: 'funding.award_released', entityType: 'programme', entityId: input.programmeId, summary: { ...input, commitments: removed.length, amountCents: removed.reduce((s, r) => s + r.amountCents, 0) } });
  return removed.length;
}
