/**
 * Integrity check of submissions: every stored version's snapshot is hashed again and compared
 * with the hash recorded (and mailed in the receipts) at submission; every file a version names
 * must still be in the file store with those very bytes.
 */
import { createHash } from 'node:crypto';
import type { Snapshot } from '../../../../shared/contracts/funding.js';
import type { Ctx } from '../../../platform/context.js';
import * as apps from '../repository/applications.js';
import { snapshotHash } from './snapshot.js';

export interface VerifyProblem {
  reference: string;
  version: number;
  problem: 'snapshot_hash' | 'file_missing' | 'file_hash';
  detail: string;
}

async function fileHash(ctx: Ctx, sha256: string): Promise<string | null> {
  if (!(await ctx.files.exists(sha256))) return null;
  const hash = createHash('sha256');
  for await (const chunk of ctx.files.open(sha256)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function verifySubmissions(ctx: Ctx, callId?: string): Promise<{ versions: number; files: number; problems: VerifyProblem[] }> {
  const problems: VerifyProblem[] = [];
  const checked = new Map<string, string | null>();
  let versions = 0;
  for (const v of await apps.allVersions(ctx.db, callId)) {
    versions++;
    if (snapshotHash(v.snapshot) !== v.snapshotHash) problems.push({ reference: v.reference, version: v.version, problem: 'snapshot_hash', detail: v.snapshotHash });
    for (const a of (v.snapshot as Snapshot).attachments) {
      if (!checked.has(a.sha256)) checked.set(a.sha256, await fileHash(ctx, a.sha256));
      const actual = checked.get(a.sha256);
      if (actual === null) problems.push({ reference: v.reference, version: v.version, problem: 'file_missing', detail: `${a.name} ${a.sha256}` });
      else if (actual !== a.sha256) problems.push({ reference: v.reference, version: v.version, problem: 'file_hash', detail: `${a.name} ${a.sha256}` });
    }
  }
  return { versions, files: checked.size, problems };
}
