/** `veta awards ...`: the selection of a call (preview, freeze) and its published results. */
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { AwardsSelection } from '../../shared/contracts/awards.js';
import { centsToDecimalString } from '../../shared/money.js';
import { freezeDecision, getSelection, publicResults } from '../modules/awards/index.js';
import { findCallByCode } from '../modules/awards/repository.js';
import { fstpReport } from '../modules/awards/service/fstp.js';
import { publicResultsCsv } from '../modules/awards/service/results.js';
import { defineOperation, type OperationIo } from './registry.js';

const eur = (cents: number) => `${centsToDecimalString(cents)} EUR`;

function printSelection(s: AwardsSelection, io: OperationIo): void {
  io.out(`${s.callCode}: ${s.decision ? `decision frozen ${s.decision.frozenAt} (sha256 ${s.decision.recordHash}${s.decision.intact ? '' : ', ALTERED'})` : 'preview (nothing stored)'}`);
  io.out(`Budget ${eur(s.budgetCents)}, committed ${eur(s.fundedCents)}${s.pendingCount ? `, ${s.pendingCount} without a final consensus report` : ''}`);
  for (const e of s.envelopes) io.out(`  envelope ${e.nutsPrefix} ${e.label}: ${eur(e.usedCents)} of ${eur(e.budgetCents)} (${eur(e.alreadyCommittedCents)} by earlier calls)`);
  for (const r of s.rows) {
    const decision = r.decision === 'reserve' ? `reserve #${r.reservePosition}` : r.decision;
    const why = r.decision === 'selected' ? eur(r.amountCents) : r.reasons.map((x) => `${x.code}${Object.keys(x.params).length ? ` ${JSON.stringify(x.params)}` : ''}`).join('; ');
    io.out(`${String(r.rank ?? '-').padStart(3)} ${r.reference.padEnd(14)} ${(r.acronym ?? '').padEnd(16)} ${decision.padEnd(12)} ${why}`);
  }
}

export const awardsSelect = defineOperation<{ call: string; freeze?: boolean; json?: boolean }>({
  name: 'awards.select',
  async run(ctx, args, io) {
    const call = await findCallByCode(ctx.db, args.call.toUpperCase());
    if (!call) {
      io.err(`No call with code ${args.call}.`);
      return 1;
    }
    const s = args.freeze ? await freezeDecision(ctx, call.id) : await getSelection(ctx, call.id);
    if (args.json) io.out(JSON.stringify(s, null, 2));
    else printSelection(s, io);
    return 0;
  },
});

export const awardsResults = defineOperation<{ call: string; csv?: string; xlsx?: string }>({
  name: 'awards.results',
  async run(ctx, args, io) {
    const call = await findCallByCode(ctx.db, args.call.toUpperCase());
    if (!call) {
      io.err(`No call with code ${args.call}.`);
      return 1;
    }
    const r = await publicResults(ctx, call.code);
    if (args.xlsx) {
      const target = path.resolve(args.xlsx);
      await pipeline(await fstpReport(ctx, call.id), createWriteStream(target));
      io.out(`Wrote the FSTP report of ${call.code} to ${target}`);
      return 0;
    }
    if (args.csv) {
      const target = path.resolve(args.csv);
      await pipeline(await publicResultsCsv(ctx, call.code), createWriteStream(target));
      io.out(`Wrote ${r.recipients.length} recipients of ${call.code} to ${target}`);
      return 0;
    }
    io.out(`${call.code}: ${r.recipients.length} recipients, ${eur(r.totalCents)}, decision of ${r.decisionDate}`);
    for (const x of r.recipients) io.out(`  ${x.legalName} (${x.country})  ${eur(x.amountCents)}  ${x.acronym ?? ''} ${x.title ?? ''}`);
    return 0;
  },
});
