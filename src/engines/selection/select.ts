/**
 * Selection: walk the ranked list and fund proposals while the call budget, the regional
 * envelopes, the per-recipient cap and the de minimis ceiling allow.
 *
 * Policy (default `skipAndContinue`): a passing proposal that does not fit is skipped whole (never
 * partially funded), goes to the reserve list with every reason it does not fit, and the walk goes
 * on with the next proposal, which may be smaller and fit. With `stopAtFirstMiss: true` funding stops
 * at the first passing proposal that does not fit; later passing proposals go to the reserve list
 * with `selection.stopped`. Proposals below the thresholds are listed as rejected. The reserve list
 * keeps rank order.
 */
import { throwIfIssues } from '../ranking/issues.js';
import { commit, demandOf, initialState, misfitReasons, type Limits, type Tally } from './tally.js';
import type { FundedProposal, Reason, ReserveEntry, SelectionCandidate, SelectionInput, SelectionResult, TraceEntry } from './types.js';
import { validateSelectionInput } from './validate.js';

interface WalkState {
  readonly limits: Limits;
  readonly tally: Tally;
  readonly stopAtFirstMiss: boolean;
  stoppedAt: string | undefined;
  readonly funded: FundedProposal[];
  readonly reserve: ReserveEntry[];
  readonly rejected: { proposalId: string; position: number }[];
  readonly trace: TraceEntry[];
}

function decide(c: SelectionCandidate, position: number, s: WalkState): { decision: TraceEntry['decision']; reasons: Reason[] } {
  if (!c.passedThresholds) {
    s.rejected.push({ proposalId: c.proposalId, position });
    return { decision: 'rejected', reasons: [{ code: 'selection.below_threshold', params: {} }] };
  }
  const demand = demandOf(c, s.limits.envelopes);
  const reasons: Reason[] = s.stoppedAt !== undefined
    ? [{ code: 'selection.stopped', params: { afterProposalId: s.stoppedAt } }]
    : misfitReasons(demand, s.tally, s.limits);
  if (reasons.length > 0) {
    if (s.stopAtFirstMiss && s.stoppedAt === undefined) s.stoppedAt = c.proposalId;
    s.reserve.push({ proposalId: c.proposalId, position, reservePosition: s.reserve.length + 1, requestedCents: demand.total, reasons });
    return { decision: 'reserve', reasons };
  }
  commit(demand, s.tally);
  const partners = c.partners.map((p) => ({ recipientId: p.recipientId, amountCents: p.amountCents }));
  s.funded.push({ proposalId: c.proposalId, position, amountCents: demand.total, partners });
  return { decision: 'funded', reasons: [{ code: 'selection.funded', params: { amountCents: demand.total } }] };
}

/** Runs the selection walk. Throws `EngineInputError('selection.invalid_input')` on invalid input. */
export function selectProposals(input: SelectionInput): SelectionResult {
  throwIfIssues('selection.invalid_input', validateSelectionInput(input));
  const { limits, tally } = initialState(input);
  const s: WalkState = {
    limits,
    tally,
    stopAtFirstMiss: input.stopAtFirstMiss ?? false,
    stoppedAt: undefined,
    funded: [],
    reserve: [],
    rejected: [],
    trace: [],
  };
  input.candidates.forEach((c, i) => {
    const { decision, reasons } = decide(c, i + 1, s);
    s.trace.push({ position: i + 1, proposalId: c.proposalId, decision, reasons, budgetRemainingCents: limits.budgetCents - tally.budgetUsed });
  });
  return {
    policy: s.stopAtFirstMiss ? 'stopAtFirstMiss' : 'skipAndContinue',
    funded: s.funded,
    reserve: s.reserve,
    rejectedBelowThreshold: s.rejected,
    trace: s.trace,
    budgetCents: limits.budgetCents,
    fundedCents: tally.budgetUsed,
    envelopes: limits.envelopes.map((e) => ({
      nutsPrefix: e.nutsPrefix,
      budgetCents: e.budgetCents,
      usedCents: tally.envelopeUsed.get(e.nutsPrefix) ?? 0,
    })),
  };
}
