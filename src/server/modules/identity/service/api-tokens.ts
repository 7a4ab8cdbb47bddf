/** Personal API tokens for the CLI and integrations: hashed at rest, the secret shown once. */
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { newSecret, sha256 } from '../../../platform/secrets.js';
import * as repo from '../repository.js';

export const TOKEN_PREFIX = 'veta_';

function requireUser(ctx: Ctx): string {
  if (ctx.actor.kind !== 'user') throw new AppError('auth.required', {});
  return ctx.actor.id;
}

export async function createApiToken(ctx: Ctx, input: { name: string; expiresInDays?: number }, userId = requireUser(ctx)) {
  const secret = `${TOKEN_PREFIX}${newSecret()}`;
  const now = ctx.clock.now();
  return inTransaction(ctx, async (tx) => {
    const row = await repo.insertApiToken(tx.db, {
      userId,
      name: input.name,
      prefix: secret.slice(0, 12),
      tokenHash: sha256(secret),
      expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null,
    });
    await audit(tx, { action: 'identity.api_token_created', entityType: 'api_token', entityId: row.id, summary: { name: input.name, userId } });
    return { row, secret };
  });
}

export async function listApiTokens(ctx: Ctx) {
  return repo.listApiTokens(ctx.db, requireUser(ctx));
}

export async function revokeApiToken(ctx: Ctx, id: string): Promise<void> {
  const userId = requireUser(ctx);
  await inTransaction(ctx, async (tx) => {
    if (!(await repo.revokeApiToken(tx.db, userId, id, tx.clock.now()))) throw notFound('api_token', id);
    await audit(tx, { action: 'identity.api_token_revoked', entityType: 'api_token', entityId: id });
  });
}
