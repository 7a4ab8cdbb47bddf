import { expect, it } from 'vitest';
import { amountsWithinInstrument } from './amounts.js';

it('keeps requests within the voucher limits', () => {
  expect(amountsWithinInstrument([2_000_000, 3_000_000], { maxPerRecipientCents: 2_500_000 })).toEqual([2_000_000, 2_500_000]);
  expect(amountsWithinInstrument([2_000_000, 2_000_000, 1_000_000], { maxPerProjectCents: 3_500_000 })).toEqual([2_000_000, 1_500_000, 0]);
  expect(amountsWithinInstrument([100, 200], undefined)).toEqual([100, 200]);
});
