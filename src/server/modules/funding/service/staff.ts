/**
 * Staff views of a call's applications: the list with eligibility (filterable, exportable), any
 * submitted version, and decisions to declare an application ineligible or withdrawn (or to
 * reinstate it) with a reason, audited.
 */
import { PassThrough, type Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { StaffListQuery, StaffRow } from '../../../../shared/contracts/funding-applications.js';
import type { Snapshot } from '../../../../shared/contracts/funding.js';
import { ruleName } from '../../../../shared/funding-rules.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { can } from '../policy.js';
import * as apps from '../repository/applications.js';
import { staffList } from '../repository/staff.js';
import { loadApplication } from './access.js';
import { loadCall } from './calls.js';

export async function listApplications(ctx: Ctx, callId: string, query: StaffListQuery): Promise<StaffRow[]> {
  await loadCall(ctx, callId);
  return (await staffList(ctx.db, callId, query)).map((r) => ({
    ...r,
    countries: (r.countries ?? []).filter(Boolean).sort(),
    requestedCents: Number(r.requestedCents ?? 0),
    submittedAt: r.submittedAt ? new Date(r.submittedAt).toISOString() : null,
    failures: (r.failures ?? []).filter(Boolean).sort(),
  }));
}

const TRANSITIONS: Record<string, readonly string[]> = {
  draft: ['withdrawn'],
  submitted: ['ineligible', 'withdrawn'],
  ineligible: ['submitted', 'withdrawn'],
  withdrawn: ['submitted'],
};

/** Staff declare an application ineligible or withdrawn, or reinstate a submitted one, with a reason. */
export async function changeStatus(ctx: Ctx, id: string, input: { status: 'ineligible' | 'withdrawn' | 'submitted'; reason: string }): Promise<void> {
  const loaded = await loadApplication(ctx, id);
  if (loaded.standing !== 'staff' || !can(ctx.actor, 'manage', loaded.programme)) throw new AppError('funding.programme_not_yours', {});
  const from = loaded.app.status;
  const reinstating = input.status === 'submitted';
  if (!(TRANSITIONS[from] ?? []).includes(input.status) || (reinstating && loaded.app.currentVersion === 0)) {
    throw new AppError('funding.status_change', { from, to: input.status });
  }
  await inTransaction(ctx, async (tx) => {
    await apps.updateApplication(tx.db, id, { status: input.status, statusReason: reinstating ? null : input.reason });
    await audit(tx, { action: 'funding.application_status_changed', entityType: 'application', entityId: id, summary: { from, to: input.status, reason: input.reason } });
  });
}

export async function getVersion(ctx: Ctx, id: string, version: number) {
  await loadApplication(ctx, id);
  const row = await apps.findVersion(ctx.db, id, version);
  if (!row) throw notFound('version', String(version));
  return { version: row.version, submittedAt: row.submittedAt.toISOString(), snapshotHash: row.snapshotHash, snapshot: row.snapshot as Snapshot };
}

// --- export ---------------------------------------------------------------------------------

const COLUMNS = ['reference', 'status', 'acronym', 'title', 'instrument', 'lead', 'country', 'partners', 'countries', 'requested', 'version', 'submittedAt', 'eligible', 'failures', 'reason'] as const;

function exportRow(ctx: Ctx, r: StaffRow): (string | number)[] {
  const t = ctx.t;
  const values: Record<(typeof COLUMNS)[number], string | number> = {
    reference: r.reference,
    status: t(`funding:status.${r.status}`),
    acronym: r.acronym ?? '',
    title: r.title ?? '',
    instrument: r.instrumentId ?? '',
    lead: r.leadName,
    country: r.leadCountry,
    partners: r.partners,
    countries: r.countries.join(' '),
    requested: (r.requestedCents / 100).toFixed(2),
    version: r.currentVersion,
    submittedAt: r.submittedAt ?? '',
    eligible: r.eligible === null ? '' : t(r.eligible ? 'funding:export.yes' : 'funding:export.no'),
    failures: r.failures.map((code) => ruleName(code, t)).join('; '),
    reason: r.statusReason ?? '',
  };
  return COLUMNS.map((c) => values[c]);
}

export async function exportApplications(ctx: Ctx, callId: string, query: StaffListQuery, format: 'csv' | 'xlsx'): Promise<Readable> {
  const list = await listApplications(ctx, callId, query);
  const headers = COLUMNS.map((c) => ctx.t(`funding:export.columns.${c}`));
  await audit(ctx, { action: 'funding.applications_exported', entityType: 'call', entityId: callId, summary: { format, query, rows: list.length } });
  if (format === 'csv') {
    const out = stringify({ bom: true });
    out.write(headers);
    for (const r of list) out.write(exportRow(ctx, r));
    out.end();
    return out;
  }
  const stream = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: false });
  const sheet = book.addWorksheet(ctx.t('funding:export.sheet'));
  sheet.addRow(headers).commit();
  for (const r of list) sheet.addRow(exportRow(ctx, r)).commit();
  sheet.commit();
  void book.commit().catch((err: unknown) => stream.destroy(err as Error));
  return stream;
}
