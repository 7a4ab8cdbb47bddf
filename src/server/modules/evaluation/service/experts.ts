/**
 * The evaluator pool: staff invite experts (an identity invitation with role `evaluator`, so the
 * expert chooses a password from the mailed link) and keep their profiles; experts accept the
 * confidentiality terms and edit their own keywords, languages and relations.
 */
import type { ExpertDto, ExpertInput, ExpertRelation } from '../../../../shared/contracts/evaluation-pool.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, invalid, notFound } from '../../../platform/http/errors.js';
import { invite } from '../../identity/index.js';
import * as data from '../repository/call-data.js';
import * as pool from '../repository/pool.js';
import { currentEvaluator } from './clearance.js';

export function presentExpert(e: pool.ExpertRow): ExpertDto {
  return {
    id: e.id,
    userId: e.userId,
    name: e.name,
    email: e.email,
    userStatus: e.userStatus,
    organisationId: e.organisationId,
    organisationName: e.organisationName,
    taxId: e.taxId,
    country: e.country,
    languages: e.languages,
    topics: e.topics,
    keywords: e.keywords,
    minLoad: e.minLoad,
    maxLoad: e.maxLoad,
    relations: e.relations as ExpertRelation[],
    termsAcceptedAt: e.termsAcceptedAt?.toISOString() ?? null,
    createdAt: e.createdAt.toISOString(),
  };
}

type ExpertFields = Omit<ExpertInput, 'email' | 'name' | 'locale'>;

/** Organisation from the registry (its legal name and tax id are copied), or free text + NIF. */
async function organisationFields(ctx: Ctx, input: Partial<ExpertFields>): Promise<Partial<pool.EvaluatorInsert>> {
  if (input.organisationId === undefined) return {};
  if (input.organisationId === null) return { organisationId: null };
  const name = await data.organisationName(ctx.db, input.organisationId);
  if (!name) throw invalid([{ path: 'organisationId', code: 'errors:evaluation.unknown_organisation' }]);
  return { organisationId: input.organisationId, organisationName: input.organisationName ?? name };
}

function profileFields(input: Partial<ExpertFields>): Partial<pool.EvaluatorInsert> {
  const out: Partial<pool.EvaluatorInsert> = {};
  for (const k of ['organisationName', 'taxId', 'country', 'languages', 'topics', 'keywords', 'minLoad', 'maxLoad', 'relations'] as const) {
    if (input[k] !== undefined) (out as Record<string, unknown>)[k] = input[k];
  }
  return out;
}

/** Invites an expert and creates their pool record, in one transaction. */
export async function createExpert(ctx: Ctx, input: ExpertInput): Promise<ExpertDto> {
  const org = await organisationFields(ctx, input);
  const id = await inTransaction(ctx, async (tx) => {
    const user = await invite(tx, { email: input.email, name: input.name, role: 'evaluator', officeIds: [], locale: input.locale });
    const row = await pool.insertEvaluator(tx.db, { userId: user.id, ...profileFields(input), ...org, createdBy: ctx.actor.kind === 'user' ? ctx.actor.id : null });
    await audit(tx, { action: 'evaluation.expert_created', entityType: 'evaluator', entityId: row.id, summary: { email: input.email, topics: row.topics, organisationId: row.organisationId } });
    return row.id;
  });
  return getExpert(ctx, id);
}

export async function getExpert(ctx: Ctx, id: string): Promise<ExpertDto> {
  const e = await pool.findExpert(ctx.db, id);
  if (!e) throw notFound('evaluator', id);
  return presentExpert(e);
}

export async function listExperts(ctx: Ctx, q?: string): Promise<ExpertDto[]> {
  return (await pool.listExperts(ctx.db, q?.trim() || undefined)).map(presentExpert);
}

function assertLoads(minLoad: number, maxLoad: number): void {
  if (minLoad > maxLoad) throw invalid([{ path: 'maxLoad', code: 'evaluation:experts.maxBelowMin' }]);
}

export async function updateExpert(ctx: Ctx, id: string, patch: Partial<ExpertFields> & { name?: string }): Promise<ExpertDto> {
  const e = await pool.findExpert(ctx.db, id);
  if (!e) throw notFound('evaluator', id);
  assertLoads(patch.minLoad ?? e.minLoad, patch.maxLoad ?? e.maxLoad);
  const values = { ...profileFields(patch), ...(await organisationFields(ctx, patch)) };
  await inTransaction(ctx, async (tx) => {
    await pool.updateEvaluator(tx.db, id, { ...values, updatedAt: tx.clock.now() });
    if (patch.name) await pool.renameUser(tx.db, e.userId, patch.name);
    await audit(tx, { action: 'evaluation.expert_updated', entityType: 'evaluator', entityId: id, summary: { fields: Object.keys({ ...values, ...(patch.name ? { name: 1 } : {}) }) } });
  });
  return getExpert(ctx, id);
}

/** The signed-in expert's own record. */
export async function myProfile(ctx: Ctx): Promise<ExpertDto> {
  return getExpert(ctx, (await currentEvaluator(ctx)).id);
}

/** What an expert may change themselves: keywords, languages and relations. */
export async function updateMyProfile(ctx: Ctx, patch: { keywords?: string[]; languages?: string[]; relations?: ExpertRelation[] }): Promise<ExpertDto> {
  const me = await currentEvaluator(ctx);
  await inTransaction(ctx, async (tx) => {
    await pool.updateEvaluator(tx.db, me.id, { ...profileFields(patch), updatedAt: tx.clock.now() });
    await audit(tx, { action: 'evaluation.profile_updated', entityType: 'evaluator', entityId: me.id, summary: { fields: Object.keys(patch) } });
  });
  return getExpert(ctx, me.id);
}

/** The expert accepts the confidentiality terms (once; needed before any assignment is shown). */
export async function acceptTerms(ctx: Ctx): Promise<ExpertDto> {
  const me = await currentEvaluator(ctx);
  if (me.termsAcceptedAt) throw new AppError('evaluation.terms_accepted');
  await inTransaction(ctx, async (tx) => {
    await pool.updateEvaluator(tx.db, me.id, { termsAcceptedAt: tx.clock.now(), updatedAt: tx.clock.now() });
    await audit(tx, { action: 'evaluation.terms_accepted', entityType: 'evaluator', entityId: me.id });
  });
  return getExpert(ctx, me.id);
}
