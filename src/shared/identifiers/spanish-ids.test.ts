import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTaxId } from './tax-id.js';

/** Textbook Luhn check digit (independent of the implementation): double every second digit from the right. */
function luhnCheckDigit(payload: string): number {
  let sum = 0;
  [...payload].reverse().forEach((c, i) => {
    const d = Number(c);
    sum += i % 2 === 0 ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][d] ?? 0 : d;
  });
  return (10 - (sum % 10)) % 10;
}

const DNI_TABLE = 'TRWAGMYFPDXBNJZSQVHLCKE';

describe('DOMAIN.md examples', () => {
  it.each([
    ['B12345674', 'cif'],
    ['J99216582', 'cif'],
    ['12345678Z', 'dni'],
    ['X2482300W', 'nie'],
  ])('%s is a valid %s', (id, kind) => {
    expect(parseTaxId(id)).toEqual({ ok: true, kind, normalized: id, country: 'ES', checked: 'control' });
  });

  it('J99216583 is invalid and says the control should be 2 or B', () => {
    const r = parseTaxId('J99216583');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toEqual({
      code: 'id.bad_control',
      params: { kind: 'cif', country: 'ES', expected: '2/B', found: '3' },
    });
  });
});

describe('Spanish identifiers', () => {
  it('normalises spaces, dots, dashes and case', () => {
    const r = parseTaxId(' b-12.345.67 4 ');
    expect(r).toMatchObject({ ok: true, kind: 'cif', normalized: 'B12345674' });
    expect(parseTaxId('x–2482300–w')).toMatchObject({ ok: true, kind: 'nie', normalized: 'X2482300W' });
  });

  it('names the expected DNI/NIE letter', () => {
    expect(parseTaxId('12345678A')).toMatchObject({
      ok: false,
      kind: 'dni',
      error: { code: 'id.bad_control', params: { expected: 'Z', found: 'A' } },
    });
    // Y -> 1: 10000000 mod 23 = 14 -> Z; Z -> 2: 20000000 mod 23 = 5 -> M (hand computed)
    expect(parseTaxId('Y0000000Z').ok).toBe(true);
    expect(parseTaxId('Z0000000M').ok).toBe(true);
    expect(parseTaxId('Z0000000Z')).toMatchObject({ ok: false, error: { params: { expected: 'M' } } });
  });

  it('applies the letter/digit rule by entity letter', () => {
    // Q2818014: 2,1,0,4 doubled -> 4+2+0+8 = 14; 8+8+1 = 17; D = 10 - 1 = 9 -> letter I
    expect(parseTaxId('Q2818014I').ok).toBe(true);
    expect(parseTaxId('Q28180149')).toMatchObject({ ok: false, error: { params: { expected: 'I', found: '9' } } });
    // A2801586: 2,0,5,6 -> 4+0+1+3 = 8; 8+1+8 = 17; D = 5 -> digit only for A
    expect(parseTaxId('A28015865').ok).toBe(true);
    expect(parseTaxId('A2801586E')).toMatchObject({ ok: false, error: { params: { expected: '5', found: 'E' } } });
    // G (association) accepts either form
    expect(parseTaxId('G28015865').ok).toBe(true);
    expect(parseTaxId('G2801586E').ok).toBe(true);
  });

  it.each(['', '   ', '1234', 'I12345674', 'B1234567', '123456789', 'XX2482300W', 'K1234567L'])(
    'rejects %j as empty or malformed',
    (input) => {
      const r = parseTaxId(input);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.code).toBe(input.trim() === '' ? 'id.empty' : 'id.bad_format');
    },
  );

  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));

  const validCif = fc
    .tuple(fc.constantFrom(...'ABCDEFGHJNPQRSUVW'), digits(7))
    .map(([entity, body]) => {
      const d = luhnCheckDigit(body);
      const useLetter = 'PQRSNW'.includes(entity) || (!'ABEH'.includes(entity) && d % 2 === 1);
      return `${entity}${body}${useLetter ? 'JABCDEFGHI'.charAt(d) : String(d)}`;
    });
  const validDni = digits(8).map((n) => `${n}${DNI_TABLE.charAt(Number(n) % 23)}`);
  const validNie = fc
    .tuple(fc.constantFrom('X', 'Y', 'Z'), digits(7))
    .map(([p, n]) => `${p}${n}${DNI_TABLE.charAt(Number(`${'XYZ'.indexOf(p)}${n}`) % 23)}`);
  const validId = fc.oneof(validCif, validDni, validNie);

  it('accepts generated valid numbers', () => {
    fc.assert(
      fc.property(validId, (id) => {
        expect(parseTaxId(id)).toMatchObject({ ok: true, normalized: id });
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects a valid number with one digit changed', () => {
    fc.assert(
      fc.property(validId, fc.nat(), fc.integer({ min: 1, max: 9 }), (id, pos, delta) => {
        const digitPositions = [...id.slice(0, -1)].flatMap((c, i) => (/\d/.test(c) ? [i] : []));
        const at = digitPositions[pos % digitPositions.length] ?? 0;
        const changed = String((Number(id.charAt(at)) + delta) % 10);
        const mutated = `${id.slice(0, at)}${changed}${id.slice(at + 1)}`;
        const r = parseTaxId(mutated);
        expect(r.ok).toBe(false);
        expect(!r.ok && r.error.code).toBe('id.bad_control');
      }),
      { numRuns: 2000 },
    );
  });
});
