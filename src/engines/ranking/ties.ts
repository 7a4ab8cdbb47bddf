/**
 * Tie rules. Each rule compares two proposals with equal weighted totals and says which one ranks
 * higher, given the topics already covered by the proposals ranked above them.
 */
import type { ParamValue } from './issues.js';
import type { Entry } from './proposal.js';
import { fromHalfPoints } from './scores.js';

/** What a rule may look at besides the two proposals. */
export interface TieContext {
  /** Topics covered by every proposal ranked above the current position. */
  readonly covered: ReadonlySet<string>;
}

/** A tie rule: `compare > 0` means `a` ranks above `b`. */
export interface TieRule {
  readonly code: string;
  compare(a: Entry, b: Entry, ctx: TieContext): number;
  detail(a: Entry, b: Entry, ctx: TieContext): Record<string, ParamValue>;
}

function newTopics(e: Entry, ctx: TieContext): string[] {
  return e.topics.filter((t) => !ctx.covered.has(t));
}

const topicsRule: TieRule = {
  code: 'tie.topics',
  compare: (a, b, ctx) => Number(newTopics(a, ctx).length > 0) - Number(newTopics(b, ctx).length > 0),
  detail: (a, b, ctx) => ({ aboveNewTopics: newTopics(a, ctx), belowNewTopics: newTopics(b, ctx) }),
};

/** Balance = share of the less represented of women and men; 0 for an empty or missing team. */
function balance(e: Entry): { num: number; den: number } {
  const total = e.women + e.men;
  return total === 0 ? { num: 0, den: 1 } : { num: Math.min(e.women, e.men), den: total };
}

const genderRule: TieRule = {
  code: 'tie.gender',
  compare: (a, b) => {
    const x = balance(a);
    const y = balance(b);
    return x.num * y.den - y.num * x.den;
  },
  detail: (a, b) => ({ aboveWomen: a.women, aboveMen: a.men, belowWomen: b.women, belowMen: b.men }),
};

const countriesRule: TieRule = {
  code: 'tie.countries',
  compare: (a, b) => a.countryCount - b.countryCount,
  detail: (a, b) => ({ above: a.countryCount, below: b.countryCount }),
};

function criterionRule(criterion: string): TieRule {
  const score = (e: Entry): number => e.half.get(criterion) ?? 0;
  return {
    code: `tie.${criterion}`,
    compare: (a, b) => score(a) - score(b),
    detail: (a, b) => ({ criterion, above: fromHalfPoints(score(a)), below: fromHalfPoints(score(b)) }),
  };
}

/** Last resort 1: the earlier submission ranks higher. */
const submittedAtRule: TieRule = {
  code: 'tie.submittedAt',
  compare: (a, b) => b.submittedMs - a.submittedMs,
  detail: (a, b) => ({
    lastResort: true,
    above: a.proposal.submittedAt,
    below: b.proposal.submittedAt,
  }),
};

/** Last resort 2: proposal id in code-unit order (ids are unique, so this always decides). */
const idRule: TieRule = {
  code: 'tie.id',
  compare: (a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
  detail: (a, b) => ({ lastResort: true, above: a.id, below: b.id }),
};

/** Builds the rule list: the configured order (validated codes), then the last resorts. */
export function buildTieRules(order: readonly string[]): TieRule[] {
  const fixed: Record<string, TieRule> = {
    'tie.topics': topicsRule,
    'tie.gender': genderRule,
    'tie.countries': countriesRule,
  };
  const rules = order.map((code) => fixed[code] ?? criterionRule(code.slice('tie.'.length)));
  return [...rules, submittedAtRule, idRule];
}

/** The first rule that separates `a` and `b`; `sign > 0` when `a` ranks above `b`. */
export function firstDecidingRule(
  a: Entry,
  b: Entry,
  rules: readonly TieRule[],
  ctx: TieContext,
): { rule: TieRule; sign: number } | undefined {
  for (const rule of rules) {
    const d = rule.compare(a, b, ctx);
    if (d !== 0) return { rule, sign: Math.sign(d) };
  }
  return undefined;
}
