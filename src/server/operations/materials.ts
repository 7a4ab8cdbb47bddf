/**
 * `veta materials import-eu-2023`: validates the four EU 2023 study tables (the shipped ones, or a
 * folder's) and stores them in one transaction; with any error nothing is stored and every problem
 * is listed. `veta materials report`: the classification check and the implied SI_EI report of the
 * current dataset.
 */
import path from 'node:path';
import { z } from 'zod';
import type { FileIssue } from '../../engines/criticality/index.js';
import { AppError } from '../platform/http/errors.js';
import type { Ctx } from '../platform/context.js';
import { importEu2023, materialsReport, parseEu2023, readEu2023Files } from '../modules/materials/index.js';
import { defineOperation, type OperationIo } from './registry.js';

const importArgs = z.object({ dir: z.string().optional(), dryRun: z.boolean().default(false), replace: z.boolean().default(false) });

function where(i: FileIssue): string {
  return `${i.file}${i.line === null ? '' : `:${i.line}`}${i.column === null ? '' : ` [${i.column}]`}`;
}

function printIssues(io: OperationIo, label: string, issues: readonly FileIssue[], write: (line: string) => void): void {
  if (issues.length === 0) return;
  io.out(`${label} (${issues.length}):`);
  for (const i of issues) write(`  ${where(i)}  ${i.code}  ${i.message}`);
}

async function runImport(ctx: Ctx, raw: z.input<typeof importArgs>, io: OperationIo): Promise<number> {
  const args = importArgs.parse(raw);
  const files = readEu2023Files(args.dir === undefined ? undefined : path.resolve(args.dir));
  const parsed = parseEu2023(files);
  printIssues(io, 'Warnings: quirks kept as published', parsed.warnings, io.out);
  printIssues(io, 'Errors', parsed.errors, io.err);
  if (parsed.errors.length > 0) {
    io.err('Nothing was imported.');
    return 1;
  }
  const materials = Object.keys(parsed.dataset?.materials ?? {}).length;
  if (args.dryRun) {
    io.out(`Dry run: the tables are valid (${materials} materials). Nothing was stored.`);
    return 0;
  }
  try {
    const report = await importEu2023(ctx, { files, dryRun: false, replace: args.replace });
    const counts = Object.entries(report.counts).map(([k, v]) => `${v} ${k}`).join(', ');
    io.out(`Imported the EU 2023 dataset (${counts}) as ${report.datasetId ?? '?'}.`);
    return 0;
  } catch (err) {
    if (err instanceof AppError && err.code === 'materials.dataset_exists') {
      io.err('The EU 2023 dataset is already loaded. Use --replace to load the tables again (entered parameters and scenarios stay).');
      return 1;
    }
    throw err;
  }
}

export const materialsImport = defineOperation<z.input<typeof importArgs>>({ name: 'materials.import-eu-2023', run: runImport });

export const materialsReportOp = defineOperation<Record<string, never>>({
  name: 'materials.report',
  async run(ctx, _args, io) {
    const r = await materialsReport(ctx).catch((err: unknown) => {
      if (err instanceof AppError && err.code === 'materials.no_dataset') return null;
      throw err;
    });
    if (r === null) {
      io.err('No assessment dataset is loaded yet: run `veta materials import-eu-2023` first.');
      return 1;
    }
    const c = r.check;
    io.out(`Dataset ${r.code} (assessment ${c.year}): ${c.assessed} materials with published SR and EI.`);
    io.out(`Pass SR >= 1.0 and EI >= 2.8: ${c.passing.length} - ${c.passing.join(', ')}`);
    io.out(`With the strategic ${c.addedAsStrategic.join(' and ')}: ${c.passing.length + c.addedAsStrategic.length}; the Act's Annex II lists ${c.actCritical.length}: ${c.matchesAct ? 'same materials' : 'DIFFERENT'}.`);
    if (!c.matchesAct) io.err(`Passing but not in the Act: ${c.passingNotInAct.join(', ') || '-'}; in the Act but not covered: ${c.actNotCovered.join(', ') || '-'}`);
    io.out('EI recomputed from end uses (before SI_EI) and the SI_EI the published EI implies:');
    for (const row of r.ei) {
      const fmt = (v: number | null, d: number) => (v === null ? '-' : v.toFixed(d));
      const note = row.status === 'compared' ? '' : row.status === 'no-end-use' ? '  (no end-use rows)' : '  (no published EI)';
      io.out(`  ${row.materialId.padEnd(20)} scaled ${fmt(row.scaled, 2).padStart(6)}  published ${fmt(row.published, 1).padStart(4)}  implied SI_EI ${fmt(row.impliedSiEi, 3).padStart(6)}${note}`);
    }
    return c.matchesAct ? 0 : 2;
  },
});
