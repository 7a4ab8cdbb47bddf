/**
 * Bank accounts. Each recipient organisation's people enter the account it is paid into (IBAN
 * checked by the ledger engine); finance verifies it before it can be exported. Changing an
 * account clears its verification. Each programme has the account it pays from (SEPA debtor).
 */
import { checkIban, isValidBic } from '../../../../engines/ledger/index.js';
import type { AccountDto } from '../../../../shared/contracts/payments.js';
import { actorId } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, forbidden, invalid, notFound, type FieldIssue } from '../../../platform/http/errors.js';
import { can } from '../policy.js';
import { presentAccount } from '../presenters.js';
import * as accounts from '../repository/accounts.js';
import * as projects from '../repository/projects.js';
import { myOrganisationIds } from './projects.js';

export interface AccountInput {
  iban: string;
  bic: string | null;
  holderName: string;
}

/** The account in electronic form, or every problem with it as field issues. */
export function checkAccount(input: AccountInput): { iban: string; bic: string | null; holderName: string } {
  const issues: FieldIssue[] = [];
  const iban = checkIban(input.iban);
  if (!iban.valid) issues.push({ path: 'iban', code: `payments:${iban.code}` });
  if (input.bic && !isValidBic(input.bic)) issues.push({ path: 'bic', code: 'payments:bic.invalid' });
  if (issues.length || !iban.valid) throw invalid(issues);
  return { iban: iban.iban, bic: input.bic, holderName: input.holderName };
}

const last4 = (iban: string) => `…${iban.slice(-4)}`;

/** Organisations the person acts for that receive money, with their accounts. */
export async function myAccounts(ctx: Ctx): Promise<AccountDto[]> {
  const mine = [...(await myOrganisationIds(ctx))];
  const awarded = new Map((await projects.activeAwards(ctx.db)).filter((a) => mine.includes(a.organisationId)).map((a) => [a.organisationId, a.organisationName]));
  const rows = new Map((await accounts.payeeAccounts(ctx.db, { organisationIds: [...awarded.keys()] })).map((r) => [r.account.organisationId, r.account]));
  return [...awarded].map(([id, name]) => presentAccount(id, name, rows.get(id)));
}

export async function setMyAccount(ctx: Ctx, organisationId: string, input: AccountInput): Promise<AccountDto[]> {
  if (!(await myOrganisationIds(ctx)).has(organisationId)) throw new AppError('payments.not_recipient', {});
  const clean = checkAccount(input);
  await inTransaction(ctx, async (tx) => {
    const row = await accounts.upsertPayeeAccount(tx.db, { organisationId, ...clean, enteredBy: actorId(tx.actor) }, tx.clock.now());
    await audit(tx, { action: 'payments.account_entered', entityType: 'payee_account', entityId: row.id, summary: { organisationId, iban: last4(clean.iban), bic: clean.bic } });
  });
  return myAccounts(ctx);
}

function assertFinance(ctx: Ctx): void {
  if (!can(ctx.actor, 'pay', { officeId: null })) throw forbidden('bank_accounts');
}

/** Every entered account (finance), optionally only those waiting for verification. */
export async function listAccounts(ctx: Ctx, query: { unverified?: boolean | undefined }): Promise<AccountDto[]> {
  if (!can(ctx.actor, 'view', { officeId: null })) throw forbidden('bank_accounts');
  const rows = await accounts.payeeAccounts(ctx.db, { unverifiedOnly: query.unverified === true });
  return rows.map((r) => presentAccount(r.account.organisationId, r.organisationName, r.account));
}

export async function verifyAccount(ctx: Ctx, id: string): Promise<AccountDto> {
  assertFinance(ctx);
  const row = await accounts.findPayeeAccount(ctx.db, id);
  if (!row) throw notFound('account', id);
  await inTransaction(ctx, async (tx) => {
    await accounts.verifyPayeeAccount(tx.db, id, actorId(tx.actor), tx.clock.now());
    await audit(tx, { action: 'payments.account_verified', entityType: 'payee_account', entityId: id, summary: { organisationId: row.organisationId, iban: last4(row.iban) } });
  });
  const [found] = (await accounts.payeeAccounts(ctx.db, { organisationIds: [row.organisationId] })).map((r) => presentAccount(r.account.organisationId, r.organisationName, r.account));
  return found!;
}

async function programmeFor(ctx: Ctx, programmeId: string) {
  const programme = await projects.findProgramme(ctx.db, programmeId);
  if (!programme) throw notFound('programme', programmeId);
  return programme;
}

export async function payerAccount(ctx: Ctx, programmeId: string) {
  await programmeFor(ctx, programmeId);
  if (!can(ctx.actor, 'view', { officeId: null })) throw forbidden('bank_accounts');
  const row = await accounts.findProgrammeAccount(ctx.db, programmeId);
  return { programmeId, iban: row?.iban ?? null, bic: row?.bic ?? null, holderName: row?.holderName ?? null };
}

export async function setPayerAccount(ctx: Ctx, programmeId: string, input: AccountInput) {
  await programmeFor(ctx, programmeId);
  assertFinance(ctx);
  const clean = checkAccount(input);
  await inTransaction(ctx, async (tx) => {
    await accounts.upsertProgrammeAccount(tx.db, { programmeId, ...clean, updatedBy: actorId(tx.actor) }, tx.clock.now());
    await audit(tx, { action: 'payments.payer_account_set', entityType: 'programme', entityId: programmeId, summary: { iban: last4(clean.iban), bic: clean.bic } });
  });
  return payerAccount(ctx, programmeId);
}
