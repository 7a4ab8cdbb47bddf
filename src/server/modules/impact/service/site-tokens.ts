/**
 * Site ingestion tokens: a site's digital twin or data logger sends readings with one (HTTP batch
 * header `x-site-token`, or as the MQTT password with the site id as user name). Hashed at rest,
 * the secret shown once. Resolutions are cached for 30 s so a telemetry stream does not query the
 * database per message; a revocation takes effect within that time.
 */
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { notFound } from '../../../platform/http/errors.js';
import { newSecret, sha256 } from '../../../platform/secrets.js';
import type { Db } from '../../../platform/db/types.js';
import * as common from '../repository/common.js';
import * as repo from '../repository/ingestion.js';
import { actorUserId, assertCan } from './scope.js';

export const SITE_TOKEN_PREFIX = 'vst_';
const CACHE_MS = 30_000;

export interface SiteCredential {
  tokenId: string;
  siteId: string;
  organisationId: string;
}

const cache = new Map<string, { value: SiteCredential | null; until: number }>();

/** The site a token belongs to, or null when it is unknown or revoked. */
export async function resolveSiteToken(db: Db, secret: string, now = Date.now()): Promise<SiteCredential | null> {
  if (!secret.startsWith(SITE_TOKEN_PREFIX) || secret.length > 200) return null;
  const hash = sha256(secret);
  const hit = cache.get(hash);
  if (hit && hit.until > now) return hit.value;
  const row = await repo.findLiveSiteToken(db, hash);
  const value = row ? { tokenId: row.id, siteId: row.siteId, organisationId: row.organisationId } : null;
  if (cache.size > 10_000) cache.clear();
  cache.set(hash, { value, until: now + CACHE_MS });
  return value;
}

/** Forgets cached resolutions (after a revocation in this process). */
export function clearSiteTokenCache(): void {
  cache.clear();
}

async function writableSite(ctx: Ctx, siteId: string): Promise<common.SiteRow> {
  const found = await common.findSite(ctx.db, siteId);
  await assertCan(ctx, 'write', found, 'site', siteId);
  return found as common.SiteRow;
}

export async function listSiteTokens(ctx: Ctx, siteId: string) {
  await writableSite(ctx, siteId);
  return repo.listSiteTokens(ctx.db, siteId);
}

export async function createSiteToken(ctx: Ctx, siteId: string, name: string): Promise<{ row: repo.SiteTokenRow; secret: string }> {
  await writableSite(ctx, siteId);
  const secret = `${SITE_TOKEN_PREFIX}${newSecret()}`;
  return inTransaction(ctx, async (tx) => {
    const row = await repo.insertSiteToken(tx.db, { siteId, name, prefix: secret.slice(0, 12), tokenHash: sha256(secret), createdBy: actorUserId(tx) });
    await audit(tx, { action: 'impact.site_token_created', entityType: 'impact_site_token', entityId: row.id, summary: { siteId, name } });
    return { row, secret };
  });
}

export async function revokeSiteToken(ctx: Ctx, siteId: string, tokenId: string): Promise<void> {
  await writableSite(ctx, siteId);
  await inTransaction(ctx, async (tx) => {
    if (!(await repo.revokeSiteToken(tx.db, siteId, tokenId, tx.clock.now()))) throw notFound('site_token', tokenId);
    await audit(tx, { action: 'impact.site_token_revoked', entityType: 'impact_site_token', entityId: tokenId, summary: { siteId } });
  });
  clearSiteTokenCache();
}
