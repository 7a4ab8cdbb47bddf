/** Published calls as anyone sees them, signed in or not. */
import type { Ctx } from '../../../platform/context.js';
import { notFound } from '../../../platform/http/errors.js';
import type { InstrumentDoc } from '../../../../shared/contracts/funding.js';
import * as repo from '../repository/calls.js';
import { presentPublicCall } from '../presenters.js';
import { isOpen } from './deadline.js';

/** Published and closed calls, open ones first (nearest deadline first), then the closed ones. */
export async function listPublicCalls(ctx: Ctx) {
  const now = ctx.clock.now();
  const calls = await repo.listCallsByStatus(ctx.db, ['published', 'closed']);
  const programmes = new Map((await repo.listProgrammes(ctx.db)).map((p) => [p.id, p]));
  const items = calls.map((c) => ({
    code: c.code,
    status: c.status === 'closed' ? ('closed' as const) : ('published' as const),
    open: isOpen(c, now),
    titleEs: c.titleEs,
    titleEn: c.titleEn,
    summaryEs: c.summaryEs,
    summaryEn: c.summaryEn,
    programmeName: programmes.get(c.programmeId)?.name ?? '',
    deadlineAt: c.deadlineAt?.toISOString() ?? null,
    deadlineLocal: c.deadlineLocal,
    deadlineZone: c.deadlineZone,
    budgetCents: c.budgetCents,
    maxAwards: c.maxAwards,
    instruments: ((c.rules as { instruments: InstrumentDoc[] }).instruments ?? []).map((i) => ({ id: i.id, nameEs: i.nameEs, nameEn: i.nameEn, maxPerRecipientCents: i.maxPerRecipientCents ?? null })),
  }));
  items.sort((a, b) => Number(b.open) - Number(a.open) || (a.open ? (a.deadlineAt ?? '').localeCompare(b.deadlineAt ?? '') : (b.deadlineAt ?? '').localeCompare(a.deadlineAt ?? '')));
  return { items, serverNow: now.toISOString() };
}

/** A published or closed call by code; drafts do not exist for the public. */
export async function loadPublicCall(ctx: Ctx, code: string) {
  const call = await repo.findCallByCode(ctx.db, code.toUpperCase());
  if (!call || call.status === 'draft') throw notFound('call', code);
  const programme = await repo.findProgramme(ctx.db, call.programmeId);
  if (!programme) throw notFound('call', code);
  return { call, programme };
}

export async function publicCall(ctx: Ctx, code: string) {
  const { call, programme } = await loadPublicCall(ctx, code);
  return presentPublicCall(call, programme, await repo.listDocuments(ctx.db, [call.id]), ctx.clock.now());
}
