/**
 * Changes to the organisation table. `registryChanged` is called by every write path of the
 * registry: it bumps this process's version counter (caches of derived answers key on it), tells
 * this process's listeners at once (the in-memory directory index), and sends a database
 * notification on `REGISTRY_CHANNEL`, delivered to every process (this one included) when the
 * caller's transaction commits.
 */
import { notify } from '../../../platform/db/notify.js';
import type { Db } from '../../../platform/db/types.js';

export const REGISTRY_CHANNEL = 'veta_registry';
/** Beyond this many organisations a change is announced as `*` (everything may have changed). */
const NOTIFY_IDS_MAX = 100;

export type RegistryChange = readonly string[] | '*';

let version = 0;
const listeners = new Set<(change: RegistryChange) => void>();

export function registryVersion(): number {
  return version;
}

export function bumpRegistryVersion(): void {
  version++;
}

/** Calls `fn` on every change made by this process; returns the function that stops it. */
export function onRegistryChange(fn: (change: RegistryChange) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function changePayload(change: RegistryChange): string {
  return change === '*' || change.length > NOTIFY_IDS_MAX ? '*' : change.join(',');
}

export function parseChange(payload: string): RegistryChange {
  return payload === '*' ? '*' : payload.split(',').filter(Boolean);
}

export async function registryChanged(db: Db, change: RegistryChange): Promise<void> {
  if (change !== '*' && change.length === 0) return;
  bumpRegistryVersion();
  for (const fn of listeners) fn(change);
  await notify(db, REGISTRY_CHANNEL, changePayload(change));
}
