/**
 * Publication (DOMAIN.md section 3): once a call's decision is frozen, its recipients (legal name,
 * country, amount, project acronym and title, decision date) are public, also as CSV. Nothing else
 * of the decision is published.
 */
import type { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { AwardsPublicResults } from '../../../../shared/contracts/awards.js';
import { centsToDecimalString } from '../../../../shared/money.js';
import { localDateTime } from '../../../../shared/time-zone.js';
import type { Ctx } from '../../../platform/context.js';
import { notFound } from '../../../platform/http/errors.js';
import * as repo from '../repository.js';

/** The decision's date, a day in the call's zone. */
export function decisionDate(call: repo.CallRow, decision: repo.DecisionRow): string {
  return localDateTime(decision.frozenAt, call.deadlineZone ?? 'Europe/Madrid').slice(0, 10);
}

/** A call and its frozen decision, by code; 404 when either is missing (nothing is public yet). */
export async function decidedCall(ctx: Ctx, code: string): Promise<{ call: repo.CallRow; decision: repo.DecisionRow }> {
  const call = await repo.findCallByCode(ctx.db, code.toUpperCase());
  const decision = call && call.status !== 'draft' ? await repo.decisionOfCall(ctx.db, call.id) : undefined;
  if (!call || !decision) throw notFound('results', code);
  return { call, decision };
}

export async function publicResults(ctx: Ctx, code: string): Promise<AwardsPublicResults> {
  const { call, decision } = await decidedCall(ctx, code);
  const programme = await repo.findProgramme(ctx.db, call.programmeId);
  const recipients = (await repo.publishedAwards(ctx.db, decision.id)).map((a) => ({ legalName: a.legalName, country: a.country, amountCents: a.amountCents, acronym: a.acronym, title: a.title }));
  return {
    code: call.code,
    titleEs: call.titleEs,
    titleEn: call.titleEn,
    currency: programme?.currency ?? 'EUR',
    decisionDate: decisionDate(call, decision),
    totalCents: recipients.reduce((s, r) => s + r.amountCents, 0),
    recipients,
  };
}

/** The public results as CSV (UTF-8 with BOM), headers in the request language. */
export async function publicResultsCsv(ctx: Ctx, code: string): Promise<Readable> {
  const r = await publicResults(ctx, code);
  const out = stringify({ bom: true });
  out.write(['legalName', 'country', 'amount', 'currency', 'acronym', 'title', 'decisionDate'].map((k) => ctx.t(`awards:results.columns.${k}`)));
  for (const x of r.recipients) out.write([x.legalName, x.country, centsToDecimalString(x.amountCents), r.currency, x.acronym ?? '', x.title ?? '', r.decisionDate]);
  out.end();
  return out;
}
