import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectProposals } from './select.js';
import type { SelectionCandidate, SelectionInput } from './types.js';

// Planned grant date 2025-06-15: prior aid counts when dated after 2022-06-15 (independent rule).
const GRANT_DATE = '2025-06-15';
const AID_DATES = ['2022-06-14', '2022-06-15', '2022-06-16', '2024-01-01', '2025-06-15'];
const RECIPIENTS = ['r1', 'r2', 'r3', 'r4', 'r5'];
const UNDERTAKING: Record<string, string> = { r1: 'g1', r2: 'g1', r3: 'g2', r4: 'r4', r5: 'r5' };
const NUTS = ['ES413', 'ES411', 'ES618', 'ES620', 'PT11'];
const PREFIXES = ['ES4', 'ES41', 'ES6', 'PT'];

/** Coarse amounts (multiples of 100 EUR, sometimes one cent more) so that limits are often hit exactly. */
const money = (maxUnits: number) =>
  fc.tuple(fc.integer({ min: 0, max: maxUnits }), fc.constantFrom(0, 0, 0, 1)).map(([u, c]) => u * 10_000 + c);

const candidateArb = (k: number) =>
  fc.record({
    passedThresholds: fc.boolean().map((b) => b || k % 4 !== 0),
    partners: fc.uniqueArray(
      fc.record({ recipientId: fc.constantFrom(...RECIPIENTS), amountCents: money(6), nuts: fc.option(fc.constantFrom(...NUTS), { nil: undefined }) }),
      { selector: (p) => p.recipientId, maxLength: 3 },
    ),
  });

const inputArb: fc.Arbitrary<SelectionInput> = fc
  .record({
    candidates: fc.array(fc.nat(), { maxLength: 14 }).chain((ks) => fc.tuple(...ks.map((k) => candidateArb(k)))),
    budgetCents: money(30),
    envelopes: fc.uniqueArray(fc.record({ nutsPrefix: fc.constantFrom(...PREFIXES), budgetCents: money(15) }), {
      selector: (e) => e.nutsPrefix,
    }),
    recipientCapCents: fc.option(money(10), { nil: undefined }),
    prior: fc.dictionary(fc.constantFrom(...RECIPIENTS), money(5)),
    priorAid: fc.array(
      fc.record({ singleUndertakingId: fc.constantFrom('g1', 'g2', 'r4', 'r5'), grantDate: fc.constantFrom(...AID_DATES), amountCents: money(8) }),
      { maxLength: 6 },
    ),
    ceiling: money(15),
    withDeMinimis: fc.boolean(),
    stopAtFirstMiss: fc.boolean(),
  })
  .map((r) => ({
    candidates: r.candidates.map((c, i): SelectionCandidate => ({
      proposalId: `p${i}`,
      passedThresholds: c.passedThresholds,
      partners: c.partners.map((p) => ({ ...p, singleUndertakingId: UNDERTAKING[p.recipientId] })),
    })),
    budgetCents: r.budgetCents,
    envelopes: r.envelopes,
    recipientCapCents: r.recipientCapCents,
    priorProgrammeCents: r.prior,
    deMinimis: r.withDeMinimis ? { plannedGrantDate: GRANT_DATE, ceilingCents: r.ceiling, priorAid: r.priorAid } : undefined,
    stopAtFirstMiss: r.stopAtFirstMiss,
  }));

/** Independent check: does the set of funded candidates respect every limit? */
function feasible(input: SelectionInput, funded: readonly SelectionCandidate[]): boolean {
  const partners = funded.flatMap((c) => c.partners);
  const sum = (xs: readonly { amountCents: number }[]) => xs.reduce((s, p) => s + p.amountCents, 0);
  if (sum(partners) > input.budgetCents) return false;
  for (const env of input.envelopes ?? []) {
    if (sum(partners.filter((p) => p.nuts?.startsWith(env.nutsPrefix))) > env.budgetCents) return false;
  }
  // a limit binds only those who receive money in this walk (prior amounts may already exceed it)
  for (const r of RECIPIENTS) {
    const now = sum(partners.filter((p) => p.recipientId === r));
    const total = now + (input.priorProgrammeCents?.[r] ?? 0);
    if (now > 0 && input.recipientCapCents !== undefined && total > input.recipientCapCents) return false;
  }
  const dm = input.deMinimis;
  for (const g of dm ? ['g1', 'g2', 'r4', 'r5'] : []) {
    const prior = sum(dm!.priorAid.filter((a) => a.singleUndertakingId === g && a.grantDate > '2022-06-15'));
    const now = sum(partners.filter((p) => p.singleUndertakingId === g));
    if (now > 0 && prior + now > dm!.ceilingCents!) return false;
  }
  return true;
}

describe('selection properties', () => {
  it('never exceeds budget, envelopes, caps or de minimis, and respects rank order', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = selectProposals(input);
        const byId = new Map(input.candidates.map((c) => [c.proposalId, c]));
        const funded = r.funded.map((f) => byId.get(f.proposalId)!);
        expect(feasible(input, funded)).toBe(true);
        expect(r.fundedCents).toBe(r.funded.reduce((s, f) => s + f.amountCents, 0));
        // every candidate decided exactly once, lists in rank order
        expect(r.trace.map((t) => t.proposalId)).toEqual(input.candidates.map((c) => c.proposalId));
        for (const list of [r.funded, r.reserve, r.rejectedBelowThreshold]) {
          const positions = list.map((x) => x.position);
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
        }
        expect(r.funded.length + r.reserve.length + r.rejectedBelowThreshold.length).toBe(input.candidates.length);
        expect(r.rejectedBelowThreshold.map((x) => x.proposalId)).toEqual(input.candidates.filter((c) => !c.passedThresholds).map((c) => c.proposalId));
        // greedy: a reserve proposal did not fit next to the proposals funded above it
        for (const res of r.reserve) {
          const above = r.funded.filter((f) => f.position < res.position).map((f) => byId.get(f.proposalId)!);
          const fitsThen = feasible(input, [...above, byId.get(res.proposalId)!]);
          if (!input.stopAtFirstMiss) expect(fitsThen).toBe(false);
        }
        if (input.stopAtFirstMiss) {
          const firstMiss = r.reserve[0]?.position ?? Infinity;
          expect(r.funded.every((f) => f.position < firstMiss)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
