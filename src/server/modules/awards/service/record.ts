/**
 * The selection record of a call: the ranking (from the final consensus reports), the selection
 * engine's input built from the registry and the programme, and the engine's result. The preview
 * shows it; the freeze stores it, hashed, exactly as shown.
 */
import { EngineInputError } from '../../../../engines/ranking/index.js';
import { candidatesFromRanking, selectProposals, type PriorAid, type SelectionInput, type SelectionPartner, type SelectionResult } from '../../../../engines/selection/index.js';
import type { CallRulesDoc, DeMinimisDeclarationDoc } from '../../../../shared/contracts/funding.js';
import { localDateTime } from '../../../../shared/time-zone.js';
import type { Ctx } from '../../../platform/context.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { callRanking } from '../../evaluation/index.js';
import * as repo from '../repository.js';
import { amountsWithinInstrument } from './amounts.js';
import { singleUndertakings } from './undertakings.js';

export const RECORD_VERSION = 1;

export interface RecordPartner {
  organisationId: string;
  legalName: string;
  country: string;
  nuts: string | null;
  singleUndertakingId: string;
  requestedCents: number;
  amountCents: number;
}

export interface RecordApplication {
  id: string;
  reference: string;
  acronym: string | null;
  title: string | null;
  partners: RecordPartner[];
}

/** Everything the decision rests on; stored as JSON and hashed when frozen. */
export interface SelectionRecord {
  version: number;
  call: { id: string; code: string; programmeId: string; currency: string };
  plannedGrantDate: string;
  ranking: Awaited<ReturnType<typeof callRanking>>['result'];
  pending: string[];
  applications: RecordApplication[];
  envelopes: { nutsPrefix: string; label: string; budgetCents: number; alreadyCommittedCents: number }[];
  input: SelectionInput;
  result: SelectionResult;
  frozenAt?: string;
  frozenBy?: string | null;
}

interface Envelope {
  nutsPrefix: string;
  label: string;
  budgetCents: number;
}

export function nutsByOrganisation(sites: Awaited<ReturnType<typeof repo.sitesOf>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of [...sites].sort((a, b) => Number(b.isHeadquarters) - Number(a.isHeadquarters))) {
    if (s.nutsCode && !out.has(s.organisationId)) out.set(s.organisationId, s.nutsCode);
  }
  return out;
}

async function loadApplications(ctx: Ctx, ids: string[], rules: CallRulesDoc): Promise<{ apps: RecordApplication[]; declarations: { undertaking: string; doc: DeMinimisDeclarationDoc }[] }> {
  const [rows, partners] = await Promise.all([repo.applicationsByIds(ctx.db, ids), repo.partnersOf(ctx.db, ids)]);
  const orgIds = [...new Set(partners.map((p) => p.organisationId))];
  const [nuts, undertakingOf] = [nutsByOrganisation(await repo.sitesOf(ctx.db, orgIds)), await singleUndertakings(ctx.db)];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const declarations: { undertaking: string; doc: DeMinimisDeclarationDoc }[] = [];
  const apps = ids.map((id): RecordApplication => {
    const a = byId.get(id)!;
    const own = partners.filter((p) => p.applicationId === id);
    const instrument = rules.instruments.find((i) => i.id === a.instrumentId);
    const amounts = amountsWithinInstrument(own.map((p) => p.requestedCents), instrument);
    for (const p of own) if (p.deMinimis) declarations.push({ undertaking: undertakingOf(p.organisationId), doc: p.deMinimis as DeMinimisDeclarationDoc });
    return {
      id,
      reference: a.reference,
      acronym: a.acronym,
      title: a.title,
      partners: own.map((p, i) => ({ organisationId: p.organisationId, legalName: p.legalName, country: p.country, nuts: nuts.get(p.organisationId) ?? null, singleUndertakingId: undertakingOf(p.organisationId), requestedCents: p.requestedCents, amountCents: amounts[i]! })),
    };
  });
  return { apps, declarations };
}

/** Declared prior aid (each declared aid counted once per single undertaking) plus Veta's own de minimis awards. */
async function priorAid(ctx: Ctx, apps: RecordApplication[], declarations: { undertaking: string; doc: DeMinimisDeclarationDoc }[], grantDate: string): Promise<PriorAid[]> {
  const seen = new Set<string>();
  const aid: PriorAid[] = [];
  for (const d of declarations) {
    for (const x of d.doc.aids) {
      const key = `${d.undertaking}|${x.grantor}|${x.grantedOn}|${x.amountCents}`;
      if (seen.has(key) || x.grantedOn > grantDate) continue;
      seen.add(key);
      aid.push({ singleUndertakingId: d.undertaking, grantDate: x.grantedOn, amountCents: x.amountCents });
    }
  }
  const undertakingOf = await singleUndertakings(ctx.db);
  const roots = new Set(apps.flatMap((a) => a.partners.map((p) => p.singleUndertakingId)));
  const relations = await repo.allRelations(ctx.db);
  const orgs = [...apps.flatMap((a) => a.partners.map((p) => p.organisationId)), ...relations.flatMap((r) => [r.holderId, r.heldId]).filter((id) => roots.has(undertakingOf(id)))];
  for (const w of await repo.deMinimisAwards(ctx.db, [...new Set(orgs)])) {
    const date = w.frozenAt.toISOString().slice(0, 10);
    if (date <= grantDate) aid.push({ singleUndertakingId: undertakingOf(w.organisationId), grantDate: date, amountCents: w.amountCents });
  }
  return aid;
}

async function envelopesWithUse(ctx: Ctx, programmeId: string, callId: string, envelopes: Envelope[]) {
  if (envelopes.length === 0) return [];
  const others = await repo.otherCallsAwards(ctx.db, programmeId, callId);
  const nuts = nutsByOrganisation(await repo.sitesOf(ctx.db, [...new Set(others.map((o) => o.organisationId))]));
  return envelopes.map((e) => ({
    ...e,
    alreadyCommittedCents: others.filter((o) => nuts.get(o.organisationId)?.startsWith(e.nutsPrefix)).reduce((s, o) => s + o.amountCents, 0),
  }));
}

function priorProgrammeCents(rows: { organisationId: string; amountCents: number }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) out[r.organisationId] = (out[r.organisationId] ?? 0) + r.amountCents;
  return out;
}

/** Recomputes the selection of a call from the stored data (nothing is written). */
export async function buildRecord(ctx: Ctx, callId: string): Promise<SelectionRecord> {
  const c = await repo.findCall(ctx.db, callId);
  if (!c) throw notFound('call', callId);
  const programme = await repo.findProgramme(ctx.db, c.programmeId);
  if (!programme) throw notFound('call', callId);
  if (c.status !== 'closed') throw new AppError('awards.call_not_closed', { status: c.status });
  const ranking = await callRanking(ctx, callId);
  const ids = [...ranking.result.ranked.map((r) => r.id), ...ranking.result.belowThreshold.map((b) => b.id)];
  const { apps, declarations } = await loadApplications(ctx, [...ids, ...ranking.pending], c.rules as CallRulesDoc);
  const plannedGrantDate = localDateTime(ctx.clock.now(), c.deadlineZone ?? 'Europe/Madrid').slice(0, 10);
  const envelopes = await envelopesWithUse(ctx, programme.id, c.id, programme.envelopes as Envelope[]);
  const partnersOf = new Map(apps.map((a) => [a.id, a.partners.map((p): SelectionPartner => ({ recipientId: p.organisationId, amountCents: p.amountCents, singleUndertakingId: p.singleUndertakingId, ...(p.nuts ? { nuts: p.nuts } : {}) }))]));
  const input: SelectionInput = {
    candidates: candidatesFromRanking(ranking.result, (id) => partnersOf.get(id) ?? []),
    budgetCents: c.budgetCents ?? 0,
    envelopes: envelopes.map((e) => ({ nutsPrefix: e.nutsPrefix, budgetCents: Math.max(0, e.budgetCents - e.alreadyCommittedCents) })),
    recipientCapCents: programme.recipientCapCents,
    priorProgrammeCents: priorProgrammeCents(await repo.commitmentsInProgramme(ctx.db, programme.id)),
    ...(programme.deMinimis ? { deMinimis: { plannedGrantDate, priorAid: await priorAid(ctx, apps, declarations, plannedGrantDate) } } : {}),
  };
  let result: SelectionResult;
  try {
    result = selectProposals(input);
  } catch (err) {
    if (err instanceof EngineInputError) throw new AppError('awards.selection_invalid', { count: err.issues.length }, { issues: [...err.issues] });
    throw err;
  }
  return { version: RECORD_VERSION, call: { id: c.id, code: c.code, programmeId: programme.id, currency: programme.currency }, plannedGrantDate, ranking: ranking.result, pending: ranking.pending, applications: apps, envelopes, input, result };
}
