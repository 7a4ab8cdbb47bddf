/**
 * Running totals of the walk and the fit check of one proposal against the call budget, the
 * regional envelopes, the per-recipient cap and the de minimis ceiling. All amounts are cents.
 */
import { deMinimisWindowStart, priorAidInWindow, DE_MINIMIS_CEILING_CENTS } from './de-minimis.js';
import type { Reason, RegionalEnvelope, SelectionCandidate, SelectionInput } from './types.js';

/** What one proposal would consume. */
export interface Demand {
  readonly total: number;
  readonly byEnvelope: ReadonlyMap<string, number>;
  readonly byRecipient: ReadonlyMap<string, number>;
  readonly byUndertaking: ReadonlyMap<string, number>;
}

/** Amounts already committed: prior programme awards / prior aid plus what the walk funded. */
export interface Tally {
  budgetUsed: number;
  readonly envelopeUsed: Map<string, number>;
  readonly recipientTotal: Map<string, number>;
  readonly undertakingTotal: Map<string, number>;
}

/** Limits of the walk, derived once from the input. */
export interface Limits {
  readonly budgetCents: number;
  readonly envelopes: readonly RegionalEnvelope[];
  readonly capCents: number | undefined;
  readonly deMinimis: { readonly ceilingCents: number; readonly windowStart: string } | undefined;
}

function add(map: Map<string, number>, key: string, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

/** Normalised NUTS code (upper case, no spaces). */
export function normaliseNuts(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

/** The demand of a candidate; a partner counts in every envelope whose prefix matches its NUTS code. */
export function demandOf(candidate: SelectionCandidate, envelopes: readonly RegionalEnvelope[]): Demand {
  const byEnvelope = new Map<string, number>();
  const byRecipient = new Map<string, number>();
  const byUndertaking = new Map<string, number>();
  let total = 0;
  for (const p of candidate.partners) {
    total += p.amountCents;
    add(byRecipient, p.recipientId, p.amountCents);
    add(byUndertaking, p.singleUndertakingId ?? p.recipientId, p.amountCents);
    const nuts = p.nuts === undefined ? undefined : normaliseNuts(p.nuts);
    for (const env of envelopes) {
      if (nuts?.startsWith(normaliseNuts(env.nutsPrefix))) add(byEnvelope, env.nutsPrefix, p.amountCents);
    }
  }
  return { total, byEnvelope, byRecipient, byUndertaking };
}

/** Limits and the starting tally (prior programme amounts, prior aid inside the window). */
export function initialState(input: SelectionInput): { limits: Limits; tally: Tally } {
  const dm = input.deMinimis;
  const limits: Limits = {
    budgetCents: input.budgetCents,
    envelopes: input.envelopes ?? [],
    capCents: input.recipientCapCents,
    deMinimis: dm && {
      ceilingCents: dm.ceilingCents ?? DE_MINIMIS_CEILING_CENTS,
      windowStart: deMinimisWindowStart(dm.plannedGrantDate),
    },
  };
  const tally: Tally = {
    budgetUsed: 0,
    envelopeUsed: new Map(),
    recipientTotal: new Map(Object.entries(input.priorProgrammeCents ?? {})),
    undertakingTotal: dm ? priorAidInWindow(dm.priorAid, dm.plannedGrantDate) : new Map(),
  };
  return { limits, tally };
}

function envelopeReasons(d: Demand, t: Tally, limits: Limits): Reason[] {
  return limits.envelopes.flatMap((env): Reason[] => {
    const requested = d.byEnvelope.get(env.nutsPrefix) ?? 0;
    const used = t.envelopeUsed.get(env.nutsPrefix) ?? 0;
    if (requested === 0 || used + requested <= env.budgetCents) return [];
    const params = { nutsPrefix: env.nutsPrefix, requestedCents: requested, remainingCents: env.budgetCents - used };
    return [{ code: 'selection.envelope_exceeded', params }];
  });
}

function capReasons(d: Demand, t: Tally, cap: number | undefined): Reason[] {
  if (cap === undefined) return [];
  return [...d.byRecipient].flatMap(([recipientId, requested]): Reason[] => {
    const already = t.recipientTotal.get(recipientId) ?? 0;
    if (requested === 0 || already + requested <= cap) return [];
    return [{ code: 'selection.recipient_cap_exceeded', params: { recipientId, requestedCents: requested, alreadyCents: already, capCents: cap } }];
  });
}

function deMinimisReasons(d: Demand, t: Tally, dm: Limits['deMinimis']): Reason[] {
  if (!dm) return [];
  return [...d.byUndertaking].flatMap(([singleUndertakingId, requested]): Reason[] => {
    const inWindow = t.undertakingTotal.get(singleUndertakingId) ?? 0;
    if (requested === 0 || inWindow + requested <= dm.ceilingCents) return [];
    const params = {
      singleUndertakingId,
      requestedCents: requested,
      inWindowCents: inWindow,
      ceilingCents: dm.ceilingCents,
      windowStart: dm.windowStart,
    };
    return [{ code: 'selection.de_minimis_exceeded', params }];
  });
}

/** Every limit the demand would break (empty when the proposal fits). */
export function misfitReasons(d: Demand, t: Tally, limits: Limits): Reason[] {
  const reasons: Reason[] = [];
  const remaining = limits.budgetCents - t.budgetUsed;
  if (d.total > remaining) reasons.push({ code: 'selection.budget_exceeded', params: { requestedCents: d.total, remainingCents: remaining } });
  return [...reasons, ...envelopeReasons(d, t, limits), ...capReasons(d, t, limits.capCents), ...deMinimisReasons(d, t, limits.deMinimis)];
}

/** Records a funded demand. */
export function commit(d: Demand, t: Tally): void {
  t.budgetUsed += d.total;
  d.byEnvelope.forEach((v, k) => add(t.envelopeUsed, k, v));
  d.byRecipient.forEach((v, k) => add(t.recipientTotal, k, v));
  d.byUndertaking.forEach((v, k) => add(t.undertakingTotal, k, v));
}
