/**
 * CSV import of experts, all or nothing: every row is checked first (fields, duplicate e-mails in
 * the file or already in Veta); with any error nothing is imported and the report says, row by row,
 * what to fix. Columns (header names, `,` or `;` separated, lists separated by `|`): email, name,
 * locale, organisation, tax_id (an organisation of the registry with this tax id is linked),
 * country, languages, topics, keywords, min_load, max_load.
 */
import { parse } from 'csv-parse/sync';
import type { ExpertImportReport, ExpertInput } from '../../../../shared/contracts/evaluation-pool.js';
import { expertInputSchema } from '../../../../shared/contracts/evaluation-pool.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError } from '../../../platform/http/errors.js';
import { issueMessage } from '../../../platform/http/validation-messages.js';
import { findUserByEmail } from '../../identity/index.js';
import { findOrganisationByTaxId } from '../../organisations/index.js';
import { createExpert } from './experts.js';

export const IMPORT_COLUMNS = ['email', 'name', 'locale', 'organisation', 'tax_id', 'country', 'languages', 'topics', 'keywords', 'min_load', 'max_load'] as const;
export const MAX_IMPORT_BYTES = 1024 * 1024;

type Row = Partial<Record<(typeof IMPORT_COLUMNS)[number], string>>;
type RowReport = ExpertImportReport['rows'][number];

const list = (v: string | undefined) => (v ?? '').split('|').map((s) => s.trim()).filter(Boolean);
const int = (v: string | undefined, fallback: number) => (v?.trim() ? Number(v.trim()) : fallback);

function readRows(csv: Buffer): Row[] {
  const text = csv.toString('utf8').replace(/^\uFEFF/, '');
  const delimiter = (text.split('\n')[0] ?? '').includes(';') ? ';' : ',';
  try {
    return parse(text, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), delimiter, skip_empty_lines: true, trim: true }) as Row[];
  } catch {
    throw new AppError('evaluation.import_invalid', {}, { issues: [{ path: 'file', code: 'evaluation:import.unreadable' }] });
  }
}

async function toInput(ctx: Ctx, r: Row): Promise<unknown> {
  const org = r.tax_id ? await findOrganisationByTaxId(ctx.db, r.tax_id.toUpperCase().replace(/[^A-Z0-9]/g, '')) : undefined;
  return {
    email: r.email ?? '',
    name: r.name ?? '',
    locale: r.locale?.toLowerCase() || 'es',
    organisationId: org?.id ?? null,
    organisationName: r.organisation || org?.legalName || null,
    taxId: r.tax_id || null,
    country: r.country || null,
    languages: list(r.languages),
    topics: list(r.topics),
    keywords: list(r.keywords),
    minLoad: int(r.min_load, 0),
    maxLoad: int(r.max_load, 6),
    relations: [],
  };
}

/** Checks every row; imports them all in one transaction only when none has an error. */
export async function importExperts(ctx: Ctx, csv: Buffer): Promise<ExpertImportReport> {
  const rows = readRows(csv);
  const seen = new Set<string>();
  const reports: RowReport[] = [];
  const inputs: ExpertInput[] = [];
  for (const [i, r] of rows.entries()) {
    const parsed = expertInputSchema.safeParse(await toInput(ctx, r));
    const errors: RowReport['errors'] = [];
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.');
        const code = issue.message.includes(':') ? issue.message : issue.code;
        errors.push({ field, code, message: issueMessage(ctx.t, { path: field, code, params: { ...issue, raw: issue.message } as Record<string, unknown> }) });
      }
    } else {
      const email = parsed.data.email;
      if (seen.has(email) || (await findUserByEmail(ctx.db, email))) errors.push({ field: 'email', code: 'errors:identity.email_taken', message: ctx.t('errors:identity.email_taken', { email }) });
      seen.add(email);
      inputs.push(parsed.data);
    }
    reports.push({ row: i + 2, email: r.email ?? '', ok: errors.length === 0, errors });
  }
  if (reports.some((r) => !r.ok) || rows.length === 0) return { imported: 0, rows: reports };
  await inTransaction(ctx, async (tx) => {
    for (const input of inputs) await createExpert(tx, input);
  });
  return { imported: inputs.length, rows: reports };
}
