/**
 * Imports organisations from CSV or XLSX: a first streamed pass checks every row (required fields,
 * tax ids, provinces, vocabularies, duplicates in the file and in the registry) and reports every
 * problem; only a file without problems is written, in one transaction: all rows or none. The
 * checked rows are spooled to a temporary file as JSON lines, so the second pass neither parses the
 * spreadsheet again nor holds the rows in memory.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { ImportField, ImportReport } from '../../../../../shared/contracts/organisation-records.js';
import { audit } from '../../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../../platform/context.js';
import { newId } from '../../../../platform/db/columns.js';
import type { FieldIssue } from '../../../../platform/http/errors.js';
import { issueMessage } from '../../../../platform/http/validation-messages.js';
import { listOffices } from '../../../identity/index.js';
import { searchFields } from '../../derive.js';
import * as orgs from '../../repository/organisations.js';
import { today } from '../dates.js';
import { bulkInsert, suspendSearchIndexes } from '../../repository/bulk.js';
import { contact, membershipEvent, organisation, organisationMaterial, site } from '../../schema.js';
import { mapRow } from './mapping.js';
import { readTable, type Opener, type TableFormat } from './read.js';
import { buildVocabulary, validateRow, type ImportedRow, type Vocabulary } from './validate.js';

export interface ImportOptions {
  open: Opener;
  format: TableFormat;
  mapping: Partial<Record<ImportField, string>>;
  dryRun: boolean;
}

const BATCH = 1000;
/** From this many rows, the search indexes are dropped and built again at the end (much faster than row by row). */
const REBUILD_INDEXES_FROM = 5000;

interface Prepared {
  words: Vocabulary;
  defaultOfficeId: string | null;
  allowedOffices: Set<string> | null;
}

async function prepare(ctx: Ctx): Promise<Prepared> {
  const offices = await listOffices(ctx);
  const words = buildVocabulary(await orgs.allMaterialNames(ctx.db), offices);
  const staff = ctx.actor.kind === 'user' && ctx.actor.role === 'staff' ? ctx.actor.officeIds : null;
  return { words, defaultOfficeId: staff?.[0] ?? null, allowedOffices: staff ? new Set(staff) : null };
}

type Problem = ImportReport['problems'][number];

/** Pass 1: every problem of every row; the checked rows go to `spool` (one JSON line each) for pass 2. */
async function check(ctx: Ctx, opts: ImportOptions, prep: Prepared, spool: Writable): Promise<{ rows: number; problems: Problem[]; badRows: Set<number> }> {
  const problems: Problem[] = [];
  const badRows = new Set<number>();
  const firstRowOf = new Map<string, number>();
  let pending: { taxId: string; row: number }[] = [];
  let rows = 0;
  const report = (row: number, issue: FieldIssue) => {
    badRows.add(row);
    const value = issue.params?.value;
    problems.push({ row, field: issue.path, code: issue.code, message: issueMessage(ctx.t, issue), ...(typeof value === 'string' ? { value } : {}) });
  };
  const flush = async () => {
    const taken = await orgs.existingTaxIds(ctx.db, pending.map((p) => p.taxId));
    for (const p of pending) if (taken.has(p.taxId)) report(p.row, { path: 'taxId', code: 'errors:orgs.tax_id_exists', params: { value: p.taxId } });
    pending = [];
  };
  for await (const { index, values } of readTable(opts.open, opts.format)) {
    rows = index;
    const { row, issues } = validateRow(mapRow(values, opts.mapping), prep.words, prep.defaultOfficeId);
    issues.forEach((i) => report(index, i));
    if (prep.allowedOffices && (!row.officeId || !prep.allowedOffices.has(row.officeId))) report(index, { path: 'office', code: 'errors:orgs.office_not_yours' });
    if (row.taxId) {
      const first = firstRowOf.get(row.taxId);
      if (first !== undefined) report(index, { path: 'taxId', code: 'errors:orgs.duplicate_in_file', params: { value: row.taxId, row: first } });
      else {
        firstRowOf.set(row.taxId, index);
        pending.push({ taxId: row.taxId, row: index });
      }
    }
    if (!opts.dryRun && badRows.size === 0 && !spool.write(`${JSON.stringify(row)}\n`)) await once(spool, 'drain');
    if (pending.length >= BATCH) await flush();
  }
  await flush();
  spool.end();
  await finished(spool);
  problems.sort((a, b) => a.row - b.row);
  return { rows, problems, badRows };
}

function recordsOf(rows: readonly ImportedRow[], todayDate: string) {
  const organisations: orgs.OrganisationInsert[] = [];
  const sites: orgs.SiteInsert[] = [];
  const materials: { organisationId: string; materialId: string }[] = [];
  const people: (typeof contact.$inferInsert)[] = [];
  const events: (typeof membershipEvent.$inferInsert)[] = [];
  for (const r of rows) {
    const id = newId();
    const site = r.site ? { ...r.site, id: newId(), organisationId: id, isHeadquarters: true } : null;
    const active = r.membershipStatus === 'active';
    const since = r.memberSince ?? (r.membershipStatus !== 'none' ? todayDate : null);
    organisations.push({
      id, legalName: r.legalName, tradeName: r.tradeName, kind: r.kind, country: r.country, taxId: r.taxId, taxIdKind: r.taxIdKind,
      website: r.website, descriptionEs: r.descriptionEs, descriptionEn: r.descriptionEn, officeId: r.officeId, naceCodes: r.naceCodes,
      stages: r.stages, publicProfile: r.publicProfile, membershipStatus: r.membershipStatus, membershipTier: r.tier,
      annualFeeCents: r.annualFeeCents, memberSince: active ? since : null,
      ...searchFields({ ...r, sites: site ? [site] : [] }),
    });
    if (site) sites.push(site);
    for (const materialId of r.materialIds) materials.push({ organisationId: id, materialId });
    if (r.contact) people.push({ id: newId(), organisationId: id, ...r.contact, isPrimary: true, role: 'other' });
    if (since) events.push({ id: newId(), organisationId: id, status: r.membershipStatus, tier: r.tier, effectiveOn: since, note: 'import' });
  }
  return { organisations, sites, materials, people, events };
}

async function writeBatch(ctx: Ctx, rows: ImportedRow[]): Promise<void> {
  const r = recordsOf(rows, today(ctx));
  await bulkInsert(ctx.db, organisation, r.organisations);
  await bulkInsert(ctx.db, site, r.sites);
  await bulkInsert(ctx.db, organisationMaterial, r.materials);
  await bulkInsert(ctx.db, contact, r.people);
  await bulkInsert(ctx.db, membershipEvent, r.events);
}

/** Pass 2: writes every checked row (read back from the spool) in one transaction. */
async function commit(ctx: Ctx, opts: ImportOptions, spoolFile: string, rows: number): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const rebuild = rows >= REBUILD_INDEXES_FROM ? await suspendSearchIndexes(tx.db) : undefined;
    let batch: ImportedRow[] = [];
    let created = 0;
    for await (const line of createInterface({ input: createReadStream(spoolFile), crlfDelay: Infinity })) {
      batch.push(JSON.parse(line) as ImportedRow);
      if (batch.length >= BATCH) {
        await writeBatch(tx, batch);
        created += batch.length;
        batch = [];
      }
    }
    await writeBatch(tx, batch);
    created += batch.length;
    await rebuild?.();
    await audit(tx, { action: 'orgs.imported', entityType: 'organisation', summary: { created, format: opts.format } });
    return created;
  });
}

export async function runImport(ctx: Ctx, opts: ImportOptions): Promise<ImportReport> {
  const prep = await prepare(ctx);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'veta-import-'));
  const spoolFile = path.join(dir, 'rows.ndjson');
  try {
    const checked = await check(ctx, opts, prep, createWriteStream(spoolFile));
    const base = { dryRun: opts.dryRun, rows: checked.rows, valid: checked.rows - checked.badRows.size, problems: checked.problems, badRows: checked.badRows.size };
    if (opts.dryRun || checked.problems.length > 0 || checked.rows === 0) return { ...base, committed: false, created: 0 };
    const created = await commit(ctx, opts, spoolFile, checked.rows);
    return { ...base, committed: true, created };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
