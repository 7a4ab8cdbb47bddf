/** The hash of a decision record: sha256 of its canonical JSON (keys sorted, as read back from jsonb). */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../platform/audit/canonical.js';

export function recordHash(record: unknown): string {
  return createHash('sha256').update(canonicalJson(record)).digest('hex');
}
