/** `veta payments export`: a programme's approved payments for the bank (CSV or SEPA pain.001). */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { formatCents } from '../../engines/ledger/index.js';
import { exportApproved, verifyLedgers, type LedgerCheck } from '../modules/payments/index.js';
import { findProgrammeByCode } from '../modules/payments/repository/projects.js';
import type { Ctx } from '../platform/context.js';
import { defineOperation, type OperationIo } from './registry.js';

const exportArgs = z.object({ programme: z.string().min(1), format: z.enum(['csv', 'sepa']).default('csv'), out: z.string().min(1) });

export const paymentsExport = defineOperation<z.input<typeof exportArgs>>({
  name: 'payments.export',
  async run(ctx, raw, io) {
    const { programme: code, format, out } = exportArgs.parse(raw);
    const programme = await findProgrammeByCode(ctx.db, code.toUpperCase());
    if (!programme) {
      io.err(`No programme with code ${code}.`);
      return 1;
    }
    const file = await exportApproved(ctx, programme.id, format);
    const target = path.resolve(out);
    await writeFile(target, file.body, 'utf8');
    io.out(`Exported ${file.count} approved payment${file.count === 1 ? '' : 's'} of ${programme.code} (${formatCents(file.totalCents)} EUR) to ${target}`);
    return 0;
  },
});

/** The ledger half of `veta funding verify`: per programme figures and every discrepancy. */
export async function checkLedgers(ctx: Ctx): Promise<LedgerCheck> {
  return verifyLedgers(ctx);
}

export function printLedgerCheck(check: LedgerCheck, io: OperationIo): void {
  for (const p of check.programmes) {
    const figures = [`awarded ${formatCents(p.awardedCents)}`, `paid ${formatCents(p.paidCents)}`, `scheduled ${formatCents(p.scheduledCents)}`, `approved ${formatCents(p.approvedCents)}`, `cancelled ${formatCents(p.cancelledCents)}`, `returned ${formatCents(p.returnedCents)}`];
    io.out(`${p.programmeCode.padEnd(14)} ${figures.join('  ')}  ${p.ok ? 'balanced' : `MISMATCH (difference ${p.differenceCents} cents)`}`);
  }
  for (const d of check.discrepancies) io.err(`${d.code} ${[d.programmeId, d.awardId, d.paymentId].filter(Boolean).join(' ')}${d.expectedCents === undefined ? '' : ` expected ${d.expectedCents} got ${d.actualCents}`}`);
  io.out(`${check.programmes.length} programme ledger${check.programmes.length === 1 ? '' : 's'} checked: ${check.ok ? 'all balanced to the cent.' : `${check.discrepancies.length} discrepancies.`}`);
}
