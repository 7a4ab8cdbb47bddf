/**
 * Reading uploads: a CSV/XLSX file is stored, its columns shown; a mapping says which column holds
 * the timestamps and which columns feed which meters of the site. A dry run reports every row's
 * problems without storing anything; a commit stores all readings in one transaction, or none
 * when any row has an error. Readings already stored are skipped (a warning when the stored value
 * differs: the stored one is kept).
 */
import type { Readable } from 'node:stream';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, invalid, type FieldIssue } from '../../../platform/http/errors.js';
import type { ImportMapping, ImportReport } from '../../../../shared/contracts/impact.js';
import * as common from '../repository/common.js';
import * as repo from '../repository/ingestion.js';
import { findMetersByIds } from '../repository/meters.js';
import { isTimeZone } from './meters.js';
import { actorUserId, assertCan } from './scope.js';
import { cellText, readRows } from './upload-parse.js';
import { scanUpload, type ScanTarget } from './upload-scan.js';

const XLSX_TYPES = new Set(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/zip']);
const PREVIEW_ROWS = 8;

function formatOf(mediaType: string, filename: string): 'csv' | 'xlsx' | null {
  if (XLSX_TYPES.has(mediaType) && /\.xlsx$/i.test(filename)) return 'xlsx';
  if (mediaType === 'text/plain' || mediaType === 'text/csv') return 'csv';
  return null;
}

async function headerAndPreview(format: 'csv' | 'xlsx', open: () => Readable): Promise<{ columns: string[]; preview: string[][] }> {
  const rows: string[][] = [];
  try {
    for await (const row of readRows(format, open)) {
      rows.push(row.map(cellText));
      if (rows.length > PREVIEW_ROWS) break;
    }
  } catch (err) {
    throw new AppError('impact.upload_unreadable', { reason: err instanceof Error ? err.message : String(err) });
  }
  const [header, ...preview] = rows;
  if (!header || header.every((c) => c === '')) throw new AppError('impact.upload_unreadable', { reason: 'no header row' });
  return { columns: header.map((c, i) => c || `#${i + 1}`), preview };
}

export async function createUpload(ctx: Ctx, siteId: string, file: { filename: string; stream: Readable }): Promise<repo.UploadRow> {
  const found = await common.findSite(ctx.db, siteId);
  await assertCan(ctx, 'write', found, 'site', siteId);
  const stored = await ctx.files.put(file.stream, { maxBytes: ctx.config.UPLOAD_LIMIT_MB * 1024 * 1024 });
  const format = formatOf(stored.mediaType, file.filename);
  if (!format) throw new AppError('payload.unsupported_type', { mediaType: stored.mediaType });
  const { columns, preview } = await headerAndPreview(format, () => ctx.files.open(stored.sha256));
  return inTransaction(ctx, async (tx) => {
    const row = await repo.insertUpload(tx.db, { siteId, filename: file.filename.slice(0, 255), sha256: stored.sha256, format, size: stored.size, columns, preview, createdBy: actorUserId(tx) });
    await audit(tx, { action: 'impact.upload_created', entityType: 'impact_upload', entityId: row.id, summary: { siteId, filename: row.filename, size: stored.size, sha256: stored.sha256 } });
    return row;
  });
}

export async function getUpload(ctx: Ctx, id: string, action: 'read' | 'write' = 'read') {
  const row = await repo.findUpload(ctx.db, id);
  await assertCan(ctx, action, row, 'upload', id);
  return row as NonNullable<typeof row>;
}

export async function listUploads(ctx: Ctx, siteId: string) {
  const found = await common.findSite(ctx.db, siteId);
  await assertCan(ctx, 'read', found, 'site', siteId);
  return repo.listUploads(ctx.db, siteId);
}

/** Checks a mapping against the upload's columns and site; returns the scan targets. */
async function targetsOf(ctx: Ctx, upload: repo.UploadRow, mapping: ImportMapping): Promise<ScanTarget[]> {
  const problems: FieldIssue[] = [];
  const known = new Set(upload.columns);
  if (!known.has(mapping.timestampColumn)) problems.push({ path: 'timestampColumn', code: 'errors:impact.import.unknown_column', params: { column: mapping.timestampColumn } });
  if (mapping.endColumn && !known.has(mapping.endColumn)) problems.push({ path: 'endColumn', code: 'errors:impact.import.unknown_column', params: { column: mapping.endColumn } });
  if (mapping.timeZone && !isTimeZone(mapping.timeZone)) problems.push({ path: 'timeZone', code: 'validation:invalid' });
  const meters = new Map((await findMetersByIds(ctx.db, mapping.columns.map((c) => c.meterId))).map((m) => [m.id, m]));
  const targets: ScanTarget[] = [];
  mapping.columns.forEach((c, i) => {
    const meter = meters.get(c.meterId);
    if (!known.has(c.column)) problems.push({ path: `columns.${i}.column`, code: 'errors:impact.import.unknown_column', params: { column: c.column } });
    if (!meter || meter.siteId !== upload.siteId) problems.push({ path: `columns.${i}.meterId`, code: 'errors:impact.import.meter_not_at_site' });
    else targets.push({ column: c.column, index: upload.columns.indexOf(c.column), meter });
  });
  if (targets.some((t) => t.meter.interval === 'monthly') && !mapping.endColumn) problems.push({ path: 'endColumn', code: 'errors:impact.import.end_column_required' });
  if (problems.length) throw invalid(problems);
  return targets;
}

export async function dryRunUpload(ctx: Ctx, id: string, mapping: ImportMapping): Promise<ImportReport> {
  const upload = await getUpload(ctx, id, 'write');
  const targets = await targetsOf(ctx, upload, mapping);
  return scanUpload(ctx, upload, mapping, targets, null);
}

export async function commitUpload(ctx: Ctx, id: string, mapping: ImportMapping): Promise<ImportReport> {
  const upload = await getUpload(ctx, id, 'write');
  if (upload.status === 'committed') throw new AppError('impact.upload_committed', {});
  const targets = await targetsOf(ctx, upload, mapping);
  return inTransaction(ctx, async (tx) => {
    const report = await scanUpload(tx, upload, mapping, targets, tx.db);
    if (report.errors > 0) {
      const issues = report.problems.filter((p) => p.severity === 'error').slice(0, 100).map((p) => ({ path: `rows.${p.row}${p.column ? `.${p.column}` : ''}`, code: `errors:impact.import.${p.code}`, message: p.message }));
      throw new AppError('impact.import_has_errors', { errors: report.errors }, { issues });
    }
    if (!(await repo.markUploadCommitted(tx.db, id, { mapping, stored: report.stored, committedBy: actorUserId(tx), committedAt: tx.clock.now() }))) throw new AppError('impact.upload_committed', {});
    await audit(tx, {
      action: 'impact.readings_imported',
      entityType: 'impact_upload',
      entityId: id,
      summary: { siteId: upload.siteId, filename: upload.filename, readings: report.readings, stored: report.stored, duplicates: report.duplicates, conflicts: report.conflicts, meters: targets.map((t) => t.meter.id) },
    });
    return { ...report, committed: true };
  });
}
