/**
 * The FSTP report of a call for the EU project (financial support to third parties): one line per
 * award with the recipient, its country, region and SME class (latest self-declaration), the call,
 * the programme's grant, the amount and the dates. Streamed as XLSX.
 */
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Ctx } from '../../../platform/context.js';
import { forbidden, notFound } from '../../../platform/http/errors.js';
import { can } from '../policy.js';
import * as repo from '../repository.js';
import { decisionDate } from './results.js';

const COLUMNS = ['programme', 'grantReference', 'call', 'callTitle', 'deadline', 'decisionDate', 'reference', 'acronym', 'title', 'legalName', 'taxId', 'country', 'nuts', 'smeClass', 'amount', 'currency', 'status'] as const;

async function reportRows(ctx: Ctx, callId: string): Promise<(string | number)[][]> {
  const call = await repo.findCall(ctx.db, callId);
  const programme = call ? await repo.findProgramme(ctx.db, call.programmeId) : undefined;
  if (!call || !programme) throw notFound('call', callId);
  if (!can(ctx.actor, 'view_selection', programme)) throw forbidden('fstp_report');
  const decision = await repo.decisionOfCall(ctx.db, callId);
  if (!decision) return [];
  const awards = await repo.publishedAwards(ctx.db, decision.id);
  const orgIds = [...new Set(awards.map((a) => a.organisationId))];
  const [classes, sites] = await Promise.all([repo.latestSmeClasses(ctx.db, orgIds), repo.sitesOf(ctx.db, orgIds)]);
  const nuts = new Map<string, string>();
  for (const s of [...sites].sort((a, b) => Number(b.isHeadquarters) - Number(a.isHeadquarters))) if (s.nutsCode && !nuts.has(s.organisationId)) nuts.set(s.organisationId, s.nutsCode);
  const title = ctx.locale === 'es' ? call.titleEs : call.titleEn;
  return awards.map((a) => {
    const smeClass = classes.get(a.organisationId);
    return [
      programme.code,
      programme.grantReference ?? '',
      call.code,
      title,
      call.deadlineAt ? call.deadlineAt.toISOString().slice(0, 10) : '',
      decisionDate(call, decision),
      a.reference,
      a.acronym ?? '',
      a.title ?? '',
      a.legalName,
      a.taxId ?? '',
      a.country,
      nuts.get(a.organisationId) ?? '',
      smeClass ? ctx.t(`awards:fstp.sme.${smeClass}`) : ctx.t('awards:fstp.sme.unknown'),
      a.amountCents / 100,
      programme.currency,
      ctx.t('awards:fstp.active'),
    ];
  });
}

/** The report as an XLSX stream (checks access before the stream starts). */
export async function fstpReport(ctx: Ctx, callId: string): Promise<Readable> {
  const rows = await reportRows(ctx, callId);
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const sheet = book.addWorksheet(ctx.t('awards:fstp.sheet'));
  void (async () => {
    try {
      sheet.addRow(COLUMNS.map((c) => ctx.t(`awards:fstp.columns.${c}`))).commit();
      for (const row of rows) sheet.addRow(row).commit();
      sheet.commit();
      await book.commit();
    } catch (err) {
      out.destroy(err as Error);
    }
  })();
  return out;
}
