/**
 * The job runner: claims due jobs with `FOR UPDATE SKIP LOCKED` (several processes can share one
 * PostgreSQL queue), runs their handler, retries failures with exponential backoff, and enqueues
 * scheduled work. `drain()` runs everything due, for tests and the CLI.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import { systemActor } from '../actor.js';
import { makeCtx, type Platform } from '../context.js';
import { allSchedules, enqueue, jobDefinition } from './define.js';
import { job as jobTable } from './schema.js';
import { rows } from '../db/types.js';

type JobRow = typeof jobTable.$inferSelect;

export function backoffMs(attempt: number): number {
  return Math.min(60 * 60_000, 5_000 * 2 ** Math.max(0, attempt - 1));
}

const STALE_AFTER_MS = 15 * 60_000;

export class JobRunner {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  readonly workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;

  constructor(private readonly platform: Platform, private readonly pollMs = 1000) {}

  start(): void {
    this.stopped = false;
    const tick = (): void => {
      if (this.stopped) return;
      this.running = this.drain()
        .then(() => undefined)
        .catch((err: unknown) => this.platform.logger.error({ err }, 'job runner tick failed'))
        .finally(() => {
          this.running = undefined;
          if (!this.stopped) this.timer = setTimeout(tick, this.pollMs);
        });
    };
    this.timer = setTimeout(tick, 50);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Runs due jobs until none is left; returns how many ran. */
  async drain(limit = 10_000): Promise<number> {
    await this.enqueueSchedules();
    await this.requeueStale();
    let ran = 0;
    while (ran < limit) {
      const claimed = await this.claim();
      if (!claimed) break;
      await this.run(claimed);
      ran++;
    }
    return ran;
  }

  private async claim(): Promise<JobRow | undefined> {
    const { db } = this.platform.database;
    const now = this.platform.clock.now();
    const claimed = await rows<{ id: string }>(db, sql`
      update job set status = 'running', attempts = attempts + 1, locked_at = ${now.toISOString()}::timestamptz,
        locked_by = ${this.workerId}
      where id = (select id from job where status = 'queued' and run_at <= ${now.toISOString()}::timestamptz
                  order by run_at limit 1 for update skip locked)
      returning id`);
    const id = claimed[0]?.id;
    if (!id) return undefined;
    const [row] = await db.select().from(jobTable).where(eq(jobTable.id, id));
    return row;
  }

  private async run(row: JobRow): Promise<void> {
    const { db } = this.platform.database;
    const def = jobDefinition(row.name);
    const log = this.platform.logger.child({ job: row.name, jobId: row.id, attempt: row.attempts });
    try {
      if (!def) throw new Error(`unknown job ${row.name}`);
      const payload = def.schema.parse(row.payload);
      await def.handler(makeCtx(this.platform, systemActor(`job:${row.name}`), { logger: log }), payload);
      await db.update(jobTable).set({ status: 'done', finishedAt: this.platform.clock.now(), lastError: null }).where(eq(jobTable.id, row.id));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const final = row.attempts >= row.maxAttempts;
      log.warn({ err, final }, 'job failed');
      await db
        .update(jobTable)
        .set(
          final
            ? { status: 'failed', lastError: message, finishedAt: this.platform.clock.now() }
            : { status: 'queued', lastError: message, runAt: new Date(this.platform.clock.now().getTime() + backoffMs(row.attempts)) },
        )
        .where(eq(jobTable.id, row.id));
    }
  }

  private async enqueueSchedules(): Promise<void> {
    const now = this.platform.clock.now().getTime();
    const ctx = { db: this.platform.database.db, clock: this.platform.clock };
    for (const s of allSchedules()) {
      await enqueue(ctx, s.job, s.payload, { dedupeKey: `${s.id}:${Math.floor(now / s.everyMs)}` });
    }
  }

  /** Jobs left `running` by a process that died go back to the queue. */
  private async requeueStale(): Promise<void> {
    const cutoff = new Date(this.platform.clock.now().getTime() - STALE_AFTER_MS);
    await this.platform.database.db
      .update(jobTable)
      .set({ status: 'queued', lockedAt: null, lockedBy: null })
      .where(and(eq(jobTable.status, 'running'), lt(jobTable.lockedAt, cutoff)));
  }
}
