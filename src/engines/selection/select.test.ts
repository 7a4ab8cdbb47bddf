import { describe, expect, it } from 'vitest';
import { type EngineInputError } from '../ranking/issues.js';
import { selectProposals } from './select.js';
import type { SelectionCandidate, SelectionInput, SelectionPartner } from './types.js';

const EUR = 100;

function cand(proposalId: string, partners: SelectionPartner[], passedThresholds = true): SelectionCandidate {
  return { proposalId, passedThresholds, partners };
}
function solo(proposalId: string, euros: number, extra: Partial<SelectionPartner> = {}): SelectionCandidate {
  return cand(proposalId, [{ recipientId: `${proposalId}-org`, amountCents: euros * EUR, ...extra }]);
}
const ids = (xs: readonly { proposalId: string }[]) => xs.map((x) => x.proposalId);

describe('budget walk', () => {
  const candidates = [solo('A', 60_000), solo('B', 50_000), solo('C', 40_000), cand('D', [], false), solo('E', 1)];

  it('skips a proposal that does not fit and continues (default policy)', () => {
    const r = selectProposals({ candidates, budgetCents: 100_000 * EUR });
    expect(r.policy).toBe('skipAndContinue');
    expect(ids(r.funded)).toEqual(['A', 'C']);
    expect(r.fundedCents).toBe(100_000 * EUR);
    expect(r.reserve).toEqual([
      {
        proposalId: 'B',
        position: 2,
        reservePosition: 1,
        requestedCents: 50_000 * EUR,
        reasons: [{ code: 'selection.budget_exceeded', params: { requestedCents: 50_000 * EUR, remainingCents: 40_000 * EUR } }],
      },
      {
        proposalId: 'E',
        position: 5,
        reservePosition: 2,
        requestedCents: 100,
        reasons: [{ code: 'selection.budget_exceeded', params: { requestedCents: 100, remainingCents: 0 } }],
      },
    ]);
    expect(r.rejectedBelowThreshold).toEqual([{ proposalId: 'D', position: 4 }]);
    expect(r.trace.map((t) => [t.proposalId, t.decision, t.reasons[0]?.code, t.budgetRemainingCents])).toEqual([
      ['A', 'funded', 'selection.funded', 40_000 * EUR],
      ['B', 'reserve', 'selection.budget_exceeded', 40_000 * EUR],
      ['C', 'funded', 'selection.funded', 0],
      ['D', 'rejected', 'selection.below_threshold', 0],
      ['E', 'reserve', 'selection.budget_exceeded', 0],
    ]);
  });

  it('stops at the first miss when configured', () => {
    const r = selectProposals({ candidates, budgetCents: 100_000 * EUR, stopAtFirstMiss: true });
    expect(r.policy).toBe('stopAtFirstMiss');
    expect(ids(r.funded)).toEqual(['A']);
    expect(ids(r.reserve)).toEqual(['B', 'C', 'E']);
    expect(r.reserve[1]?.reasons).toEqual([{ code: 'selection.stopped', params: { afterProposalId: 'B' } }]);
    expect(ids(r.rejectedBelowThreshold)).toEqual(['D']);
  });

  it('never funds a proposal below threshold even with budget left', () => {
    const r = selectProposals({ candidates: [cand('X', [{ recipientId: 'x', amountCents: 1 }], false)], budgetCents: 10 });
    expect(r.funded).toEqual([]);
    expect(r.reserve).toEqual([]);
    expect(ids(r.rejectedBelowThreshold)).toEqual(['X']);
  });
});

describe('regional envelopes', () => {
  it('limits the money going to partners under a NUTS prefix; nested envelopes all apply', () => {
    const input: SelectionInput = {
      budgetCents: 1_000_000 * EUR,
      envelopes: [
        { nutsPrefix: 'ES41', budgetCents: 20_000 * EUR }, // Castilla y León
        { nutsPrefix: 'ES6', budgetCents: 30_000 * EUR }, // Sur
        { nutsPrefix: 'ES61', budgetCents: 25_000 * EUR }, // Andalucía
      ],
      candidates: [
        cand('P1', [
          { recipientId: 'leon', amountCents: 15_000 * EUR, nuts: 'ES413' },
          { recipientId: 'sevilla', amountCents: 10_000 * EUR, nuts: 'es618' },
        ]),
        solo('P2', 10_000, { nuts: 'ES412' }), // ES41 would reach 25,000 > 20,000
        solo('P3', 16_000, { nuts: 'ES618' }), // ES61 would reach 26,000 > 25,000
        solo('P4', 5_000, { nuts: 'ES411' }), // ES41 exactly 20,000
        solo('P5', 15_000, { nuts: 'ES620' }), // Murcia: ES6 would reach 25,000 -> fits
        solo('P6', 6_000, { nuts: 'ES620' }), // ES6 would reach 31,000 > 30,000
        solo('P7', 50_000), // no NUTS code: only the call budget applies
      ],
    };
    const r = selectProposals(input);
    expect(ids(r.funded)).toEqual(['P1', 'P4', 'P5', 'P7']);
    expect(r.reserve.map((x) => x.reasons)).toEqual([
      [{ code: 'selection.envelope_exceeded', params: { nutsPrefix: 'ES41', requestedCents: 10_000 * EUR, remainingCents: 5_000 * EUR } }],
      [{ code: 'selection.envelope_exceeded', params: { nutsPrefix: 'ES61', requestedCents: 16_000 * EUR, remainingCents: 15_000 * EUR } }],
      [{ code: 'selection.envelope_exceeded', params: { nutsPrefix: 'ES6', requestedCents: 6_000 * EUR, remainingCents: 5_000 * EUR } }],
    ]);
    expect(r.envelopes).toEqual([
      { nutsPrefix: 'ES41', budgetCents: 20_000 * EUR, usedCents: 20_000 * EUR },
      { nutsPrefix: 'ES6', budgetCents: 30_000 * EUR, usedCents: 25_000 * EUR },
      { nutsPrefix: 'ES61', budgetCents: 25_000 * EUR, usedCents: 10_000 * EUR },
    ]);
  });
});

describe('per-recipient cap across the programme', () => {
  it('counts what the recipient already has in the programme and what this walk gave it', () => {
    const r = selectProposals({
      budgetCents: 1_000_000 * EUR,
      recipientCapCents: 60_000 * EUR,
      priorProgrammeCents: { R1: 40_000 * EUR },
      candidates: [
        cand('P1', [{ recipientId: 'R1', amountCents: 15_000 * EUR }, { recipientId: 'R2', amountCents: 50_000 * EUR }]),
        cand('P2', [{ recipientId: 'R1', amountCents: 10_000 * EUR }, { recipientId: 'R3', amountCents: 10_000 * EUR }]),
        cand('P3', [{ recipientId: 'R2', amountCents: 10_000 * EUR + 1 }]),
        cand('P4', [{ recipientId: 'R1', amountCents: 5_000 * EUR }, { recipientId: 'R2', amountCents: 10_000 * EUR }]),
      ],
    });
    expect(ids(r.funded)).toEqual(['P1', 'P4']);
    expect(r.reserve.map((x) => x.reasons)).toEqual([
      [{ code: 'selection.recipient_cap_exceeded', params: { recipientId: 'R1', requestedCents: 10_000 * EUR, alreadyCents: 55_000 * EUR, capCents: 60_000 * EUR } }],
      [{ code: 'selection.recipient_cap_exceeded', params: { recipientId: 'R2', requestedCents: 10_000 * EUR + 1, alreadyCents: 50_000 * EUR, capCents: 60_000 * EUR } }],
    ]);
  });

  it('lists every reason a proposal does not fit', () => {
    const r = selectProposals({
      budgetCents: 10_000 * EUR,
      recipientCapCents: 5_000 * EUR,
      envelopes: [{ nutsPrefix: 'ES30', budgetCents: 1_000 * EUR }],
      candidates: [solo('P', 20_000, { nuts: 'ES300' })],
    });
    expect(r.reserve[0]?.reasons.map((x) => x.code)).toEqual([
      'selection.budget_exceeded',
      'selection.envelope_exceeded',
      'selection.recipient_cap_exceeded',
    ]);
  });
});

describe('de minimis across linked enterprises', () => {
  // GroupA = linked enterprises A1 and A2 (one single undertaking) with 280,000 EUR prior aid on 2021-06-01.
  const priorAid = [
    { singleUndertakingId: 'GroupA', grantDate: '2021-06-01', amountCents: 280_000 * EUR },
    { singleUndertakingId: 'Other', grantDate: '2023-01-10', amountCents: 290_000 * EUR },
  ];
  const consortium = cand('P1', [
    { recipientId: 'A1', singleUndertakingId: 'GroupA', amountCents: 15_000 * EUR },
    { recipientId: 'A2', singleUndertakingId: 'GroupA', amountCents: 10_000 * EUR },
  ]);
  const run = (plannedGrantDate: string, candidates: SelectionCandidate[]) =>
    selectProposals({ budgetCents: 1_000_000 * EUR, deMinimis: { plannedGrantDate, priorAid }, candidates });

  it('a grant exactly three years after the prior aid no longer counts it', () => {
    const r = run('2024-06-01', [consortium]);
    expect(ids(r.funded)).toEqual(['P1']);
  });

  it('a grant one day earlier counts it, summed over the linked enterprises', () => {
    const r = run('2024-05-31', [consortium]);
    expect(r.funded).toEqual([]);
    expect(r.reserve[0]?.reasons).toEqual([
      {
        code: 'selection.de_minimis_exceeded',
        params: { singleUndertakingId: 'GroupA', requestedCents: 25_000 * EUR, inWindowCents: 280_000 * EUR, ceilingCents: 300_000 * EUR, windowStart: '2021-06-01' },
      },
    ]);
  });

  it('accumulates awards of this walk per single undertaking; the ceiling itself is allowed', () => {
    const r = run('2024-05-31', [
      cand('P1', [{ recipientId: 'A1', singleUndertakingId: 'GroupA', amountCents: 15_000 * EUR }]), // 295,000
      cand('P2', [{ recipientId: 'A2', singleUndertakingId: 'GroupA', amountCents: 10_000 * EUR }]), // 305,000
      cand('P3', [{ recipientId: 'A2', singleUndertakingId: 'GroupA', amountCents: 5_000 * EUR }]), // 300,000
      cand('P4', [{ recipientId: 'A3', amountCents: 299_999 * EUR }]), // own undertaking, no prior aid
      cand('P5', [{ recipientId: 'O1', singleUndertakingId: 'Other', amountCents: 10_000 * EUR + 1 }]),
    ]);
    expect(ids(r.funded)).toEqual(['P1', 'P3', 'P4']);
    expect(r.reserve.map((x) => [x.proposalId, x.reasons[0]?.params.inWindowCents])).toEqual([
      ['P2', 295_000 * EUR],
      ['P5', 290_000 * EUR],
    ]);
  });

  it('rejects prior aid dated after the planned grant date and invalid money', () => {
    try {
      selectProposals({
        budgetCents: 10.5,
        candidates: [cand('P', [{ recipientId: 'a', amountCents: -1 }, { recipientId: 'a', amountCents: 1 }])],
        envelopes: [{ nutsPrefix: 'es4', budgetCents: 1 }],
        deMinimis: { plannedGrantDate: '2024-01-01', priorAid: [{ singleUndertakingId: 'a', grantDate: '2024-01-02', amountCents: 1 }] },
      });
      expect.unreachable();
    } catch (e) {
      expect((e as EngineInputError).issues.map((i) => [i.path, i.code])).toEqual([
        ['budgetCents', 'selection.amount_invalid'],
        ['candidates[0].partners[0].amountCents', 'selection.amount_invalid'],
        ['candidates[0].partners[1].recipientId', 'selection.partner_duplicate'],
        ['envelopes[0].nutsPrefix', 'selection.nuts_invalid'],
        ['deMinimis.priorAid[0].grantDate', 'selection.prior_aid_after_grant_date'],
      ]);
    }
  });
});
