/**
 * Human messages for the eligibility engine's rule results and the completeness issues, in either
 * language (server exports and the web's eligibility panel use the same words). A rule result
 * `{ code: 'eligibility.role', pass, params }` reads `funding:rules.role.pass|fail`; amounts
 * (`...Cents`) are formatted as money, lists joined, the partner named.
 */
type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface RuleLike {
  code: string;
  pass: boolean;
  partnerId?: string;
  params: Readonly<Record<string, unknown>>;
}

export interface DescribeOptions {
  t: Translate;
  money: (cents: number) => string;
  /** Organisation names by id (partners are identified by organisation id in rule results). */
  names: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /** Labels of role ids (the call's partner roles) and of other codes (stages, SME classes). */
  label?: (kind: 'role' | 'stage' | 'sme' | 'instrument' | 'membership', id: string) => string;
}

const nameOf = (names: DescribeOptions['names'], id: string): string => (names instanceof Map ? names.get(id) : (names as Record<string, string>)[id]) ?? id;

function value(code: string, key: string, v: unknown, o: DescribeOptions): unknown {
  if (typeof v === 'number' && key.endsWith('Cents')) return o.money(v);
  const label = o.label ?? ((_kind: string, id: string) => id);
  if (Array.isArray(v)) {
    const items = v.map((x) => String(x));
    if (key === 'matching' || key === 'partners' || key === 'duplicates') return items.map((id) => nameOf(o.names, id)).join(', ');
    if (code === 'eligibility.stage') return items.map((x) => label('stage', x)).join(', ');
    if (code === 'eligibility.sme_class' || code === 'eligibility.sme') return items.map((x) => label('sme', x)).join(', ');
    if (key === 'known') return items.map((x) => label('instrument', x)).join(', ');
    if (code === 'eligibility.membership') return items.map((x) => label('membership', x)).join(', ');
    return items.join(', ');
  }
  if (typeof v === 'string' && key === 'role') return label('role', v);
  if (typeof v === 'string' && key === 'smeClass') return label('sme', v);
  if (typeof v === 'string' && key === 'instrumentId') return v ? label('instrument', v) : '—';
  if (typeof v === 'string' && key === 'status' && code === 'eligibility.membership') return label('membership', v);
  return v;
}

/** i18next answers a missing key with the key itself (with or without its namespace). */
const missing = (text: string, key: string) => text === key || text === key.slice(key.indexOf(':') + 1);

/** The translated sentence for one rule result. */
export function describeRule(r: RuleLike, o: DescribeOptions): string {
  const short = r.code.replace(/^eligibility\./, '');
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r.params)) params[k] = value(r.code, k, v, o);
  params.partner = r.partnerId ? nameOf(o.names, r.partnerId) : '';
  // Rules quantified "at least n partners" speak of the consortium; a missing value has its own words.
  const variant =
    r.params.missing === true ? 'Missing'
    : !r.partnerId && 'matching' in r.params ? 'Group'
    : r.code === 'eligibility.programme_cap' && r.params.priorCents === 0 ? 'Alone'
    : '';
  const key = `funding:rules.${short}.${r.pass ? 'pass' : 'fail'}${variant}`;
  const sentence = o.t(key, params);
  return missing(sentence, key) ? `${short}${r.partnerId ? ` (${params.partner as string})` : ''}` : sentence;
}

/** A rule's name, for column headers and filters. */
export function ruleName(code: string, t: Translate): string {
  const short = code.replace(/^eligibility\./, '');
  const key = `funding:rules.${short}.name`;
  const name = t(key);
  return missing(name, key) ? short : name;
}
