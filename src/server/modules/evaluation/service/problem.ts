/**
 * The assignment problem of a call as the engine takes it (DOMAIN.md section 4): k evaluators per
 * submitted application, each expert's load within [min, max] for this call, no conflicted or
 * forbidden pair, and pinned pairs: staff's pins, pairs already declared free of conflict and pairs
 * added by hand (all of them stay whatever the run decides).
 */
import type { AffinityEntry, AssignmentProblem, PairRef } from '../../../../engines/assignment/index.js';
import type { RunOptions } from '../../../../shared/contracts/evaluation-pool.js';
import { affinityCells } from './affinity.js';
import { pairKey, type CallData } from './call-data.js';

/** Organisation key of an expert: the registry id, else the normalised free-text name. */
function organisationKey(e: { organisationId: string | null; organisationName: string | null }): string | undefined {
  if (e.organisationId) return e.organisationId;
  const name = e.organisationName?.trim().toLowerCase();
  return name ? `name:${name}` : undefined;
}

export function pinnedPairs(d: CallData): PairRef[] {
  const pins = new Map<string, PairRef>();
  for (const r of d.pairRules.filter((x) => x.rule === 'pin')) pins.set(pairKey(r.applicationId, r.evaluatorId), r);
  for (const a of d.assignments.filter((x) => x.coiStatus === 'no_conflict' || (x.coiStatus === 'pending' && x.origin === 'manual'))) {
    pins.set(pairKey(a.applicationId, a.evaluatorId), a);
  }
  return [...pins.values()].map((p) => ({ applicationId: p.applicationId, evaluatorId: p.evaluatorId }));
}

export function buildProblem(d: CallData, options: Pick<RunOptions, 'k' | 'distinctOrganisations' | 'languageMatch'>): AssignmentProblem {
  const cells = affinityCells(d);
  const entries: AffinityEntry[] = cells.filter((c) => !c.conflicted).map((c) => ({ applicationId: c.applicationId, evaluatorId: c.evaluatorId, affinity: c.affinity }));
  const conflicts = cells.filter((c) => c.conflicted).map((c) => ({ applicationId: c.applicationId, evaluatorId: c.evaluatorId }));
  const assignable = (e: CallData['experts'][number]) => e.termsAcceptedAt !== null && e.userStatus !== 'disabled';
  return {
    applications: d.applications.map((a) => ({
      id: a.id,
      k: options.k,
      ...(a.language ? { language: a.language } : {}),
      organisationIds: a.organisations.map((o) => o.id),
    })),
    evaluators: d.experts.map((e) => {
      const org = organisationKey(e);
      // Experts who left the pool keep the pairs they already hold, and get no new ones.
      const kept = d.assignments.filter((a) => a.evaluatorId === e.id && a.coiStatus !== 'conflict').length;
      return {
        id: e.id,
        minLoad: assignable(e) ? Math.min(e.minLoad, e.maxLoad) : 0,
        maxLoad: assignable(e) ? e.maxLoad : Math.min(kept, e.maxLoad),
        languages: e.languages,
        ...(org ? { organisationId: org } : {}),
      };
    }),
    affinity: { kind: 'sparse', entries },
    conflicts,
    pinned: pinnedPairs(d),
    forbidden: d.pairRules.filter((r) => r.rule === 'forbid').map((r) => ({ applicationId: r.applicationId, evaluatorId: r.evaluatorId })),
    options: { distinctOrganisations: options.distinctOrganisations, requireLanguageMatch: options.languageMatch },
  };
}
