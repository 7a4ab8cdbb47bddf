/** The call editor's form model: the call's documents as the API has them, with text inputs' empty strings. */
import type { UseFormReturnType } from '@mantine/form';
import type { CallDto } from '../queries';

type Docs = Pick<CallDto, 'activities' | 'topics' | 'partnerRoles' | 'rules' | 'ranking' | 'paymentScheme' | 'amountRule' | 'form'>;

export interface CallValues extends Docs {
  titleEs: string;
  titleEn: string;
  summaryEs: string;
  summaryEn: string;
  textEs: string;
  textEn: string;
  /** `YYYY-MM-DDTHH:mm` in the browser's zone (an instant once saved). */
  opensLocal: string;
  deadlineLocal: string;
  deadlineZone: string;
  budgetCents: number | null;
  maxAwards: number | '';
}

export type CallForm = UseFormReturnType<CallValues>;

const pad = (n: number) => String(n).padStart(2, '0');
function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function valuesOf(c: CallDto): CallValues {
  return {
    titleEs: c.titleEs,
    titleEn: c.titleEn,
    summaryEs: c.summaryEs ?? '',
    summaryEn: c.summaryEn ?? '',
    textEs: c.textEs ?? '',
    textEn: c.textEn ?? '',
    opensLocal: toLocalInput(c.opensAt),
    deadlineLocal: c.deadlineLocal ?? '',
    deadlineZone: c.deadlineZone ?? 'Europe/Madrid',
    budgetCents: c.budgetCents,
    maxAwards: c.maxAwards ?? '',
    activities: c.activities,
    topics: c.topics,
    partnerRoles: c.partnerRoles,
    rules: c.rules,
    ranking: c.ranking,
    paymentScheme: c.paymentScheme,
    amountRule: c.amountRule,
    form: c.form,
  };
}

/** Drops empty optional numbers and texts so that the API reads "no such condition". */
function clean<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clean) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== '' && v !== undefined && v !== null) out[k] = clean(v);
    return out as T;
  }
  return value;
}

/** Rules without the conditions left empty in the editor (an empty list would exclude everyone). */
function cleanRules(rules: CallValues['rules']): CallValues['rules'] {
  const r = clean(rules) as Record<string, unknown>;
  for (const [k, v] of Object.entries(r)) if (k !== 'instruments' && Array.isArray(v) && v.length === 0) delete r[k];
  if (r.nace && (r.nace as { prefixes: string[] }).prefixes.length === 0) delete r.nace;
  if (r.stages && (r.stages as { allowed: string[] }).allowed.length === 0) delete r.stages;
  if (r.smeOnly === false) delete r.smeOnly;
  return r as CallValues['rules'];
}

export function patchOf(v: CallValues) {
  const opt = (s: string) => (s.trim() ? s.trim() : null);
  return {
    titleEs: v.titleEs,
    titleEn: v.titleEn,
    summaryEs: opt(v.summaryEs),
    summaryEn: opt(v.summaryEn),
    textEs: opt(v.textEs),
    textEn: opt(v.textEn),
    opensAt: v.opensLocal ? new Date(v.opensLocal).toISOString() : null,
    deadlineLocal: opt(v.deadlineLocal),
    deadlineZone: v.deadlineLocal ? opt(v.deadlineZone) : null,
    budgetCents: v.budgetCents,
    maxAwards: v.maxAwards === '' ? null : v.maxAwards,
    activities: clean(v.activities),
    topics: clean(v.topics),
    partnerRoles: clean(v.partnerRoles),
    rules: cleanRules(v.rules),
    ranking: v.ranking ? clean(v.ranking) : null,
    paymentScheme: v.paymentScheme ? clean(v.paymentScheme) : null,
    amountRule: v.amountRule ? clean(v.amountRule) : null,
    form: clean(v.form),
  };
}

/** A slug from a label, for new ids (`Gemelo digital` -> `gemelo-digital`). */
export function slug(text: string, taken: readonly string[]): string {
  const base = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 30) || 'item';
  let id = base;
  for (let i = 2; taken.includes(id); i++) id = `${base}-${i}`;
  return id;
}
