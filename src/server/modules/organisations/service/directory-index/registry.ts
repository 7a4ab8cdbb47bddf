/** The directory index attached to each open database of this process (servers attach one at start). */
import type { Database } from '../../../../platform/db/client.js';
import { LiveDirectoryIndex } from './live.js';

const attached = new Map<Database, LiveDirectoryIndex>();

export async function attachDirectoryIndex(database: Database): Promise<LiveDirectoryIndex> {
  const existing = attached.get(database);
  if (existing) return existing;
  const index = new LiveDirectoryIndex(database);
  attached.set(database, index);
  await index.start();
  return index;
}

export async function detachDirectoryIndex(database: Database): Promise<void> {
  const index = attached.get(database);
  attached.delete(database);
  await index?.stop();
}

export function directoryIndexOf(database: Database): LiveDirectoryIndex | undefined {
  return attached.get(database);
}
