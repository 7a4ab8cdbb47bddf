/**
 * Jobs: `defineJob({ id, schema, handler })` declares a kind of background work with a zod payload;
 * `enqueue(ctx, job, payload)` writes it in the caller's transaction. Handlers must be idempotent:
 * a job can run again after a crash or a retry.
 */
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../context.js';
import { job as jobTable } from './schema.js';

export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  id: string;
  schema: S;
  maxAttempts?: number;
  handler: (ctx: Ctx, payload: z.infer<S>) => Promise<void>;
}

/** Work to enqueue on a fixed period; one job per period thanks to a deterministic dedupe key. */
export interface ScheduleDefinition {
  id: string;
  everyMs: number;
  job: JobDefinition;
  payload: unknown;
}

const registry = new Map<string, JobDefinition>();
const schedules = new Map<string, ScheduleDefinition>();

export function defineJob<S extends z.ZodType>(def: JobDefinition<S>): JobDefinition<S> {
  registry.set(def.id, def as unknown as JobDefinition);
  return def;
}

export function defineSchedule(def: ScheduleDefinition): ScheduleDefinition {
  schedules.set(def.id, def);
  return def;
}

export function jobDefinition(id: string): JobDefinition | undefined {
  return registry.get(id);
}

export function allSchedules(): ScheduleDefinition[] {
  return [...schedules.values()];
}

export async function enqueue<S extends z.ZodType>(
  ctx: Pick<Ctx, 'db' | 'clock'>,
  def: JobDefinition<S>,
  payload: z.infer<S>,
  opts: { runAt?: Date; dedupeKey?: string } = {},
): Promise<void> {
  const parsed = def.schema.parse(payload) as object;
  await ctx.db
    .insert(jobTable)
    .values({
      name: def.id,
      payload: parsed,
      maxAttempts: def.maxAttempts ?? 5,
      runAt: opts.runAt ?? ctx.clock.now(),
      dedupeKey: opts.dedupeKey ?? null,
    })
    .onConflictDoNothing({ target: jobTable.dedupeKey, where: sql`dedupe_key is not null` });
}
