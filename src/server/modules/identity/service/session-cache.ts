/**
 * A short-lived, per-process cache of resolved sessions and API tokens, so that an authenticated
 * request costs no database round trip. Any change to a person's sessions or account sends a
 * database notification (in the same transaction) that evicts that person's entries in every Veta
 * process; while the notification connection is down, the cache is bypassed.
 */
import type { Actor } from '../../../platform/actor.js';
import type { Database } from '../../../platform/db/client.js';
import { listen, notify, type Listener } from '../../../platform/db/notify.js';
import type { Db } from '../../../platform/db/types.js';

export const AUTH_CHANNEL = 'veta_auth';
const TTL_MS = 30_000;
const MAX_ENTRIES = 10_000;

export interface CachedAuth {
  actor: Actor;
  csrfToken: string;
  userId: string;
  /** When the session/token stops being valid (expiry), and when the cache entry goes stale. */
  validUntil: number;
  cachedAt: number;
}

export class AuthCache {
  private readonly entries = new Map<string, CachedAuth>();
  private listener: Listener | undefined;

  async start(database: Database): Promise<void> {
    this.listener = await listen(database, AUTH_CHANNEL, (userId) => this.evictUser(userId), () => this.entries.clear());
  }

  async stop(): Promise<void> {
    await this.listener?.close();
    this.listener = undefined;
    this.entries.clear();
  }

  get(key: string, now: number): CachedAuth | undefined {
    if (!this.listener?.healthy) return undefined;
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (now >= hit.validUntil || now - hit.cachedAt > TTL_MS || now < hit.cachedAt) {
      this.entries.delete(key);
      return undefined;
    }
    return hit;
  }

  set(key: string, value: CachedAuth): void {
    if (!this.listener?.healthy) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, value);
  }

  evictUser(userId: string): void {
    for (const [k, v] of this.entries) if (v.userId === userId) this.entries.delete(k);
  }
}

const caches = new WeakMap<Database, AuthCache>();

/** The cache of a database handle (one per process and database). */
export function authCacheFor(database: Database): AuthCache {
  let c = caches.get(database);
  if (!c) {
    c = new AuthCache();
    caches.set(database, c);
  }
  return c;
}

/** Tells every process that a person's sessions or account changed (delivered on commit). */
export function announceAuthChange(db: Db, userId: string): Promise<void> {
  return notify(db, AUTH_CHANNEL, userId);
}
