import { describe, expect, it } from 'vitest';
import { euros } from '../../shared/money.js';
import { MINE_THE_GAP_CALL_2 } from './mine-the-gap.fixture.js';
import type { CallRules } from './types.js';
import { validateCallRules } from './validate.js';

const base: CallRules = { instruments: [{ id: 'voucher' }] };

describe('validateCallRules', () => {
  it('accepts the MINE.THE.GAP call', () => {
    expect(validateCallRules(MINE_THE_GAP_CALL_2)).toEqual([]);
  });

  it('needs a justification above the 60,000 EUR per-recipient cap', () => {
    expect(validateCallRules({ ...base, perRecipientCapCents: euros(60_000) })).toEqual([]);
    expect(validateCallRules({ ...base, perRecipientCapCents: euros(60_000) + 1 })).toEqual([
      { path: 'capJustification', code: 'call.cap_justification_required', params: { capCents: 6_000_001, defaultCents: 6_000_000 } },
    ]);
    expect(validateCallRules({ ...base, perRecipientCapCents: euros(60_000) + 1, capJustification: '   ' })).toHaveLength(1);
    expect(validateCallRules({ ...base, perRecipientCapCents: euros(100_000), capJustification: 'Work programme topic X allows 100k' })).toEqual([]);
  });

  it('lists every structural problem with its path', () => {
    const issues = validateCallRules({
      minPartners: 1.5,
      maxPartners: -1,
      eligibleCountries: ['ES', 'Spain'],
      regions: [{ nutsPrefixes: ['ES41'], quantifier: { atLeast: 0 } }],
      instruments: [],
      perRecipientCapCents: 10.5,
    });
    expect(issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      'minPartners call.invalid_count',
      'maxPartners call.invalid_count',
      'eligibleCountries[1] call.invalid_country',
      'regions[0].quantifier call.invalid_quantifier',
      'instruments call.no_instruments',
      'perRecipientCapCents call.invalid_amount',
    ]);
  });
});
