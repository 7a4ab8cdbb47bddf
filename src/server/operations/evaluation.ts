/** `veta evaluation ...`: the assignment of evaluators to a call's applications, and the import of experts. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { runOptionsSchema, type ProposalDto } from '../../shared/contracts/evaluation-pool.js';
import * as data from '../modules/evaluation/repository/call-data.js';
import * as pool from '../modules/evaluation/repository/pool.js';
import { confirmRun } from '../modules/evaluation/service/assignments.js';
import { importExperts } from '../modules/evaluation/service/experts-import.js';
import { startRun } from '../modules/evaluation/service/runs.js';
import type { Ctx } from '../platform/context.js';
import { defineOperation, type OperationIo } from './registry.js';

const assignArgs = z.object({
  call: z.string().min(1),
  k: z.coerce.number().int().min(1).max(10).default(3),
  floor: z.coerce.number().min(0).optional(),
  maxFloor: z.boolean().optional(),
  confirm: z.boolean().optional(),
  json: z.boolean().optional(),
});

const fmt = (x: number) => x.toFixed(3);

async function printProposal(ctx: Ctx, callId: string, p: ProposalDto, io: OperationIo): Promise<void> {
  const apps = new Map((await data.submittedApplications(ctx.db, callId)).map((a) => [a.id, a.reference]));
  const names = new Map((await pool.expertsByIds(ctx.db, p.loads.map((l) => l.evaluatorId))).map((e) => [e.id, e.name]));
  if (p.status === 'infeasible') {
    io.err('No assignment meets every constraint:');
    for (const r of p.reasons) io.err(`  - ${r.message}${r.applicationIds.length ? ` [${r.applicationIds.map((id) => apps.get(id) ?? id).join(', ')}]` : ''}`);
    return;
  }
  io.out(`Total affinity: ${fmt(p.totalAffinity)} (${p.pairs.length} pairs${p.status === 'time_limit' ? ', time limit reached' : ''})`);
  if (p.fairness) io.out(`Highest feasible floor: ${p.fairness.highestFloor === null ? '-' : fmt(p.fairness.highestFloor)}; floor used: ${p.fairness.floor === null ? '-' : fmt(p.fairness.floor)}; total without floor: ${p.fairness.unconstrainedTotal === null ? '-' : fmt(p.fairness.unconstrainedTotal)}`);
  io.out('Loads:');
  for (const l of p.loads) io.out(`  ${(names.get(l.evaluatorId) ?? l.evaluatorId).padEnd(32)} ${String(l.load).padStart(3)}  (${l.minLoad}..${l.maxLoad})`);
  io.out('Weakest applications:');
  for (const c of p.coverage.slice(0, 5)) io.out(`  ${(apps.get(c.applicationId) ?? c.applicationId).padEnd(16)} total ${fmt(c.totalAffinity)}  weakest evaluator ${fmt(c.minAffinity)}`);
}

export const evaluationAssign = defineOperation<z.input<typeof assignArgs>>({
  name: 'evaluation.assign',
  async run(ctx, raw, io) {
    const args = assignArgs.parse(raw);
    const found = await data.findCallByCode(ctx.db, args.call.toUpperCase());
    if (!found) {
      io.err(`No call with code ${args.call}.`);
      return 1;
    }
    const fairness = args.floor !== undefined ? 'floor' : args.maxFloor ? 'max' : 'none';
    const options = runOptionsSchema.parse({ k: args.k, fairness, floor: args.floor ?? null });
    const run = await startRun(ctx, found.call.id, options, { inline: true });
    if (run.status === 'failed' || !run.result) {
      io.err(`The computation failed: ${run.error ?? 'unknown error'}`);
      return 1;
    }
    if (args.json) io.out(JSON.stringify(run, null, 2));
    else await printProposal(ctx, found.call.id, run.result, io);
    if (run.result.status === 'infeasible') return 2;
    if (args.confirm) {
      const rows = await confirmRun(ctx, run.id);
      if (!args.json) io.out(`Confirmed: ${rows.length} assignments written; evaluators notified.`);
    } else if (!args.json) io.out('Not written: run again with --confirm to write this assignment.');
    return 0;
  },
});

export const evaluationImportExperts = defineOperation<{ file: string }>({
  name: 'evaluation.experts.import',
  async run(ctx, args, io) {
    const report = await importExperts(ctx, await readFile(path.resolve(args.file)));
    for (const r of report.rows.filter((x) => !x.ok)) io.err(`row ${r.row} (${r.email}): ${r.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
    if (report.imported === 0) {
      io.err(report.rows.length === 0 ? 'The file has no rows.' : 'Nothing imported: fix the rows above and import the file again.');
      return 1;
    }
    io.out(`${report.imported} experts imported and invited.`);
    return 0;
  },
});
