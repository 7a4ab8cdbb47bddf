import { describe, expect, it } from 'vitest';
import { EngineInputError } from '../ranking/issues.js';
import { determineSmeStatus } from './determine.js';
import { enterprise, heldBy, holds } from './test-support.js';
import type { Enterprise, SmeResult } from './types.js';

const M = 100; // cents per euro

function run(enterprises: Enterprise[], extra: { publicBodyControl?: boolean; subject?: string } = {}): SmeResult {
  return determineSmeStatus({
    enterpriseId: extra.subject ?? 'S',
    enterprises,
    publicBodyControl: extra.publicBodyControl ?? false,
  });
}

const codes = (r: { explanations: readonly { code: string }[] }) => r.explanations.map((e) => e.code);

describe('autonomous enterprise', () => {
  it('is micro with its own figures', () => {
    const r = run([enterprise('S', [[2023, 5, 800_000, 500_000]])]);
    expect(r.latest).toMatchObject({
      year: 2023,
      figures: { awu: 5, turnoverCents: 800_000 * M, balanceSheetCents: 500_000 * M },
      rawClass: 'micro',
      sizeClass: 'micro',
      effectiveClass: 'micro',
      isSme: true,
    });
    expect(r.group).toEqual([{ enterpriseId: 'S', role: 'self', percent: 100, via: [] }]);
  });

  it('ignores a holding below 25 % and says so', () => {
    const r = run([enterprise('S', [[2023, 5, 800_000, 500_000]], [heldBy('X', 24.99)])]);
    expect(r.latest?.effectiveClass).toBe('micro');
    expect(r.group).toHaveLength(1);
    expect(r.explanations).toEqual([
      { code: 'sme.holding_ignored', params: { from: 'S', enterpriseId: 'X', percent: 24.99, reason: 'below_threshold' } },
    ]);
  });
});

describe('partner enterprises', () => {
  // S alone: 40 AWU, 8 M turnover -> small. P (30 %): 50 AWU, 20 M, 15 M.
  // Aggregated: 40 + 15 = 55 AWU (>= 50: not small), 8 + 6 = 14 M turnover -> medium.
  const s = (rel = [heldBy('P', 30)]) => enterprise('S', [[2022, 40, 8_000_000, 7_000_000], [2023, 40, 8_000_000, 7_000_000]], rel);
  const p = (rel: ReturnType<typeof holds>[] = []) => enterprise('P', [[2022, 50, 20_000_000, 15_000_000], [2023, 50, 20_000_000, 15_000_000]], rel);

  it('a 30 % partner pushes a small firm to medium', () => {
    const r = run([s(), p()]);
    expect(r.years.map((y) => y.effectiveClass)).toEqual(['medium', 'medium']);
    expect(r.latest?.figures).toEqual({ awu: 55, turnoverCents: 14_000_000 * M, balanceSheetCents: 11_500_000 * M });
    expect(r.latest?.breakdown).toEqual([
      { enterpriseId: 'S', role: 'self', percent: 100, awu: 40, turnoverCents: 8_000_000 * M, balanceSheetCents: 7_000_000 * M },
      { enterpriseId: 'P', role: 'partner', percent: 30, awu: 15, turnoverCents: 6_000_000 * M, balanceSheetCents: 4_500_000 * M },
    ]);
    expect(codes(r.latest!)).toContain('sme.exceeds_headcount');
    expect(r.latest?.explanations).toContainEqual({ code: 'sme.exceeds_headcount', params: { class: 'small', awu: 55, limit: 50, year: 2023 } });
  });

  it('gives the same result whichever side declares the holding and in which direction', () => {
    const declaredByP = run([s([]), p([holds('S', 30)])]);
    const downstream = run([s([holds('P', 30)]), p()]);
    const base = run([s(), p()]);
    for (const r of [declaredByP, downstream]) expect(r.latest?.figures).toEqual(base.latest?.figures);
  });

  it('uses the higher of capital and voting rights, and the higher side of a cross-holding', () => {
    const r = run([s([heldBy('P', 0, { capitalPct: 10, votingPct: 30 })]), p([heldBy('S', 40, { votingPct: 20, capitalPct: 40 })])]);
    expect(r.group.find((m) => m.enterpriseId === 'P')).toMatchObject({ role: 'partner', percent: 40 });
    expect(r.latest?.figures?.awu).toBe(60);
  });

  it('adds a partner\'s linked enterprises at the partner\'s percentage', () => {
    const pl = enterprise('PL', [[2022, 30, 1_000_000, 1_000_000], [2023, 30, 1_000_000, 1_000_000]]);
    const r = run([s(), p([holds('PL', 70)]), pl]);
    expect(r.group).toContainEqual({ enterpriseId: 'PL', role: 'partner_linked', percent: 30, via: ['P', 'PL'] });
    expect(r.latest?.figures).toEqual({ awu: 64, turnoverCents: 14_300_000 * M, balanceSheetCents: 11_800_000 * M });
  });

  it('does not count a venture-capital holding of 25-50 % as a partnership', () => {
    const r = run([s([heldBy('P', 40, { qualifyingInvestor: true })]), p()]);
    expect(r.latest?.effectiveClass).toBe('small');
    expect(r.explanations[0]).toMatchObject({ code: 'sme.holding_ignored', params: { reason: 'qualifying_investor' } });
  });

  it('cannot classify a year when a partner\'s figures are missing', () => {
    const r = run([s(), enterprise('P', [[2023, 50, 20_000_000, 15_000_000]])]);
    expect(r.years[0]).toMatchObject({ year: 2022, figures: null, rawClass: null, effectiveClass: null, isSme: null });
    expect(r.years[0]?.explanations).toContainEqual({ code: 'sme.missing_figures', params: { year: 2022, enterpriseId: 'P', role: 'partner' } });
    expect(r.years[1]?.effectiveClass).toBe('medium');
  });
});

describe('linked enterprises', () => {
  // S: 30 AWU, 5 M, 4 M. Parent G holds 60 % of S and 80 % of sibling Q; G holds 40 % of partner R.
  // Total = S + G + Q at 100 % + 40 % of R: 30 + 150 + 100 + 8 = 288 AWU; 5 + 40 + 20 + 0.8 = 65.8 M; 4 + 35 + 10 + 0.4 = 49.4 M.
  const group = [
    enterprise('S', [[2023, 30, 5_000_000, 4_000_000]], [heldBy('G', 60)]),
    enterprise('G', [[2023, 150, 40_000_000, 35_000_000]], [holds('Q', 80), holds('R', 40)]),
    enterprise('Q', [[2023, 100, 20_000_000, 10_000_000]]),
    enterprise('R', [[2023, 20, 2_000_000, 1_000_000]]),
  ];

  it('a linked group makes the firm large', () => {
    const r = run(group);
    expect(r.latest).toMatchObject({
      figures: { awu: 288, turnoverCents: 65_800_000 * M, balanceSheetCents: 49_400_000 * M },
      rawClass: 'large',
      effectiveClass: 'large',
      isSme: false,
    });
    expect(r.group).toEqual([
      { enterpriseId: 'S', role: 'self', percent: 100, via: [] },
      { enterpriseId: 'G', role: 'linked', percent: 100, via: ['G'] },
      { enterpriseId: 'Q', role: 'linked', percent: 100, via: ['G', 'Q'] },
      { enterpriseId: 'R', role: 'partner', percent: 40, via: ['G', 'R'] },
    ]);
  });

  it('counts an enterprise reached by two paths once, at the higher weight', () => {
    // P holds 30 % of S and 40 % of G, which holds 60 % of S: P is a partner of S (30 %) and of G (40 %)
    const r = run([
      enterprise('S', [[2023, 10, 1_000_000, 1_000_000]], [heldBy('P', 30), heldBy('G', 60)]),
      enterprise('G', [[2023, 10, 1_000_000, 1_000_000]], [heldBy('P', 40)]),
      enterprise('P', [[2023, 100, 10_000_000, 10_000_000]]),
    ]);
    expect(r.group.filter((m) => m.enterpriseId === 'P')).toEqual([{ enterpriseId: 'P', role: 'partner', percent: 40, via: ['G', 'P'] }]);
    expect(r.latest?.figures?.awu).toBe(60);
  });

  it('is linked by voting majority or control, not by capital alone', () => {
    const byCapital = run([enterprise('S', [[2023, 30, 5_000_000, 4_000_000]], [heldBy('G', 0, { capitalPct: 70, votingPct: 40 })]), group[1]!]);
    expect(byCapital.group.find((m) => m.enterpriseId === 'G')).toMatchObject({ role: 'partner', percent: 70 });
    const byAgreement = run([enterprise('S', [[2023, 30, 5_000_000, 4_000_000]], [heldBy('G', 10, { control: true })]), group[1]!]);
    expect(byAgreement.group.find((m) => m.enterpriseId === 'G')).toMatchObject({ role: 'linked', percent: 100 });
  });

  it('exactly 50 % of votes is a partnership, above 50 % a link', () => {
    const at50 = run([enterprise('S', [[2023, 1, 1, 1]], [heldBy('G', 50)]), enterprise('G', [[2023, 2, 2, 2]])]);
    expect(at50.group[1]).toMatchObject({ role: 'partner', percent: 50 });
    const above = run([enterprise('S', [[2023, 1, 1, 1]], [heldBy('G', 50.01)]), enterprise('G', [[2023, 2, 2, 2]])]);
    expect(above.group[1]).toMatchObject({ role: 'linked', percent: 100 });
  });

  it('does not add figures already in the consolidated accounts', () => {
    const r = run([
      enterprise('S', [[2023, 30, 5_000_000, 4_000_000]], [holds('L', 100)], { consolidates: ['L'] }),
      enterprise('L', [[2023, 30, 5_000_000, 4_000_000]]),
    ]);
    expect(r.latest?.figures).toEqual({ awu: 30, turnoverCents: 5_000_000 * M, balanceSheetCents: 4_000_000 * M });
    expect(r.latest?.breakdown[1]).toMatchObject({ enterpriseId: 'L', consolidatedIn: 'S', awu: 0, turnoverCents: 0 });
  });
});

describe('public bodies', () => {
  it('25 % or more held by public bodies excludes SME status whatever the size', () => {
    const r = run([enterprise('S', [[2023, 5, 800_000, 500_000]])], { publicBodyControl: true });
    expect(r.latest).toMatchObject({ rawClass: 'micro', sizeClass: 'micro', effectiveClass: 'large', isSme: false });
    expect(codes(r.latest!)).toContain('sme.public_body_control');
  });
});

describe('input validation', () => {
  it('reports every problem at once', () => {
    const bad = enterprise('S', [[2023, -1, 1, 1], [2023, 1, 1, 1]], [heldBy('S', 30), heldBy('X', 130)]);
    try {
      run([bad, enterprise('S', [])], { subject: 'S' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EngineInputError);
      const issues = (e as EngineInputError).issues.map((i) => i.code).sort();
      expect(issues).toEqual(
        ['sme.duplicate_enterprise', 'sme.duplicate_year', 'sme.invalid_awu', 'sme.invalid_percent', 'sme.invalid_percent', 'sme.self_relation'].sort(),
      );
    }
  });
});
