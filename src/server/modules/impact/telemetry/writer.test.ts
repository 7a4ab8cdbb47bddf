import { describe, expect, it } from 'vitest';
import type { Db } from '../../../platform/db/types.js';
import { silentLogger } from '../../../platform/logging.js';
import type { ReadingInsert } from '../repository/readings.js';
import { ReadingWriter } from './writer.js';

/** A store that counts rows, fails while `down`, and treats repeats as no-ops. */
function fakeStore() {
  const stored = new Set<string>();
  const state = { down: false, statements: 0, largest: 0 };
  const store = async (_db: Db, batch: readonly ReadingInsert[]): Promise<number> => {
    if (state.down) throw new Error('connection refused');
    state.statements++;
    state.largest = Math.max(state.largest, batch.length);
    let n = 0;
    for (const r of batch) {
      const key = `${r.meterId}|${r.start.getTime()}`;
      if (!stored.has(key)) n++;
      stored.add(key);
    }
    return n;
  };
  return { store, stored, state };
}

const db = {} as Db;

const rows = (from: number, count: number): ReadingInsert[] =>
  Array.from({ length: count }, (_, i) => ({ meterId: 'm1', start: new Date((from + i) * 900_000), end: null, value: i, source: 'mqtt' as const }));

describe('ReadingWriter', () => {
  it('batches rows into inserts of at most maxRows and counts repeats', async () => {
    const { store, stored, state } = fakeStore();
    const w = new ReadingWriter(db, silentLogger(), { maxRows: 100, maxDelayMs: 10_000 }, store);
    w.add(rows(0, 250));
    w.add(rows(200, 50)); // 50 repeats
    await w.close();
    expect(stored.size).toBe(250);
    expect(w.stats).toMatchObject({ stored: 250, duplicates: 50 });
    expect(state.statements).toBeGreaterThanOrEqual(3);
    expect(state.largest).toBe(100);
  });

  it('keeps the rows when the database refuses them and stores them once it is back', async () => {
    const { store, stored, state } = fakeStore();
    const w = new ReadingWriter(db, silentLogger(), { maxRows: 1000, maxDelayMs: 1 }, store);
    state.down = true;
    w.add(rows(0, 10));
    await w.flush();
    expect(w.pending).toBe(10);
    expect(w.stats.failures).toBeGreaterThan(0);
    expect(w.stats.lastError).toBe('connection refused');
    state.down = false;
    await w.close();
    expect(stored.size).toBe(10);
    expect(w.pending).toBe(0);
    expect(w.stats.lastError).toBeNull();
  });
});
