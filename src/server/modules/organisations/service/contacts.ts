/**
 * Contacts: people at an organisation, their consents (purpose, date, source), the export of
 * everything held about a person (GDPR Art. 15) and erasure (Art. 17): the contact row is kept,
 * anonymised, so that history (fee reminders, audit) stays consistent; consents and the mails this
 * module wrote to them are scrubbed; the audit trail records that it happened, never the data.
 */
import type { z } from 'zod';
import type { consentInputSchema, contactInputSchema } from '../../../../shared/contracts/organisation-records.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import * as orgs from '../repository/organisations.js';
import * as repo from '../repository/contacts.js';
import * as fees from '../repository/membership.js';
import { presentContact, iso } from '../presenters.js';
import { loadFor } from './access.js';

export type ContactInput = z.output<typeof contactInputSchema>;
export type ConsentInput = z.output<typeof consentInputSchema>;

/** Mail templates this module sends to contacts (scrubbed on erasure). */
export const CONTACT_MAIL_TEMPLATES = ['orgsFeeReminder'] as const;

export async function contactsWithConsents(ctx: Ctx, organisationId: string) {
  const contacts = await repo.contactsOf(ctx.db, organisationId);
  const consents = await repo.consentsOf(ctx.db, contacts.map((c) => c.id));
  return contacts.map((c) => presentContact(c, consents));
}

async function loadContact(ctx: Ctx, contactId: string, action: 'view' | 'manage_contacts'): Promise<repo.ContactRow> {
  const found = await repo.findContact(ctx.db, contactId);
  if (!found) throw notFound('contact', contactId);
  await loadFor(ctx, found.organisationId, action);
  return found;
}

function assertNotErased(c: repo.ContactRow): void {
  if (c.erasedAt) throw new AppError('orgs.contact_erased', {});
}

export async function addContact(ctx: Ctx, organisationId: string, input: ContactInput): Promise<repo.ContactRow> {
  await loadFor(ctx, organisationId, 'manage_contacts');
  return inTransaction(ctx, async (tx) => {
    const first = (await repo.contactsOf(tx.db, organisationId)).length === 0;
    if (input.isPrimary) await repo.clearPrimary(tx.db, organisationId);
    const row = await repo.insertContact(tx.db, { ...input, position: input.position ?? null, email: input.email ?? null, phone: input.phone ?? null, isPrimary: input.isPrimary || first, organisationId });
    await audit(tx, { action: 'orgs.contact_added', entityType: 'contact', entityId: row.id, summary: { organisationId, role: row.role } });
    return row;
  });
}

export async function updateContact(ctx: Ctx, contactId: string, input: ContactInput): Promise<repo.ContactRow> {
  const current = await loadContact(ctx, contactId, 'manage_contacts');
  assertNotErased(current);
  return inTransaction(ctx, async (tx) => {
    if (input.isPrimary) await repo.clearPrimary(tx.db, current.organisationId);
    const values = { ...input, position: input.position ?? null, email: input.email ?? null, phone: input.phone ?? null, updatedAt: tx.clock.now() };
    await repo.updateContact(tx.db, contactId, values);
    const changed = (Object.keys(input) as (keyof ContactInput)[]).filter((k) => current[k] !== values[k]);
    await audit(tx, { action: 'orgs.contact_updated', entityType: 'contact', entityId: contactId, summary: { fields: changed } });
    return { ...current, ...values };
  });
}

export async function recordConsent(ctx: Ctx, contactId: string, input: ConsentInput): Promise<repo.ConsentRow> {
  const current = await loadContact(ctx, contactId, 'manage_contacts');
  assertNotErased(current);
  return inTransaction(ctx, async (tx) => {
    const row = await repo.insertConsent(tx.db, { ...input, contactId, recordedBy: ctx.actor.kind === 'user' ? ctx.actor.id : null });
    await audit(tx, { action: 'orgs.consent_recorded', entityType: 'contact', entityId: contactId, summary: { purpose: input.purpose, granted: input.granted, givenOn: input.givenOn, source: input.source } });
    return row;
  });
}

/** Everything Veta holds about a contact, as one document. */
export async function exportContact(ctx: Ctx, contactId: string) {
  const c = await loadContact(ctx, contactId, 'manage_contacts');
  const org = await orgs.findOrganisation(ctx.db, c.organisationId);
  const consents = await repo.consentsOf(ctx.db, [c.id]);
  const mails = c.email ? await repo.mailsTo(ctx.db, c.email) : [];
  const history = await repo.auditTrail(ctx.db, c.id);
  await audit(ctx, { action: 'orgs.contact_exported', entityType: 'contact', entityId: contactId });
  return {
    exportedAt: ctx.clock.now().toISOString(),
    contact: presentContact(c, consents),
    organisation: { id: c.organisationId, legalName: org?.legalName ?? '' },
    feeReminders: (await fees.remindersOfContact(ctx.db, c.id)).map((r) => ({ feeReference: r.feeReference, sentAt: iso(r.sentAt) })),
    mails: mails.map((m) => ({ subject: m.subject, createdAt: iso(m.createdAt), status: m.status })),
    history: history.map((h) => ({ at: iso(h.at), action: h.action, actor: h.actor })),
  };
}

export const ERASED_NAME = '—';

/** Erases a contact: personal fields emptied, consents deleted, mails scrubbed; the row and audit stay. */
export async function eraseContact(ctx: Ctx, contactId: string): Promise<void> {
  const c = await loadContact(ctx, contactId, 'manage_contacts');
  assertNotErased(c);
  await inTransaction(ctx, async (tx) => {
    const consents = await repo.deleteConsents(tx.db, contactId);
    const mails = c.email ? await repo.scrubMails(tx.db, c.email, CONTACT_MAIL_TEMPLATES) : 0;
    await repo.updateContact(tx.db, contactId, { name: ERASED_NAME, position: null, email: null, phone: null, isPrimary: false, erasedAt: tx.clock.now(), updatedAt: tx.clock.now() });
    await audit(tx, { action: 'orgs.contact_erased', entityType: 'contact', entityId: contactId, summary: { organisationId: c.organisationId, consentsDeleted: consents, mailsScrubbed: mails } });
  });
}
