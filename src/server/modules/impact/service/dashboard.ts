/**
 * Impact dashboards: totals of verified savings (the latest verified analysis of each measure),
 * by category, NUTS 2 region, year, carrier and award. Cluster-wide figures are aggregates that
 * every cluster role may see; a company's figures need read access to that company.
 */
import type { Ctx } from '../../../platform/context.js';
import { forbidden } from '../../../platform/http/errors.js';
import { ENERGY_CARRIERS, MEASURE_CATEGORIES, type EnergyCarrier, type MeasureCategory } from '../../../../shared/contracts/impact.js';
import type { ImpactDashboard } from '../../../../shared/contracts/impact-analysis.js';
import { canSeeClusterDashboard } from '../policy.js';
import { currentVerified, type VerifiedDetail } from '../repository/analyses.js';
import { findOrganisation } from '../repository/common.js';
import { allMeasures, type MeasureRow } from '../repository/measures.js';
import { awardsByIds, type AwardInfo } from '../repository/awards.js';
import { assertCan } from './scope.js';

interface Acc {
  measures: number;
  verifiedMeasures: number;
  savingsKwh: number;
  co2eKg: number;
}

const empty = (): Acc => ({ measures: 0, verifiedMeasures: 0, savingsKwh: 0, co2eKg: 0 });

function add(acc: Acc, savings: { kwh: number; co2: number } | null): void {
  acc.measures++;
  if (savings) {
    acc.verifiedMeasures++;
    acc.savingsKwh += savings.kwh;
    acc.co2eKg += savings.co2;
  }
}

function bump<K>(map: Map<K, Acc>, key: K, savings: { kwh: number; co2: number } | null): void {
  const acc = map.get(key) ?? empty();
  add(acc, savings);
  map.set(key, acc);
}

/** A measure's verified savings, in one year or in all. */
function savingsOf(v: VerifiedDetail | undefined, year: number | undefined): { kwh: number; co2: number } | null {
  if (!v) return null;
  const years = v.byYear.filter((y) => year === undefined || y.year === year);
  if (year !== undefined && years.length === 0) return null;
  return { kwh: years.reduce((s, y) => s + (y.savingsKwh ?? 0), 0), co2: years.reduce((s, y) => s + (y.co2eKg ?? 0), 0) };
}

export function nuts2Of(code: string | null): string {
  return code && /^[A-Z]{2}[0-9A-Z]{2}/.test(code) ? code.slice(0, 4) : 'other';
}

/** Funded savings by award and by call, labelled with the call, its programme and the recipient. */
function byFunding(byAward: ReadonlyMap<string, Acc>, awards: readonly AwardInfo[]): Pick<ImpactDashboard, 'byAward' | 'byCall'> {
  const info = new Map(awards.map((a) => [a.awardId, a]));
  const labels = (a: AwardInfo) => ({ callCode: a.callCode, callTitleEs: a.callTitleEs, callTitleEn: a.callTitleEn, programmeCode: a.programmeCode, programmeName: a.programmeName });
  const rows = [...byAward].flatMap(([awardId, acc]) => {
    const a = info.get(awardId);
    return a ? [{ awardId, ...labels(a), organisationName: a.organisationName, amountCents: a.amountCents, ...acc }] : [];
  });
  const calls = new Map<string, ImpactDashboard['byCall'][number]>();
  for (const r of rows) {
    const a = info.get(r.awardId)!;
    const c = calls.get(a.callId) ?? { callId: a.callId, ...labels(a), ...empty() };
    c.measures += r.measures;
    c.verifiedMeasures += r.verifiedMeasures;
    c.savingsKwh += r.savingsKwh;
    c.co2eKg += r.co2eKg;
    calls.set(a.callId, c);
  }
  const order = (x: { savingsKwh: number; callCode: string }, y: { savingsKwh: number; callCode: string }) => y.savingsKwh - x.savingsKwh || x.callCode.localeCompare(y.callCode);
  return { byAward: rows.sort(order), byCall: [...calls.values()].sort(order) };
}

export function buildDashboard(measures: readonly MeasureRow[], verified: readonly VerifiedDetail[], year: number | undefined, awards: readonly AwardInfo[] = []): ImpactDashboard {
  const byMeasure = new Map(verified.map((v) => [v.measureId, v]));
  const total = empty();
  const funded = empty();
  const byCategory = new Map<MeasureCategory, Acc>(MEASURE_CATEGORIES.map((c) => [c, empty()]));
  const byRegion = new Map<string, Acc>();
  const byAward = new Map<string, Acc>();
  const byYear = new Map<number, { savingsKwh: number; co2eKg: number }>();
  const byCarrier = new Map<EnergyCarrier, { savingsKwh: number; co2eKg: number }>();
  for (const m of measures) {
    const v = byMeasure.get(m.id);
    const s = savingsOf(v, year);
    add(total, s);
    bump(byCategory, m.category, s);
    bump(byRegion, nuts2Of(m.nutsCode), s);
    if (m.awardId) {
      add(funded, s);
      bump(byAward, m.awardId, s);
    }
    if (!v || !s) continue;
    for (const y of v.byYear) {
      if (year !== undefined && y.year !== year) continue;
      const acc = byYear.get(y.year) ?? { savingsKwh: 0, co2eKg: 0 };
      acc.savingsKwh += y.savingsKwh ?? 0;
      acc.co2eKg += y.co2eKg ?? 0;
      byYear.set(y.year, acc);
    }
    const carrier = (ENERGY_CARRIERS as readonly string[]).includes(v.carrier) ? (v.carrier as EnergyCarrier) : null;
    if (carrier) {
      const acc = byCarrier.get(carrier) ?? { savingsKwh: 0, co2eKg: 0 };
      acc.savingsKwh += s.kwh;
      acc.co2eKg += s.co2;
      byCarrier.set(carrier, acc);
    }
  }
  return {
    year: year ?? null,
    totals: { ...total, fundedMeasures: funded.measures, fundedSavingsKwh: funded.savingsKwh, fundedCo2eKg: funded.co2eKg, organisations: new Set(measures.map((m) => m.organisationId)).size },
    byCategory: [...byCategory].map(([category, acc]) => ({ category, ...acc })),
    byRegion: [...byRegion].map(([nuts2, acc]) => ({ nuts2, ...acc })).sort((a, b) => b.savingsKwh - a.savingsKwh || a.nuts2.localeCompare(b.nuts2)),
    byYear: [...byYear].map(([y, acc]) => ({ year: y, ...acc })).sort((a, b) => a.year - b.year),
    byCarrier: [...byCarrier].map(([carrier, acc]) => ({ carrier, ...acc })),
    ...byFunding(byAward, awards),
  };
}

export async function dashboard(ctx: Ctx, q: { year?: number; organisationId?: string }): Promise<ImpactDashboard> {
  if (q.organisationId) await assertCan(ctx, 'read', await findOrganisation(ctx.db, q.organisationId), 'organisation', q.organisationId);
  else if (!canSeeClusterDashboard(ctx.actor)) throw forbidden('impact.dashboard');
  const measures = await allMeasures(ctx.db, { visibility: { kind: 'all' }, ...(q.organisationId ? { organisationId: q.organisationId } : {}) });
  const awards = await awardsByIds(ctx.db, [...new Set(measures.flatMap((m) => (m.awardId ? [m.awardId] : [])))]);
  return buildDashboard(measures, await currentVerified(ctx.db), q.year, awards);
}
