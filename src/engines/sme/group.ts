/**
 * Who counts in an enterprise's figures (Annex Arts. 3 and 6 of Recommendation 2003/361/EC):
 * - linked enterprises (majority of voting rights, or control by other means), directly or through
 *   other linked enterprises, at 100 %;
 * - partner enterprises (25 % or more of capital or votes, the higher of the two, not linked)
 *   directly upstream or downstream of the enterprise or of any enterprise linked to it, pro rata;
 *   a partner's own linked enterprises are added to the partner, so at the partner's percentage.
 * Relations may be declared by either side; a pair declared twice (or cross-held) takes the higher
 * percentages. Each enterprise counts once, at the highest weight any path gives it.
 */
import type { Enterprise, Explanation, GroupMember, GroupRole, Relation } from './types.js';

type Link = 'linked' | 'partner' | 'none';

interface Pair {
  share: number;
  voting: number;
  control: boolean;
  investor: boolean;
}

interface Edge {
  other: string;
  link: Link;
  pair: Pair;
}

const PARTNER_THRESHOLD = 25;
const MAJORITY = 50;

function linkOf(p: Pair): Link {
  if (p.control || p.voting > MAJORITY) return 'linked';
  if (p.share >= PARTNER_THRESHOLD && !p.investor) return 'partner';
  return 'none';
}

function merge(a: Pair | undefined, r: Relation): Pair {
  const share = Math.max(r.capitalPct, r.votingPct);
  return {
    share: Math.max(a?.share ?? 0, share),
    voting: Math.max(a?.voting ?? 0, r.votingPct),
    control: (a?.control ?? false) || r.control === true,
    investor: (a?.investor ?? false) || r.qualifyingInvestor === true,
  };
}

/** Undirected adjacency of all declared relations, both sides merged. */
function buildAdjacency(enterprises: readonly Enterprise[]): Map<string, Edge[]> {
  const pairs = new Map<string, { a: string; b: string; pair: Pair }>();
  for (const e of enterprises) {
    for (const r of e.relations) {
      if (r.enterpriseId === e.id) continue;
      const [a, b] = e.id < r.enterpriseId ? [e.id, r.enterpriseId] : [r.enterpriseId, e.id];
      const key = JSON.stringify([a, b]);
      pairs.set(key, { a, b, pair: merge(pairs.get(key)?.pair, r) });
    }
  }
  const adjacency = new Map<string, Edge[]>();
  const add = (from: string, edge: Edge) => {
    const list = adjacency.get(from);
    if (list) list.push(edge);
    else adjacency.set(from, [edge]);
  };
  for (const { a, b, pair } of pairs.values()) {
    const link = linkOf(pair);
    add(a, { other: b, link, pair });
    add(b, { other: a, link, pair });
  }
  return adjacency;
}

/** Enterprises linked to `start` (itself included), each with the path from `start`. */
function linkedClosure(start: string, adjacency: Map<string, Edge[]>): Map<string, string[]> {
  const paths = new Map<string, string[]>([[start, []]]);
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const path = paths.get(id) ?? [];
    for (const edge of adjacency.get(id) ?? []) {
      if (edge.link !== 'linked' || paths.has(edge.other)) continue;
      paths.set(edge.other, [...path, edge.other]);
      queue.push(edge.other);
    }
  }
  return paths;
}

function explainEdge(from: string, edge: Edge): Explanation | null {
  const { pair } = edge;
  if (edge.link === 'linked') {
    return { code: 'sme.linked', params: { from, enterpriseId: edge.other, votingPct: pair.voting, control: pair.control } };
  }
  if (edge.link === 'partner') return { code: 'sme.partner', params: { from, enterpriseId: edge.other, percent: pair.share } };
  if (pair.share <= 0) return null;
  const reason = pair.share >= PARTNER_THRESHOLD ? 'qualifying_investor' : 'below_threshold';
  return { code: 'sme.holding_ignored', params: { from, enterpriseId: edge.other, percent: pair.share, reason } };
}

const ROLE_ORDER: Readonly<Record<GroupRole, number>> = { self: 0, linked: 1, partner: 2, partner_linked: 3 };

/** Marks members whose figures an enterprise of at least the same weight already consolidates. */
function markConsolidated(members: GroupMember[], enterprises: readonly Enterprise[]): GroupMember[] {
  const byId = new Map(members.map((m) => [m.enterpriseId, m]));
  const into = new Map<string, string>();
  for (const e of enterprises) {
    const holder = byId.get(e.id);
    if (!holder) continue;
    for (const id of e.consolidates ?? []) {
      const m = byId.get(id);
      if (m && id !== e.id && holder.percent >= m.percent && !into.has(id)) into.set(id, e.id);
    }
  }
  return members.map((m) => {
    const c = into.get(m.enterpriseId);
    return c === undefined ? m : { ...m, consolidatedIn: c };
  });
}

/** The enterprises whose figures count for `subjectId`, and explanations of every relation seen. */
export function buildGroup(
  subjectId: string,
  enterprises: readonly Enterprise[],
): { members: GroupMember[]; explanations: Explanation[] } {
  const adjacency = buildAdjacency(enterprises);
  const linked = linkedClosure(subjectId, adjacency);
  const members = new Map<string, GroupMember>();
  for (const [id, via] of linked) {
    members.set(id, { enterpriseId: id, role: id === subjectId ? 'self' : 'linked', percent: 100, via });
  }
  const explanations: Explanation[] = [];
  const explained = new Set<string>();
  for (const [id, via] of linked) {
    for (const edge of adjacency.get(id) ?? []) {
      const key = JSON.stringify([id, edge.other].sort());
      const why = explained.has(key) ? null : explainEdge(id, edge);
      explained.add(key);
      if (why) explanations.push(why);
      if (edge.link !== 'partner' || linked.has(edge.other)) continue;
      for (const [memberId, path] of linkedClosure(edge.other, adjacency)) {
        if (linked.has(memberId)) continue;
        const role: GroupRole = memberId === edge.other ? 'partner' : 'partner_linked';
        const candidate = { enterpriseId: memberId, role, percent: edge.pair.share, via: [...via, edge.other, ...path] };
        const current = members.get(memberId);
        if (!current || candidate.percent > current.percent) members.set(memberId, candidate);
      }
    }
  }
  const sorted = [...members.values()].sort(
    (x, y) => ROLE_ORDER[x.role] - ROLE_ORDER[y.role] || (x.enterpriseId < y.enterpriseId ? -1 : 1),
  );
  return { members: markConsolidated(sorted, enterprises), explanations };
}
