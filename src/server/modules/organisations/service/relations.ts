/** Holdings between organisations (partner and linked enterprises for the SME status). */
import type { z } from 'zod';
import type { relationInputSchema } from '../../../../shared/contracts/organisation-records.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { invalid, notFound } from '../../../platform/http/errors.js';
import * as orgs from '../repository/organisations.js';
import * as repo from '../repository/size.js';
import { loadFor } from './access.js';
import { reassessSme } from './sme.js';

export type RelationInput = z.output<typeof relationInputSchema>;

export async function relationsOf(ctx: Ctx, id: string) {
  const found = (await repo.relationsTouching(ctx.db, [id])).sort((a, b) => b.capitalPct - a.capitalPct);
  const names = new Map((await orgs.findOrganisations(ctx.db, found.flatMap((r) => [r.holderId, r.heldId]))).map((o) => [o.id, o.tradeName ?? o.legalName]));
  return found.map((r) => ({
    id: r.id,
    holderId: r.holderId,
    holderName: names.get(r.holderId) ?? '',
    heldId: r.heldId,
    heldName: names.get(r.heldId) ?? '',
    capitalPct: r.capitalPct,
    votingPct: r.votingPct,
    control: r.control,
    qualifyingInvestor: r.qualifyingInvestor,
    note: r.note,
  }));
}

/** Records (or replaces) a holding between `id` and another organisation, then re-determines SME status. */
export async function saveRelation(ctx: Ctx, id: string, input: RelationInput): Promise<string> {
  await loadFor(ctx, id, 'manage_relations');
  if (input.otherId === id) throw invalid([{ path: 'otherId', code: 'errors:orgs.relation_self' }]);
  const other = await orgs.findOrganisation(ctx.db, input.otherId);
  if (!other) throw invalid([{ path: 'otherId', code: 'errors:orgs.unknown_organisation' }]);
  const [holderId, heldId] = input.direction === 'holds' ? [id, input.otherId] : [input.otherId, id];
  return inTransaction(ctx, async (tx) => {
    const row = await repo.upsertRelation(tx.db, {
      holderId,
      heldId,
      capitalPct: input.capitalPct,
      votingPct: input.votingPct,
      control: input.control,
      qualifyingInvestor: input.qualifyingInvestor,
      note: input.note ?? null,
    });
    await reassessSme(tx, id);
    await audit(tx, { action: 'orgs.relation_saved', entityType: 'organisation', entityId: id, summary: { holderId, heldId, capitalPct: input.capitalPct, votingPct: input.votingPct, control: input.control } });
    return row.id;
  });
}

export async function deleteRelation(ctx: Ctx, relationId: string): Promise<void> {
  const rel = await repo.findRelation(ctx.db, relationId);
  if (!rel) throw notFound('relation', relationId);
  await loadFor(ctx, rel.heldId, 'manage_relations').catch(() => loadFor(ctx, rel.holderId, 'manage_relations'));
  await inTransaction(ctx, async (tx) => {
    await repo.deleteRelation(tx.db, relationId);
    await reassessSme(tx, rel.holderId);
    await reassessSme(tx, rel.heldId);
    await audit(tx, { action: 'orgs.relation_deleted', entityType: 'organisation', entityId: rel.heldId, summary: { holderId: rel.holderId, heldId: rel.heldId } });
  });
}
