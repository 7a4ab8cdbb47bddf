/**
 * Deadlines: written as a local date-time in an IANA zone ("2022-03-14T17:00", "Europe/Brussels"),
 * stored with the instant they name, and decided by the server's clock (`ctx.clock`), never the
 * client's. A submission is accepted while the clock is strictly before the deadline instant: at
 * 16:59:59 Brussels time yes, at 17:00:00 no.
 */
import { zonedInstant } from '../../../../shared/time-zone.js';
import type { Ctx } from '../../../platform/context.js';
import { AppError, invalid, type FieldIssue } from '../../../platform/http/errors.js';
import type { CallRow } from '../repository/calls.js';

/** The instant of a deadline written locally, or the field issues that prevent it. */
export function resolveDeadline(local: string | null, zone: string | null): { deadlineAt: Date | null; issues: FieldIssue[] } {
  if (local === null && zone === null) return { deadlineAt: null, issues: [] };
  if (local === null) return { deadlineAt: null, issues: [{ path: 'deadlineLocal', code: 'validation:required' }] };
  if (zone === null) return { deadlineAt: null, issues: [{ path: 'deadlineZone', code: 'validation:required' }] };
  const r = zonedInstant(local, zone);
  if (r.ok) return { deadlineAt: r.instant, issues: [] };
  const path = r.reason === 'invalid_zone' ? 'deadlineZone' : 'deadlineLocal';
  return { deadlineAt: null, issues: [{ path, code: `funding:deadline.${r.reason}`, params: { local, zone } }] };
}

/** Throws when the deadline fields are given but do not name one instant. */
export function deadlineOrThrow(local: string | null, zone: string | null): Date | null {
  const r = resolveDeadline(local, zone);
  if (r.issues.length) throw invalid(r.issues);
  return r.deadlineAt;
}

/** True while the call takes applications: published, opened, and the clock before the deadline. */
export function isOpen(call: Pick<CallRow, 'status' | 'deadlineAt' | 'opensAt'>, now: Date): boolean {
  if (call.status !== 'published' || !call.deadlineAt) return false;
  if (call.opensAt && now.getTime() < call.opensAt.getTime()) return false;
  return now.getTime() < call.deadlineAt.getTime();
}

/** Refuses any change to applications of a call that does not take them any more (or yet). */
export function assertOpen(ctx: Ctx, call: Pick<CallRow, 'status' | 'deadlineAt' | 'opensAt' | 'deadlineLocal' | 'deadlineZone'>, now = ctx.clock.now()): void {
  if (isOpen(call, now)) return;
  if (call.status !== 'draft' && call.deadlineAt && now.getTime() >= call.deadlineAt.getTime()) {
    throw new AppError('funding.deadline_passed', { deadline: call.deadlineLocal?.replace('T', ' ') ?? '', zone: call.deadlineZone ?? '', deadlineAt: call.deadlineAt.toISOString() });
  }
  throw new AppError('funding.not_open', { status: call.status });
}
