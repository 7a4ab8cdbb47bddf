import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIban, isValidBic, isValidIban, SEPA_IBAN_LENGTHS } from './iban.js';

describe('IBAN check', () => {
  it('accepts published example IBANs, in electronic and print form', () => {
    const valid = [
      'DE89370400440532013000',
      'GB82WEST12345698765432',
      'ES9121000418450200051332',
      'FR1420041010050500013M02606',
      'NL91ABNA0417164300',
      'BE68539007547034',
      'IT60X0542811101000000123456',
      'AT611904300234573201',
      'CH9300762011623852957',
      'NO9386011117947',
      'MT84MALT011000012345MTLCAST001S',
      'DE89 3704 0044 0532 0130 00',
      'es91 2100 0418 4502 0005 1332',
    ];
    for (const iban of valid) expect([iban, isValidIban(iban)]).toEqual([iban, true]);
    expect(checkIban('es91 2100 0418 4502 0005 1332')).toEqual({ valid: true, iban: 'ES9121000418450200051332' });
  });

  it('rejects wrong check digits, lengths, countries and formats with a code', () => {
    expect(checkIban('DE89370400440532013001')).toEqual({ valid: false, code: 'iban.checksum' });
    expect(checkIban('ES9121000418450200051331')).toEqual({ valid: false, code: 'iban.checksum' });
    expect(checkIban('GB82WEST12345698765423')).toEqual({ valid: false, code: 'iban.checksum' }); // swapped digits
    expect(checkIban('DE8937040044053201300')).toEqual({ valid: false, code: 'iban.length' });
    expect(checkIban('US64SVBKUS6S3300958879')).toEqual({ valid: false, code: 'iban.country' });
    expect(checkIban('DE89-3704-0044')).toEqual({ valid: false, code: 'iban.format' });
    expect(checkIban('')).toEqual({ valid: false, code: 'iban.format' });
  });

  it('agrees with a BigInt mod-97 reference on generated IBANs and catches every single-digit error', () => {
    const countries = Object.keys(SEPA_IBAN_LENGTHS);
    const arb = fc.record({
      country: fc.constantFrom(...countries),
      digits: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 30, maxLength: 30 }),
      pos: fc.nat(),
      delta: fc.integer({ min: 1, max: 9 }),
    });
    fc.assert(
      fc.property(arb, ({ country, digits, pos, delta }) => {
        const bban = digits.slice(0, SEPA_IBAN_LENGTHS[country]! - 4).join('');
        const numeric = [...`${bban}${country}00`].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('');
        const check = String(98n - (BigInt(numeric) % 97n)).padStart(2, '0');
        const iban = `${country}${check}${bban}`;
        expect(isValidIban(iban)).toBe(true);
        const i = 4 + (pos % bban.length);
        const wrong = iban.slice(0, i) + String((Number(iban[i]) + delta) % 10) + iban.slice(i + 1);
        expect(checkIban(wrong)).toEqual({ valid: false, code: 'iban.checksum' });
      }),
    );
  });
});

describe('BIC check', () => {
  it('accepts 8 and 11 characters and rejects others', () => {
    expect(['CAIXESBBXXX', 'BDFEFRPP', 'DEUTDEFF500'].map(isValidBic)).toEqual([true, true, true]);
    expect(['CAIXESB', 'caixesbb', 'CAIX1SBB', 'CAIXESBBXX'].map(isValidBic)).toEqual([false, false, false, false]);
  });
});
