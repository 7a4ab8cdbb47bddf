/** Membership: dated status history, tier and annual fee, fees (issued, paid, overdue), growth. */
import type { z } from 'zod';
import type { feeIssueSchema, feeUpdateSchema, membershipChangeSchema } from '../../../../shared/contracts/organisation-records.js';
import type { MembershipStatus } from '../../../../shared/organisations.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import * as orgs from '../repository/organisations.js';
import * as repo from '../repository/membership.js';
import { loadFor } from './access.js';
import { today } from './dates.js';

export type MembershipChange = z.output<typeof membershipChangeSchema>;
export type FeeIssue = z.output<typeof feeIssueSchema>;
export type FeeUpdate = z.output<typeof feeUpdateSchema>;

/** Allowed status changes; `active -> active` records a change of tier or fee. */
export const TRANSITIONS: Readonly<Record<MembershipStatus, readonly MembershipStatus[]>> = {
  none: ['applicant', 'active'],
  applicant: ['active', 'left'],
  active: ['active', 'suspended', 'left'],
  suspended: ['active', 'left'],
  left: ['applicant', 'active'],
};

export async function changeMembership(ctx: Ctx, id: string, input: MembershipChange): Promise<orgs.OrganisationRow> {
  const org = await loadFor(ctx, id, 'manage_membership');
  if (!TRANSITIONS[org.membershipStatus].includes(input.status)) {
    throw new AppError('orgs.bad_transition', { from: org.membershipStatus, to: input.status }, { issues: [{ path: 'status', code: 'errors:orgs.bad_transition', params: { from: org.membershipStatus, to: input.status } }] });
  }
  return inTransaction(ctx, async (tx) => {
    const tier = input.tier ?? org.membershipTier;
    await repo.insertEvents(tx.db, [{ organisationId: id, status: input.status, tier, effectiveOn: input.effectiveOn, note: input.note ?? null, createdBy: ctx.actor.kind === 'user' ? ctx.actor.id : null }]);
    const memberSince = input.status === 'active' && (!org.memberSince || input.effectiveOn < org.memberSince) ? input.effectiveOn : org.memberSince;
    await orgs.updateOrganisation(tx.db, id, {
      membershipStatus: input.status,
      membershipTier: tier,
      annualFeeCents: input.annualFeeCents ?? org.annualFeeCents,
      memberSince,
      updatedAt: tx.clock.now(),
    });
    await audit(tx, {
      action: 'orgs.membership_changed',
      entityType: 'organisation',
      entityId: id,
      summary: { status: { from: org.membershipStatus, to: input.status }, tier, effectiveOn: input.effectiveOn, annualFeeCents: input.annualFeeCents ?? org.annualFeeCents },
    });
    return (await orgs.findOrganisation(tx.db, id)) ?? org;
  });
}

export async function issueFee(ctx: Ctx, id: string, input: FeeIssue): Promise<repo.FeeRow> {
  const org = await loadFor(ctx, id, 'manage_fees');
  const amountCents = input.amountCents ?? org.annualFeeCents;
  if (amountCents === null || amountCents === undefined) throw new AppError('orgs.no_fee_amount', {}, { issues: [{ path: 'amountCents', code: 'errors:orgs.no_fee_amount' }] });
  return inTransaction(ctx, async (tx) => {
    if (await repo.openFeeForYear(tx.db, id, input.year)) {
      throw new AppError('orgs.fee_exists', { year: input.year }, { issues: [{ path: 'year', code: 'errors:orgs.fee_exists', params: { year: input.year } }] });
    }
    const fee = await repo.insertFee(tx.db, {
      organisationId: id,
      year: input.year,
      amountCents,
      reference: await repo.nextFeeReference(tx.db, input.year),
      issuedOn: input.issuedOn ?? today(tx),
      dueOn: input.dueOn,
    });
    await audit(tx, { action: 'orgs.fee_issued', entityType: 'membership_fee', entityId: fee.id, summary: { organisationId: id, year: fee.year, amountCents, reference: fee.reference, dueOn: fee.dueOn } });
    return fee;
  });
}

export async function updateFee(ctx: Ctx, feeId: string, input: FeeUpdate): Promise<repo.FeeRow> {
  const fee = await repo.findFee(ctx.db, feeId);
  if (!fee) throw notFound('fee', feeId);
  await loadFor(ctx, fee.organisationId, 'manage_fees');
  if (fee.status !== 'issued') throw new AppError('orgs.fee_not_open', { reference: fee.reference, status: fee.status });
  return inTransaction(ctx, async (tx) => {
    const values = input.status === 'paid' ? { status: 'paid' as const, paidOn: input.paidOn } : { status: 'cancelled' as const };
    await repo.updateFee(tx.db, feeId, values);
    await audit(tx, { action: `orgs.fee_${input.status}`, entityType: 'membership_fee', entityId: feeId, summary: { reference: fee.reference, ...values } });
    return { ...fee, ...values };
  });
}

export interface GrowthPoint {
  month: string;
  members: number;
  joined: number;
  left: number;
}

const monthOf = (date: string) => date.slice(0, 7);

function nextMonth(month: string): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Members at the end of each month from the first recorded event to this month, with joins and departures. */
export function growthSeries(events: readonly { organisationId: string; status: string; effectiveOn: string }[], untilMonth: string): GrowthPoint[] {
  if (events.length === 0) return [];
  const byMonth = new Map<string, { joined: number; left: number; delta: number }>();
  const state = new Map<string, boolean>();
  for (const e of events) {
    const was = state.get(e.organisationId) ?? false;
    const is = e.status === 'active';
    if (was === is) continue;
    state.set(e.organisationId, is);
    const slot = byMonth.get(monthOf(e.effectiveOn)) ?? { joined: 0, left: 0, delta: 0 };
    if (is) slot.joined++;
    else slot.left++;
    slot.delta += is ? 1 : -1;
    byMonth.set(monthOf(e.effectiveOn), slot);
  }
  const points: GrowthPoint[] = [];
  let members = 0;
  const first = monthOf(events[0]?.effectiveOn ?? `${untilMonth}-01`);
  for (let month = first; month <= untilMonth; month = nextMonth(month)) {
    const slot = byMonth.get(month);
    members += slot?.delta ?? 0;
    points.push({ month, members, joined: slot?.joined ?? 0, left: slot?.left ?? 0 });
  }
  return points;
}

export async function membershipGrowth(ctx: Ctx, organisationIds?: readonly string[]): Promise<GrowthPoint[]> {
  const events = await repo.allEvents(ctx.db, organisationIds);
  return growthSeries(events, monthOf(today(ctx)));
}
