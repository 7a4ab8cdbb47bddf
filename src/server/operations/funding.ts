/** `veta funding ...`: calls, exports of applications and the integrity check of submissions. */
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { staffListQuerySchema } from '../../shared/contracts/funding-applications.js';
import { listCalls } from '../modules/funding/service/calls.js';
import * as calls from '../modules/funding/repository/calls.js';
import { exportApplications } from '../modules/funding/service/staff.js';
import { verifySubmissions } from '../modules/funding/service/verify.js';
import { verifyDecisions } from '../modules/awards/index.js';
import { checkLedgers, printLedgerCheck } from './payments.js';
import { defineOperation } from './registry.js';

export const fundingCalls = defineOperation<Record<string, never>>({
  name: 'funding.calls',
  async run(ctx, _args, io) {
    const rows = await listCalls(ctx);
    if (rows.length === 0) io.out('No calls yet.');
    for (const c of rows) {
      const deadline = c.deadlineAt ? `${c.deadlineAt.replace('T', ' ').slice(0, 16)} UTC (${c.deadlineZone})` : 'no deadline';
      io.out(`${c.code.padEnd(14)} ${c.status.padEnd(10)} ${deadline.padEnd(44)} ${String(c.submitted).padStart(4)} submitted / ${c.applications} applications  ${c.titleEn}`);
    }
    return 0;
  },
});

const exportArgs = staffListQuerySchema.extend({ call: z.string().min(1), format: z.enum(['csv', 'xlsx']).default('csv'), out: z.string().min(1) });

export const fundingExport = defineOperation<z.input<typeof exportArgs>>({
  name: 'funding.export',
  async run(ctx, raw, io) {
    const { call: code, format, out, ...query } = exportArgs.parse(raw);
    const call = await calls.findCallByCode(ctx.db, code.toUpperCase());
    if (!call) {
      io.err(`No call with code ${code}.`);
      return 1;
    }
    const target = path.resolve(out);
    await pipeline(await exportApplications(ctx, call.id, query, format), createWriteStream(target));
    io.out(`Exported the applications of ${call.code} to ${target}`);
    return 0;
  },
});

export const fundingVerify = defineOperation<{ call?: string; json?: boolean }>({
  name: 'funding.verify',
  async run(ctx, args, io) {
    const call = args.call ? await calls.findCallByCode(ctx.db, args.call.toUpperCase()) : undefined;
    if (args.call && !call) {
      io.err(`No call with code ${args.call}.`);
      return 1;
    }
    const r = await verifySubmissions(ctx, call?.id);
    const ledger = await checkLedgers(ctx);
    const decisions = await verifyDecisions(ctx);
    const ok = r.problems.length === 0 && ledger.ok && decisions.problems.length === 0;
    if (args.json) {
      io.out(JSON.stringify({ ok, submissions: r, decisions, ledger }, null, 2));
      return ok ? 0 : 1;
    }
    printLedgerCheck(ledger, io);
    for (const p of decisions.problems) io.err(`${p.callCode}: decision ${p.problem} ${p.detail}`);
    io.out(`${decisions.decisions} frozen selection decision${decisions.decisions === 1 ? '' : 's'} checked: ${decisions.problems.length === 0 ? 'all intact.' : `${decisions.problems.length} problems.`}`);
    for (const p of r.problems) io.err(`${p.reference} v${p.version}: ${p.problem} ${p.detail}`);
    io.out(`${r.versions} submitted version${r.versions === 1 ? '' : 's'} and ${r.files} file${r.files === 1 ? '' : 's'} checked: ${r.problems.length === 0 ? 'all intact.' : `${r.problems.length} problems.`}`);
    return ok ? 0 : 1;
  },
});
