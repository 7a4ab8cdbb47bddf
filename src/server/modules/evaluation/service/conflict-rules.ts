/**
 * Automatic conflicts of interest of an evaluator with an application (pure, DOMAIN.md section 4):
 * the evaluator's organisation is one of the application's, the evaluator's organisation tax id is
 * one of theirs, the evaluator's organisation is linked (majority or control) or partner (25 % or
 * more, not a qualifying investor) with one of theirs, or the evaluator declared a relation with one.
 */
import type { ConflictReason, ExpertRelation } from '../../../../shared/contracts/evaluation-pool.js';

export interface ConflictExpert {
  organisationId: string | null;
  taxId: string | null;
  relations: readonly ExpertRelation[];
}

export interface ConflictOrganisation {
  id: string;
  legalName: string;
  taxId: string | null;
}

/** A holding between two registry organisations (either direction). */
export interface Holding {
  holderId: string;
  heldId: string;
  capitalPct: number;
  votingPct: number;
  control: boolean;
  qualifyingInvestor: boolean;
}

export interface FoundConflict {
  reason: ConflictReason;
  detail: string;
}

export const normaliseTaxId = (s: string | null | undefined): string => (s ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');
const normaliseName = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** linked (majority or control), partner (25 % up to 50 %, not a qualifying investor) or none. */
export function holdingKind(h: Holding): 'linked' | 'partner' | null {
  const pct = Math.max(h.capitalPct, h.votingPct);
  if (h.control || pct > 50) return 'linked';
  if (pct >= 25 && !h.qualifyingInvestor) return 'partner';
  return null;
}

function enterpriseConflicts(orgId: string, orgs: readonly ConflictOrganisation[], holdings: readonly Holding[]): FoundConflict[] {
  const out: FoundConflict[] = [];
  for (const h of holdings) {
    const other = h.holderId === orgId ? h.heldId : h.heldId === orgId ? h.holderId : null;
    const org = other ? orgs.find((o) => o.id === other) : undefined;
    const kind = holdingKind(h);
    if (org && kind) out.push({ reason: kind === 'linked' ? 'linked_enterprise' : 'partner_enterprise', detail: org.legalName });
  }
  return out;
}

function relationConflicts(relations: readonly ExpertRelation[], orgs: readonly ConflictOrganisation[]): FoundConflict[] {
  const out: FoundConflict[] = [];
  for (const r of relations) {
    const org = orgs.find(
      (o) =>
        (r.organisationId !== null && r.organisationId === o.id) ||
        (normaliseTaxId(r.taxId) !== '' && normaliseTaxId(r.taxId) === normaliseTaxId(o.taxId)) ||
        normaliseName(r.name) === normaliseName(o.legalName),
    );
    if (org) out.push({ reason: 'declared_relation', detail: `${org.legalName} (${r.kind})` });
  }
  return out;
}

/** Every automatic reason, each at most once per organisation and reason. */
export function automaticConflicts(expert: ConflictExpert, orgs: readonly ConflictOrganisation[], holdings: readonly Holding[]): FoundConflict[] {
  const out: FoundConflict[] = [];
  const own = expert.organisationId ? orgs.find((o) => o.id === expert.organisationId) : undefined;
  if (own) out.push({ reason: 'same_organisation', detail: own.legalName });
  const tax = normaliseTaxId(expert.taxId);
  const sameTax = tax ? orgs.find((o) => normaliseTaxId(o.taxId) === tax) : undefined;
  if (sameTax && sameTax !== own) out.push({ reason: 'same_tax_id', detail: `${sameTax.legalName} (${tax})` });
  if (expert.organisationId) out.push(...enterpriseConflicts(expert.organisationId, orgs, holdings));
  out.push(...relationConflicts(expert.relations, orgs));
  const seen = new Set<string>();
  return out.filter((c) => {
    const key = `${c.reason}|${c.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
