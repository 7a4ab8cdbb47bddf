/**
 * SEPA credit transfer initiation file (ISO 20022 `pain.001.001.03`) for a batch of approved
 * payments: one group header, one payment information block (one debtor account, one execution
 * date, service level SEPA, charges SLEV) and one transaction per payment.
 *
 * Validation collects every problem (IBAN mod 97 and SEPA country length, BIC format, EPC
 * identifiers, lengths, amounts 0.01..999,999,999.99 EUR, dates) and throws
 * `EngineInputError('sepa.invalid_input')`. Text is XML-escaped; with `charset: 'epc'` names and
 * remittance text are first converted to the EPC basic Latin set.
 */
import { duplicateIssues, throwIfIssues, type Issue } from '../ranking/issues.js';
import { checkIban, isValidBic } from './iban.js';
import { formatCents, isSepaId, SEPA_LIMITS, toEpcText } from './sepa-text.js';
import { el, hasInvalidXmlChar, renderXmlDocument, textEl, type XmlElement } from './xml.js';

/** The account holder paying the batch. */
export interface SepaDebtor {
  readonly name: string;
  readonly iban: string;
  /** BIC of the debtor's bank; `NOTPROVIDED` is written when absent. */
  readonly bic?: string;
}

/** One credit transfer (one approved payment). */
export interface SepaTransfer {
  /** Unique per batch, passed to the creditor (e.g. the payment id). */
  readonly endToEndId: string;
  readonly amountCents: number;
  readonly creditorName: string;
  readonly creditorIban: string;
  readonly creditorBic?: string;
  /** Unstructured remittance information (max 140 characters); omitted when empty. */
  readonly remittance: string;
}

/** A batch to write. */
export interface SepaBatch {
  /** Unique message id, 1-35 EPC characters. */
  readonly messageId: string;
  /** Defaults to `messageId`. */
  readonly paymentInfoId?: string;
  /** Creation time, ISO 8601 date-time, e.g. `2024-05-02T10:30:00+02:00`. */
  readonly createdAt: string;
  /** Requested execution date `YYYY-MM-DD`. */
  readonly executionDate: string;
  readonly debtor: SepaDebtor;
  /** Defaults to the debtor name. */
  readonly initiatingPartyName?: string;
  readonly batchBooking?: boolean;
  /** `utf8` (default) keeps names as written; `epc` converts them to the EPC basic set. */
  readonly charset?: 'utf8' | 'epc';
  readonly transfers: readonly SepaTransfer[];
}

/** The file and its control figures. */
export interface SepaFile {
  readonly xml: string;
  readonly numberOfTransactions: number;
  readonly controlSumCents: number;
  /** Control sum as written in the file, e.g. `1234.56`. */
  readonly controlSum: string;
}

/** Namespace of pain.001.001.03. */
export const PAIN_001_001_03 = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.03';

const MAX_AMOUNT_CENTS = 99_999_999_999;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})?$/;

function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

function textIssues(value: string, max: number, path: string, required: boolean): Issue[] {
  if (typeof value !== 'string') return [{ path, code: 'sepa.text_missing' }];
  if (required && value.trim() === '') return [{ path, code: 'sepa.text_missing' }];
  if (value.length > max) return [{ path, code: 'sepa.text_too_long', params: { max, length: value.length } }];
  return hasInvalidXmlChar(value) || /[\r\n\t]/.test(value) ? [{ path, code: 'sepa.text_invalid_char' }] : [];
}

function accountIssues(iban: string, bic: string | undefined, paths: { iban: string; bic: string }): Issue[] {
  const issues: Issue[] = [];
  const check = checkIban(typeof iban === 'string' ? iban : '');
  if (!check.valid) issues.push({ path: paths.iban, code: check.code });
  if (bic !== undefined && !isValidBic(bic)) issues.push({ path: paths.bic, code: 'sepa.bic_invalid' });
  return issues;
}

type TextMap = (s: string) => string;

function textMap(b: SepaBatch): TextMap {
  return b.charset === 'epc' ? (s) => (typeof s === 'string' ? toEpcText(s) : s) : (s) => s;
}

function transferIssues(t: SepaTransfer, i: number, text: TextMap): Issue[] {
  const path = `transfers[${i}]`;
  const issues = [
    ...textIssues(text(t.creditorName), SEPA_LIMITS.name, `${path}.creditorName`, true),
    ...textIssues(text(t.remittance), SEPA_LIMITS.remittance, `${path}.remittance`, false),
    ...accountIssues(t.creditorIban, t.creditorBic, { iban: `${path}.creditorIban`, bic: `${path}.creditorBic` }),
  ];
  if (!isSepaId(t.endToEndId)) issues.push({ path: `${path}.endToEndId`, code: 'sepa.id_invalid' });
  if (!Number.isSafeInteger(t.amountCents) || t.amountCents < 1 || t.amountCents > MAX_AMOUNT_CENTS) {
    issues.push({ path: `${path}.amountCents`, code: 'sepa.amount_invalid' });
  }
  return issues;
}

/** Every problem in a batch (empty when valid). */
export function validateSepaBatch(b: SepaBatch): Issue[] {
  const text = textMap(b);
  const issues: Issue[] = [
    ...textIssues(text(b.debtor.name), SEPA_LIMITS.name, 'debtor.name', true),
    ...accountIssues(b.debtor.iban, b.debtor.bic, { iban: 'debtor.iban', bic: 'debtor.bic' }),
    ...textIssues(text(b.initiatingPartyName ?? b.debtor.name), SEPA_LIMITS.name, 'initiatingPartyName', true),
    ...b.transfers.flatMap((t, i) => transferIssues(t, i, text)),
    ...duplicateIssues(b.transfers, (t) => t.endToEndId, (i) => `transfers[${i}].endToEndId`, 'sepa.id_duplicate'),
  ];
  if (!isSepaId(b.messageId)) issues.push({ path: 'messageId', code: 'sepa.id_invalid' });
  if (b.paymentInfoId !== undefined && !isSepaId(b.paymentInfoId)) issues.push({ path: 'paymentInfoId', code: 'sepa.id_invalid' });
  if (!DATE_TIME.test(b.createdAt) || Number.isNaN(Date.parse(b.createdAt))) issues.push({ path: 'createdAt', code: 'sepa.date_invalid' });
  if (!isIsoDate(b.executionDate)) issues.push({ path: 'executionDate', code: 'sepa.date_invalid' });
  if (b.transfers.length === 0) issues.push({ path: 'transfers', code: 'sepa.transfers_empty' });
  return issues;
}

function agent(bic: string | undefined): XmlElement {
  const id = bic === undefined ? el('Othr', [textEl('Id', 'NOTPROVIDED')]) : textEl('BIC', bic);
  return el('FinInstnId', [id]);
}

function account(iban: string): XmlElement {
  const check = checkIban(iban);
  return el('Id', [textEl('IBAN', check.valid ? check.iban : iban)]);
}

function transaction(t: SepaTransfer, text: TextMap): XmlElement {
  return el('CdtTrfTxInf', [
    el('PmtId', [textEl('EndToEndId', t.endToEndId)]),
    el('Amt', [textEl('InstdAmt', formatCents(t.amountCents), { Ccy: 'EUR' })]),
    ...(t.creditorBic === undefined ? [] : [el('CdtrAgt', [agent(t.creditorBic)])]),
    el('Cdtr', [textEl('Nm', text(t.creditorName))]),
    el('CdtrAcct', [account(t.creditorIban)]),
    ...(text(t.remittance).trim() === '' ? [] : [el('RmtInf', [textEl('Ustrd', text(t.remittance))])]),
  ]);
}

function paymentInfo(b: SepaBatch, count: string, sum: string, text: TextMap): XmlElement {
  return el('PmtInf', [
    textEl('PmtInfId', b.paymentInfoId ?? b.messageId),
    textEl('PmtMtd', 'TRF'),
    ...(b.batchBooking === undefined ? [] : [textEl('BtchBookg', String(b.batchBooking))]),
    textEl('NbOfTxs', count),
    textEl('CtrlSum', sum),
    el('PmtTpInf', [el('SvcLvl', [textEl('Cd', 'SEPA')])]),
    textEl('ReqdExctnDt', b.executionDate),
    el('Dbtr', [textEl('Nm', text(b.debtor.name))]),
    el('DbtrAcct', [account(b.debtor.iban)]),
    el('DbtrAgt', [agent(b.debtor.bic)]),
    textEl('ChrgBr', 'SLEV'),
    ...b.transfers.map((t) => transaction(t, text)),
  ]);
}

/** Builds the pain.001.001.03 file for a batch; throws `EngineInputError` listing every problem. */
export function buildSepaCreditTransfer(batch: SepaBatch): SepaFile {
  const issues = validateSepaBatch(batch);
  const controlSumCents = batch.transfers.reduce((s, t) => s + (Number.isSafeInteger(t.amountCents) ? t.amountCents : 0), 0);
  if (!Number.isSafeInteger(controlSumCents)) issues.push({ path: 'transfers', code: 'sepa.amount_overflow' });
  throwIfIssues('sepa.invalid_input', issues);
  const text = textMap(batch);
  const count = String(batch.transfers.length);
  const sum = formatCents(controlSumCents);
  const header = el('GrpHdr', [
    textEl('MsgId', batch.messageId),
    textEl('CreDtTm', batch.createdAt),
    textEl('NbOfTxs', count),
    textEl('CtrlSum', sum),
    el('InitgPty', [textEl('Nm', text(batch.initiatingPartyName ?? batch.debtor.name))]),
  ]);
  const root = el('Document', [el('CstmrCdtTrfInitn', [header, paymentInfo(batch, count, sum, text)])], {
    xmlns: PAIN_001_001_03,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
  });
  return { xml: renderXmlDocument(root), numberOfTransactions: batch.transfers.length, controlSumCents, controlSum: sum };
}
