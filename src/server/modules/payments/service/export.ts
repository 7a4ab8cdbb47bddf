/**
 * Bank exports of a programme's approved payments: a CSV for the bank and a SEPA credit transfer
 * file (pain.001, ledger engine). Every recipient needs a verified account; the programme needs
 * the account it pays from (for SEPA).
 */
import { stringify } from 'csv-stringify/sync';
import { buildSepaCreditTransfer, formatCents, toEpcText } from '../../../../engines/ledger/index.js';
import type { Ctx } from '../../../platform/context.js';
import { AppError, forbidden, notFound } from '../../../platform/http/errors.js';
import { can } from '../policy.js';
import * as accounts from '../repository/accounts.js';
import * as pay from '../repository/payments.js';
import * as projects from '../repository/projects.js';

export interface ExportFile {
  filename: string;
  contentType: string;
  body: string;
  count: number;
  totalCents: number;
}

export const CSV_COLUMNS = ['payment_id', 'project', 'recipient', 'holder', 'iban', 'bic', 'tranche', 'amount', 'currency', 'remittance'] as const;

async function approvedWithAccounts(ctx: Ctx, programmeId: string) {
  const programme = await projects.findProgramme(ctx.db, programmeId);
  if (!programme) throw notFound('programme', programmeId);
  if (!can(ctx.actor, 'pay', programme)) throw forbidden('export_payments');
  const lines = await pay.ledgerLines(ctx.db, { programmeId, states: ['approved'] });
  if (lines.length === 0) throw new AppError('payments.nothing_to_export', { programme: programme.code });
  const byOrg = new Map((await accounts.payeeAccounts(ctx.db, { organisationIds: [...new Set(lines.map((l) => l.payment.organisationId))] })).map((r) => [r.account.organisationId, r.account]));
  const missing = [...new Set(lines.filter((l) => !byOrg.get(l.payment.organisationId)?.verifiedAt).map((l) => l.organisationName))];
  if (missing.length) throw new AppError('payments.accounts_missing', { count: missing.length, names: missing.join(', ') });
  return { programme, lines: lines.map((l) => ({ ...l, account: byOrg.get(l.payment.organisationId)! })) };
}

const remittance = (l: { reference: string; payment: { labelEn: string } }) => `${l.reference} ${l.payment.labelEn}`.slice(0, 140);
const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').slice(0, 15);

export async function exportApproved(ctx: Ctx, programmeId: string, format: 'csv' | 'sepa'): Promise<ExportFile> {
  const { programme, lines } = await approvedWithAccounts(ctx, programmeId);
  const now = ctx.clock.now();
  const totalCents = lines.reduce((s, l) => s + l.payment.amountCents, 0);
  const base = `${programme.code}-payments-${stamp(now)}`;
  if (format === 'csv') {
    const rows = lines.map((l) => [l.payment.id, l.reference, l.organisationName, l.account.holderName, l.account.iban, l.account.bic ?? '', l.payment.labelEn, formatCents(l.payment.amountCents), 'EUR', remittance(l)]);
    return { filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', body: stringify([[...CSV_COLUMNS], ...rows]), count: lines.length, totalCents };
  }
  const payer = await accounts.findProgrammeAccount(ctx.db, programmeId);
  if (!payer) throw new AppError('payments.payer_account_missing', { programme: programme.code });
  const messageId = toEpcText(`VETA-${programme.code}-${stamp(now)}`).replace(/ /g, '').slice(0, 35);
  const file = buildSepaCreditTransfer({
    messageId,
    createdAt: now.toISOString().slice(0, 19),
    executionDate: now.toISOString().slice(0, 10),
    debtor: { name: payer.holderName, iban: payer.iban, ...(payer.bic ? { bic: payer.bic } : {}) },
    charset: 'epc',
    transfers: lines.map((l) => ({
      endToEndId: l.payment.id.replace(/-/g, '').slice(0, 35),
      amountCents: l.payment.amountCents,
      creditorName: l.account.holderName,
      creditorIban: l.account.iban,
      ...(l.account.bic ? { creditorBic: l.account.bic } : {}),
      remittance: remittance(l),
    })),
  });
  return { filename: `${base}.xml`, contentType: 'application/xml; charset=utf-8', body: file.xml, count: file.numberOfTransactions, totalCents: file.controlSumCents };
}
