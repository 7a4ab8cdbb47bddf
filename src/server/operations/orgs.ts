/** `veta orgs import FILE [--dry-run]` and `veta orgs export`: the registry's CLI, same code as the API. */
import { createReadStream, createWriteStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { directoryFilterSchema } from '../../shared/contracts/organisations.js';
import { IMPORT_FIELDS, type ImportField } from '../../shared/contracts/organisation-records.js';
import { exportCsv, exportXlsx, runImport } from '../modules/organisations/index.js';
import { suggestMapping } from '../modules/organisations/service/import/mapping.js';
import { detectFormat, previewTable } from '../modules/organisations/service/import/read.js';
import { defineOperation } from './registry.js';

const importArgs = z.object({
  file: z.string().min(1),
  dryRun: z.boolean().default(false),
  /** `field=Header` pairs that override the suggested mapping. */
  map: z.array(z.string()).default([]),
});

function overrides(pairs: readonly string[]): Partial<Record<ImportField, string>> {
  const out: Partial<Record<ImportField, string>> = {};
  for (const pair of pairs) {
    const [field = '', ...rest] = pair.split('=');
    if (!(IMPORT_FIELDS as readonly string[]).includes(field)) throw new Error(`unknown field ${field} (fields: ${IMPORT_FIELDS.join(', ')})`);
    out[field as ImportField] = rest.join('=');
  }
  return out;
}

export const orgsImport = defineOperation<z.input<typeof importArgs>>({
  name: 'orgs.import',
  async run(ctx, raw, io) {
    const args = importArgs.parse(raw);
    const file = path.resolve(args.file);
    const open = () => createReadStream(file);
    const format = await detectFormat(open);
    const { headers } = await previewTable(open, format, 1);
    const mapping = { ...suggestMapping(headers), ...overrides(args.map) };
    io.out(`${format.toUpperCase()} file; columns: ${Object.entries(mapping).map(([f, h]) => `${h} -> ${f}`).join(', ')}`);
    const started = Date.now();
    const report = await runImport(ctx, { open, format, mapping, dryRun: args.dryRun });
    for (const p of report.problems) io.err(`row ${p.row}, ${p.field}: ${p.message}`);
    io.out(`${report.rows} rows, ${report.valid} valid, ${report.badRows} with problems (${report.problems.length} problems).`);
    if (report.committed) io.out(`Imported ${report.created} organisations in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    else io.out(report.dryRun ? 'Dry run: nothing was written.' : 'Nothing was imported: fix the problems and run again.');
    return report.problems.length > 0 ? 1 : 0;
  },
});

const exportArgs = directoryFilterSchema.extend({ format: z.enum(['csv', 'xlsx']).default('csv'), out: z.string().min(1) });

export const orgsExport = defineOperation<z.input<typeof exportArgs>>({
  name: 'orgs.export',
  async run(ctx, raw, io) {
    const { format, out, ...filter } = exportArgs.parse(raw);
    const target = path.resolve(out);
    await pipeline(format === 'csv' ? exportCsv(ctx, filter) : exportXlsx(ctx, filter), createWriteStream(target));
    io.out(`Exported to ${target}`);
    return 0;
  },
});
