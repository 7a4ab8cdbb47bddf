/**
 * Closes published calls whose deadline has passed, every quarter of an hour. Idempotent: a call
 * already closed is left alone. Submissions never depend on it: the deadline is checked on every
 * change, whatever the call's status says.
 */
import { z } from 'zod';
import { systemActor } from '../../platform/actor.js';
import { defineJob, defineSchedule } from '../../platform/jobs/define.js';
import * as repo from './repository/calls.js';
import { closeIfDue } from './service/calls.js';

export const closeCallsJob = defineJob({
  id: 'funding.close_calls',
  schema: z.object({}),
  async handler(ctx) {
    const now = ctx.clock.now().getTime();
    const system = { ...ctx, actor: systemActor('funding.close_calls') };
    for (const call of await repo.listCallsByStatus(ctx.db, ['published'])) {
      if (call.deadlineAt && call.deadlineAt.getTime() <= now) await closeIfDue(system, call);
    }
  },
});

export const closeCallsSchedule = defineSchedule({ id: 'funding.close_calls.quarterly', everyMs: 15 * 60_000, job: closeCallsJob, payload: {} });
