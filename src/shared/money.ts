/**
 * Money as integer cents (1/100 of the currency unit), never floats.
 *
 * - `parseMoney` reads a decimal string such as `EUR 1.234,56`, `1234.56` or `-€ 12,5` into cents
 *   with integer arithmetic only.
 * - `formatMoney` formats cents with `Intl.NumberFormat` for a locale (the amount is handed to
 *   Intl as a decimal string, so no binary rounding happens on the way).
 * - `sumCents` / `addCents` / `subtractCents` refuse non-integers and results beyond
 *   `Number.MAX_SAFE_INTEGER`.
 * - `percentOf` takes a percentage of an amount (pro rata), rounding half away from zero.
 */

/** An amount in integer cents. */
export type Cents = number;

/** Stable error codes of `parseMoney`. */
export type MoneyParseErrorCode =
  | 'money.empty'
  | 'money.bad_format'
  | 'money.too_many_decimals'
  | 'money.out_of_range';

/** A parse failure: a stable code and parameters for translation. */
export interface MoneyParseError {
  code: MoneyParseErrorCode;
  params: Record<string, string | number>;
}

/** Outcome of `parseMoney`. `currency` is the ISO code found in the text, if any. */
export type ParseMoneyResult =
  | { ok: true; cents: Cents; currency: string | undefined }
  | { ok: false; error: MoneyParseError };

/** Options of `parseMoney`. */
export interface ParseMoneyOptions {
  /**
   * The decimal separator, when the caller knows it (e.g. from the user's locale). Without it a
   * single separator followed by exactly three digits (`1.234`, `1,234`) is read as a thousands
   * separator; any other single separator is the decimal separator.
   */
  decimalSeparator?: '.' | ',';
}

/** Thrown by the arithmetic helpers when an operand is not integer cents or a result overflows. */
export class MoneyError extends RangeError {
  constructor(
    readonly code: 'money.not_cents' | 'money.overflow',
    readonly params: Record<string, string | number>,
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'MoneyError';
  }
}

const SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP' };
const CURRENCY_AT_START = /^([A-Za-z]{3}|[€$£])\s*/;
const CURRENCY_AT_END = /\s*([A-Za-z]{3}|[€$£])$/;
const GROUPING_CHARS = /[ '’]/g;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function fail(code: MoneyParseErrorCode, params: Record<string, string | number> = {}): ParseMoneyResult {
  return { ok: false, error: { code, params } };
}

/** Removes one currency code or symbol from the start or the end; returns the rest and the code. */
function takeCurrency(text: string): { rest: string; currency: string | undefined } {
  for (const re of [CURRENCY_AT_START, CURRENCY_AT_END]) {
    const m = re.exec(text);
    if (m?.[1] !== undefined) {
      const token = m[1];
      return { rest: text.replace(re, ''), currency: SYMBOLS[token] ?? token.toUpperCase() };
    }
  }
  return { rest: text, currency: undefined };
}

/** Splits `body` (digits and separators only) into integer and fraction digit strings. */
function splitDecimal(body: string, decimal: '.' | ',' | undefined): { int: string; frac: string } | null {
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let sep = decimal;
  if (sep === undefined) {
    if (lastDot >= 0 && lastComma >= 0) sep = lastDot > lastComma ? '.' : ',';
    else if (lastDot >= 0 || lastComma >= 0) sep = guessSingleSeparator(body, lastDot >= 0 ? '.' : ',');
  }
  const at = sep === undefined ? -1 : body.lastIndexOf(sep);
  const intRaw = at >= 0 ? body.slice(0, at) : body;
  const frac = at >= 0 ? body.slice(at + 1) : '';
  if (!/^\d*$/.test(frac) || (at >= 0 && frac === '')) return null;
  const int = ungroup(intRaw, sep === undefined ? ['.', ','] : [sep === '.' ? ',' : '.']);
  return int === null ? null : { int, frac };
}

/** A lone kind of separator: grouping if it repeats or if exactly 3 digits follow a non-zero head. */
function guessSingleSeparator(body: string, ch: '.' | ','): '.' | ',' | undefined {
  const parts = body.split(ch);
  if (parts.length > 2) return undefined;
  const head = parts[0] ?? '';
  const tail = parts[1] ?? '';
  const grouping = tail.length === 3 && /^[1-9]\d{0,2}$/.test(head);
  return grouping ? undefined : ch;
}

/** Removes thousands separators from an integer part, checking groups of three. */
function ungroup(intRaw: string, groupChars: readonly string[]): string | null {
  const unified = groupChars.reduce((s, c) => s.split(c).join(' '), intRaw.replace(GROUPING_CHARS, ' '));
  if (!unified.includes(' ')) return /^\d+$/.test(unified) ? unified : null;
  const groups = unified.split(' ');
  const [first, ...rest] = groups;
  if (first === undefined || !/^\d{1,3}$/.test(first)) return null;
  if (!rest.every((g) => /^\d{3}$/.test(g))) return null;
  return groups.join('');
}

/**
 * Parses a decimal amount into integer cents without floating point. Accepts an optional currency
 * code or symbol at either end (`EUR`, `€`, `$`, `£`), a leading sign (`-`, `−`, `+`), thousands
 * separators (`.`, `,`, space, apostrophe) in groups of three, and at most two decimals.
 */
export function parseMoney(input: string, options: ParseMoneyOptions = {}): ParseMoneyResult {
  let text = input.replace(/[\u00a0\u202f\u2009]/g, ' ').trim();
  if (text === '') return fail('money.empty');
  let negative = false;
  const sign = /^[-−+]\s*/.exec(text);
  if (sign) {
    negative = sign[0].trim() !== '+';
    text = text.slice(sign[0].length);
  }
  const { rest, currency } = takeCurrency(text);
  text = rest.trim();
  const innerSign = /^[-−]\s*/.exec(text);
  if (innerSign && !sign) {
    negative = true;
    text = text.slice(innerSign[0].length);
  }
  if (!/^\d[\d.,'’ ]*$/.test(text)) return fail('money.bad_format', { input });
  const parts = splitDecimal(text, options.decimalSeparator);
  if (parts === null) return fail('money.bad_format', { input });
  if (parts.frac.length > 2) return fail('money.too_many_decimals', { input, decimals: parts.frac.length });
  const magnitude = BigInt(parts.int) * 100n + BigInt(parts.frac.padEnd(2, '0'));
  if (magnitude > MAX_SAFE) return fail('money.out_of_range', { input });
  const cents = Number(magnitude);
  return { ok: true, cents: negative && cents !== 0 ? -cents : cents, currency };
}

/** True when `value` is a safe integer (a valid amount of cents). */
export function isCents(value: unknown): value is Cents {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Throws `MoneyError('money.not_cents')` unless `value` is a safe integer. */
export function assertCents(value: number, label = 'value'): Cents {
  if (!isCents(value)) throw new MoneyError('money.not_cents', { label, value: String(value) });
  return value;
}

/** `a + b`, throwing `MoneyError('money.overflow')` beyond the safe-integer range. */
export function addCents(a: Cents, b: Cents): Cents {
  const sum = assertCents(a, 'a') + assertCents(b, 'b');
  if (!Number.isSafeInteger(sum)) throw new MoneyError('money.overflow', { a, b });
  return sum;
}

/** `a - b`, throwing `MoneyError('money.overflow')` beyond the safe-integer range. */
export function subtractCents(a: Cents, b: Cents): Cents {
  return addCents(a, -assertCents(b, 'b'));
}

/** Sums amounts of cents; throws `MoneyError` on a non-integer operand or an overflow. */
export function sumCents(values: Iterable<Cents>): Cents {
  let total = 0;
  for (const v of values) total = addCents(total, v);
  return total;
}

/** Whole currency units to cents: `euros(25_000)` is 2,500,000 cents. */
export function euros(units: number): Cents {
  if (!Number.isSafeInteger(units)) throw new MoneyError('money.not_cents', { label: 'units', value: String(units) });
  const cents = units * 100;
  if (!Number.isSafeInteger(cents)) throw new MoneyError('money.overflow', { units });
  return cents;
}

/**
 * `percent` % of `cents` (e.g. a 30 % partner's share), rounded half away from zero to a whole cent.
 * `percent` may carry up to 6 decimals; the product is computed in integers.
 */
export function percentOf(cents: Cents, percent: number): Cents {
  assertCents(cents, 'cents');
  if (!Number.isFinite(percent)) throw new MoneyError('money.not_cents', { label: 'percent', value: String(percent) });
  // cents * percent / 100 = cents * num / den, with num/den = round(percent * 1e6) / 1e8 reduced
  const scaled = Math.round(percent * 1_000_000);
  const g = gcd(Math.abs(scaled), 100_000_000);
  const num = scaled / g;
  const den = 100_000_000 / g;
  const product = cents * num;
  const result = Number.isSafeInteger(product) ? roundedQuotient(product, den) : bigRoundedQuotient(cents, num, den);
  if (!Number.isSafeInteger(result)) throw new MoneyError('money.overflow', { cents, percent });
  return result === 0 ? 0 : result;
}

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x || 1;
}

/** `n / d` rounded half away from zero; exact for safe integers `n` and positive `d`. */
function roundedQuotient(n: number, d: number): number {
  const abs = Math.abs(n);
  const q = Math.floor(abs / d);
  const r = abs - q * d;
  const rounded = 2 * r >= d ? q + 1 : q;
  return n < 0 ? -rounded : rounded;
}

function bigRoundedQuotient(cents: number, num: number, den: number): number {
  const product = BigInt(cents) * BigInt(num);
  const d = BigInt(den);
  const abs = product < 0n ? -product : product;
  const rounded = (abs + d / 2n) / d;
  return Number(product < 0n ? -rounded : rounded);
}

/** The exact decimal string of an amount of cents, e.g. -12345 -> "-123.45". */
export function centsToDecimalString(cents: Cents): `${number}` {
  assertCents(cents, 'cents');
  const abs = Math.abs(cents);
  const units = Math.trunc(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  return `${cents < 0 ? '-' : ''}${units}.${rest}` as `${number}`;
}

/** Options of `formatMoney`, passed on to `Intl.NumberFormat`. */
export interface FormatMoneyOptions {
  currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
  signDisplay?: 'auto' | 'always' | 'exceptZero' | 'negative' | 'never';
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats cents as currency for a locale, e.g. `formatMoney(123456, 'es-ES')` -> "1234,56 €"
 * (Intl's Spanish rules), `formatMoney(123456, 'en-GB')` -> "€1,234.56".
 */
export function formatMoney(
  cents: Cents,
  locale = 'es-ES',
  currency = 'EUR',
  options: FormatMoneyOptions = {},
): string {
  const key = `${locale}|${currency}|${options.currencyDisplay ?? ''}|${options.signDisplay ?? ''}`;
  let nf = formatters.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      ...options,
    });
    formatters.set(key, nf);
  }
  return nf.format(centsToDecimalString(cents));
}
