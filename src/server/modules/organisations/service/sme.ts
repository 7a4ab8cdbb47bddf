/**
 * SME status from stored data: the size figures of every organisation connected through holdings,
 * the holdings themselves and public-body control go to the SME engine (Recommendation
 * 2003/361/EC); the result is stored with its inputs, and the latest class is kept on the
 * organisation for the directory.
 */
import { determineSmeStatus, type Enterprise, type SmeInput, type SmeResult } from '../../../../engines/sme/index.js';
import { EngineInputError } from '../../../../engines/ranking/issues.js';
import type { SmeAssessmentDto } from '../../../../shared/contracts/organisation-records.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError } from '../../../platform/http/errors.js';
import * as orgs from '../repository/organisations.js';
import * as repo from '../repository/size.js';
import { loadFor } from './access.js';

const PUBLIC_CONTROL_PCT = 25;

/** Public bodies of the registry holding, jointly, 25 % or more of capital or votes of `id`. */
function publicControl(id: string, relations: readonly repo.RelationRow[], kinds: Map<string, string>): boolean {
  const held = relations.filter((r) => r.heldId === id && kinds.get(r.holderId) === 'public_body');
  const capital = held.reduce((s, r) => s + r.capitalPct, 0);
  const voting = held.reduce((s, r) => s + r.votingPct, 0);
  return capital >= PUBLIC_CONTROL_PCT || voting >= PUBLIC_CONTROL_PCT;
}

function enterprises(ids: readonly string[], relations: readonly repo.RelationRow[], years: readonly repo.YearRow[]): Enterprise[] {
  return ids.map((id) => ({
    id,
    years: years.filter((y) => y.organisationId === id).map((y) => ({ year: y.year, awu: y.awu, turnoverCents: y.turnoverCents, balanceSheetCents: y.balanceSheetCents })),
    relations: relations
      .filter((r) => r.holderId === id)
      .map((r) => ({ enterpriseId: r.heldId, direction: 'holds' as const, capitalPct: r.capitalPct, votingPct: r.votingPct, control: r.control, qualifyingInvestor: r.qualifyingInvestor })),
  }));
}

function runEngine(input: SmeInput): SmeResult {
  try {
    return determineSmeStatus(input);
  } catch (err) {
    if (err instanceof EngineInputError) {
      throw new AppError('orgs.sme_invalid', {}, { issues: err.issues.map((i) => ({ path: i.path, code: i.code, params: { ...i.params } })) });
    }
    throw err;
  }
}

/** Re-determines the SME class of `id` and of every organisation connected to it by holdings. */
export async function reassessSme(ctx: Ctx, id: string): Promise<void> {
  const { ids, relations } = await repo.relationComponent(ctx.db, id);
  const rows = await orgs.findOrganisations(ctx.db, ids);
  const kinds = new Map(rows.map((r) => [r.id, r.kind]));
  const years = await repo.yearsOf(ctx.db, ids);
  // A public body's stake is not a partnership: it decides public-body control instead (Art. 3(4)).
  const business = relations.filter((r) => kinds.get(r.holderId) !== 'public_body' && kinds.get(r.heldId) !== 'public_body');
  const all = enterprises(ids, business, years);
  const at = ctx.clock.now();
  for (const org of rows) {
    const input: SmeInput = { enterpriseId: org.id, enterprises: all, publicBodyControl: org.publicBodyControl || publicControl(org.id, relations, kinds) };
    const notApplicable = org.kind === 'public_body';
    const result = notApplicable ? null : runEngine(input);
    const latest = result?.latest;
    await repo.insertAssessment(ctx.db, {
      organisationId: org.id,
      assessedAt: at,
      latestYear: latest?.year ?? null,
      effectiveClass: latest?.effectiveClass ?? null,
      inputs: input,
      result: result ?? { notApplicable: true },
    });
  }
}

function referencedIds(result: SmeResult): string[] {
  const ids = new Set<string>(result.group.map((m) => m.enterpriseId));
  const collect = (e: { params: Readonly<Record<string, unknown>> }) => {
    for (const key of ['from', 'enterpriseId', 'into']) if (typeof e.params[key] === 'string') ids.add(e.params[key]);
  };
  result.explanations.forEach(collect);
  result.years.forEach((y) => y.explanations.forEach(collect));
  return [...ids];
}

/** The latest stored determination, with the names of every organisation it mentions. */
export async function smeAssessment(ctx: Ctx, id: string): Promise<SmeAssessmentDto> {
  const org = await loadFor(ctx, id, 'view');
  const row = await repo.latestAssessment(ctx.db, id);
  const input = row?.inputs as SmeInput | undefined;
  const stored = row?.result as (SmeResult & { notApplicable?: boolean }) | undefined;
  const result = stored && !stored.notApplicable ? stored : undefined;
  const names = Object.fromEntries((await orgs.findOrganisations(ctx.db, result ? referencedIds(result) : [])).map((o) => [o.id, o.tradeName ?? o.legalName]));
  const status = org.kind === 'public_body' ? 'not_applicable' : result?.latest ? 'assessed' : 'no_figures';
  return {
    organisationId: id,
    assessedAt: (row?.assessedAt ?? org.updatedAt).toISOString(),
    latestYear: row?.latestYear ?? null,
    effectiveClass: row?.effectiveClass ?? null,
    status,
    group: result ? result.group.map((m) => ({ enterpriseId: m.enterpriseId, role: m.role, percent: m.percent, via: [...m.via] })) : [],
    years: result ? (JSON.parse(JSON.stringify(result.years)) as SmeAssessmentDto['years']) : [],
    explanations: result ? (JSON.parse(JSON.stringify(result.explanations)) as SmeAssessmentDto['explanations']) : [],
    publicBodyControl: input?.publicBodyControl ?? org.publicBodyControl,
    names,
  };
}

export interface YearInput {
  awu: number;
  turnoverCents: number;
  balanceSheetCents: number;
}

export async function putYear(ctx: Ctx, id: string, year: number, input: YearInput): Promise<void> {
  await loadFor(ctx, id, 'manage_size');
  await inTransaction(ctx, async (tx) => {
    await repo.upsertYear(tx.db, { organisationId: id, year, ...input });
    await reassessSme(tx, id);
    await audit(tx, { action: 'orgs.year_saved', entityType: 'organisation', entityId: id, summary: { year, ...input } });
  });
}

export async function deleteYear(ctx: Ctx, id: string, year: number): Promise<void> {
  await loadFor(ctx, id, 'manage_size');
  await inTransaction(ctx, async (tx) => {
    if (!(await repo.deleteYear(tx.db, id, year))) throw new AppError('not_found', { entity: 'year', id: String(year) });
    await reassessSme(tx, id);
    await audit(tx, { action: 'orgs.year_deleted', entityType: 'organisation', entityId: id, summary: { year } });
  });
}
