/**
 * Batches telemetry readings into multi-row inserts: a flush runs when `maxRows` are waiting or
 * `maxDelayMs` after the first waiting row, one flush at a time. When the database refuses a flush
 * the rows go back to the front of the queue and the writer retries a second later; `close()`
 * flushes what is left. Rows in memory (at most `maxDelayMs` worth in normal operation) are lost
 * if the process is killed: the publisher's QoS 1 covers the broker hop, not this buffer.
 */
import type { Db } from '../../../platform/db/types.js';
import type { Logger } from '../../../platform/logging.js';
import type { ReadingInsert } from '../repository/readings.js';
import { storeReadings } from '../service/ingest.js';

export interface WriterStats {
  stored: number;
  duplicates: number;
  flushes: number;
  failures: number;
  lastError: string | null;
}

export class ReadingWriter {
  private queue: ReadingInsert[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private closed = false;
  readonly stats: WriterStats = { stored: 0, duplicates: 0, flushes: 0, failures: 0, lastError: null };

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    private readonly opts: { maxRows: number; maxDelayMs: number } = { maxRows: 5_000, maxDelayMs: 100 },
    /** How a batch is stored (returns the new rows); replaceable in tests. */
    private readonly store: (db: Db, rows: readonly ReadingInsert[]) => Promise<number> = storeReadings,
  ) {}

  get pending(): number {
    return this.queue.length;
  }

  add(rows: readonly ReadingInsert[]): void {
    for (const r of rows) this.queue.push(r);
    if (this.queue.length >= this.opts.maxRows) this.kick(0);
    else this.kick(this.opts.maxDelayMs);
  }

  private kick(delay: number): void {
    if (this.flushing) return; // the running flush checks the queue again when it ends
    if (delay === 0) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      void this.flush();
    } else if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = null;
        void this.flush();
      }, delay);
    }
  }

  /** Writes everything queued (in chunks), then returns. */
  async flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    this.flushing = this.drain();
    try {
      await this.flushing;
    } finally {
      this.flushing = null;
    }
    if (this.queue.length && !this.closed) this.kick(this.stats.lastError ? 1_000 : 0);
  }

  private async drain(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.splice(0, this.opts.maxRows);
      try {
        const stored = await this.store(this.db, batch);
        this.stats.stored += stored;
        this.stats.duplicates += batch.length - stored;
        this.stats.flushes++;
        this.stats.lastError = null;
      } catch (err) {
        this.queue.unshift(...batch);
        this.stats.failures++;
        this.stats.lastError = err instanceof Error ? err.message : String(err);
        this.logger.error({ err, pending: this.queue.length }, 'telemetry readings could not be stored; retrying');
        return;
      }
    }
  }

  /** Flushes what is left (retrying for up to `graceMs`) and stops. */
  async close(graceMs = 10_000): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    const until = Date.now() + graceMs;
    do {
      await this.flush();
      if (this.queue.length) await new Promise((r) => setTimeout(r, 200));
    } while (this.queue.length && Date.now() < until);
  }
}
