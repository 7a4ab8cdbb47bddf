/** The cluster's offices (León, Sevilla, Murcia, Madrid...): staff are scoped to them. */
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError } from '../../../platform/http/errors.js';
import * as repo from '../repository.js';

export interface OfficeInput {
  code: string;
  name: string;
  city: string;
  nutsCode: string | null;
}

export function listOffices(ctx: Ctx) {
  return repo.listOffices(ctx.db);
}

export async function createOffice(ctx: Ctx, input: OfficeInput) {
  return inTransaction(ctx, async (tx) => {
    if (await repo.findOfficeByCode(tx.db, input.code)) {
      throw new AppError('identity.office_code_taken', { code: input.code }, { issues: [{ path: 'code', code: 'errors:identity.office_code_taken', params: { code: input.code } }] });
    }
    const row = await repo.insertOffice(tx.db, input);
    await audit(tx, { action: 'identity.office_created', entityType: 'office', entityId: row.id, summary: { ...input } });
    return row;
  });
}

export async function updateOffice(ctx: Ctx, id: string, input: Partial<OfficeInput>) {
  return inTransaction(ctx, async (tx) => {
    await repo.updateOffice(tx.db, id, input);
    await audit(tx, { action: 'identity.office_updated', entityType: 'office', entityId: id, summary: { ...input } });
    const all = await repo.listOffices(tx.db);
    const row = all.find((o) => o.id === id);
    if (!row) throw new AppError('not_found', { entity: 'office', id });
    return row;
  });
}
