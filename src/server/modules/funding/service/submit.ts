/**
 * Submission: an immutable, numbered snapshot of the application (answers, budget, consortium,
 * attachment hashes, the eligibility at that moment), and a receipt mailed to every partner.
 *
 * - **Deadline**: decided by the server clock at the moment the request reached the server (taken
 *   before authentication or any database work), never by the client's clock nor by how long the
 *   request then waits for connections or locks: before the deadline instant it is accepted, at or
 *   after it refused (DOMAIN.md section 3).
 * - **Exactly once**: the application row is locked for the transaction, so concurrent submissions
 *   of one application take turns and each gets the next number (a unique index on (application,
 *   version) backs it). The client sends an idempotency key per submit click: repeating it (a
 *   double click, a retry after a lost answer) returns the version already stored, even after the
 *   deadline, instead of creating another.
 * - A new submission before the deadline creates the next version; earlier ones stay as they were;
 *   the last one counts (`application.current_version`).
 */
import { INTL_TAG } from '../../../../shared/i18n/locales.js';
import type { Ctx } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/context.js';
import { audit } from '../../../platform/audit/audit.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { sendMail } from '../../../platform/mail/mailer.js';
import * as apps from '../repository/applications.js';
import { callDocs } from '../presenters.js';
import { assertChangeable, loadAsLead, type LoadedApplication } from './access.js';
import { completenessIssues } from './completeness.js';
import { evaluateApplication } from './eligibility.js';
import { buildSnapshot, snapshotHash } from './snapshot.js';

export interface SubmitResult {
  version: number;
  submittedAt: string;
  snapshotHash: string;
  /** True when this key had already been submitted: nothing new was stored. */
  replayed: boolean;
}

const resultOf = (v: apps.VersionRow, replayed: boolean): SubmitResult => ({ version: v.version, submittedAt: v.submittedAt.toISOString(), snapshotHash: v.snapshotHash, replayed });

async function mailReceipts(ctx: Ctx, loaded: LoadedApplication, app: apps.ApplicationRow, partners: readonly apps.PartnerRow[], version: apps.VersionRow): Promise<void> {
  const ids = new Set<string>();
  for (const p of partners) if (p.status === 'confirmed' && p.confirmedBy) ids.add(p.confirmedBy);
  if (app.createdBy) ids.add(app.createdBy);
  if (version.submittedBy) ids.add(version.submittedBy);
  const zone = loaded.call.deadlineZone ?? 'Europe/Madrid';
  for (const u of await apps.usersByIds(ctx.db, [...ids])) {
    if (u.status === 'disabled') continue;
    const at = new Intl.DateTimeFormat(INTL_TAG[u.locale], { dateStyle: 'long', timeStyle: 'long', timeZone: zone }).format(version.submittedAt);
    await sendMail(ctx, {
      to: u.email,
      locale: u.locale,
      template: 'fundingReceipt',
      params: {
        name: u.name,
        call: u.locale === 'es' ? loaded.call.titleEs : loaded.call.titleEn,
        reference: app.reference,
        acronym: app.acronym ?? app.reference,
        version: version.version,
        at,
        hash: version.snapshotHash,
      },
      action: { url: `${ctx.config.publicUrl}/funding/applications/${app.id}`, labelKey: 'mail:fundingReceipt.action' },
    });
  }
}

export async function submitApplication(ctx: Ctx, id: string, input: { idempotencyKey: string }): Promise<SubmitResult> {
  const receivedAt = ctx.receivedAt ?? ctx.clock.now();
  const loaded = await loadAsLead(ctx, id);
  const earlier = await apps.findVersionByKey(ctx.db, id, input.idempotencyKey);
  if (earlier) return resultOf(earlier, true);
  assertChangeable(ctx, loaded, receivedAt);
  return inTransaction(ctx, async (tx) => {
    const app = await apps.lockApplication(tx.db, id);
    if (!app) throw notFound('application', id);
    const again = await apps.findVersionByKey(tx.db, id, input.idempotencyKey);
    if (again) return resultOf(again, true);
    assertChangeable(tx, { app, call: loaded.call }, receivedAt);
    return storeVersion(tx, loaded, app, input.idempotencyKey, receivedAt);
  });
}

/** Checks completeness, evaluates eligibility, stores the next version and mails the receipts. */
async function storeVersion(tx: Ctx, loaded: LoadedApplication, app: apps.ApplicationRow, key: string, at: Date): Promise<SubmitResult> {
  const partners = await apps.partnersOf(tx.db, app.id);
  const attachments = await apps.attachmentsOf(tx.db, app.id);
  const docs = callDocs(loaded.call);
  const live = partners.filter((p) => p.status !== 'declined');
  const missing = completenessIssues({ app, partners: live, attachments, form: docs.form, activities: docs.activities, topics: docs.topics, deMinimisRequired: loaded.programme.deMinimis, partnerName: (p) => p.invitedEmail ?? p.id });
  if (missing.length) throw new AppError('funding.incomplete', { count: missing.length }, { issues: missing.map((m) => ({ path: m.path, code: m.code, params: m.params })) });
  const run = await evaluateApplication(tx, app, live, docs.rules, loaded.programme.id);
  const actor = tx.actor.kind === 'user' ? { id: tx.actor.id, name: tx.actor.name, email: tx.actor.email } : null;
  const number = app.currentVersion + 1;
  const snapshot = buildSnapshot({ version: number, submittedAt: at, submittedBy: actor, call: loaded.call, app, partners: live, facts: run.facts, attachments, form: docs.form, eligibility: run.result });
  const version = await apps.insertVersion(tx.db, { applicationId: app.id, version: number, submittedAt: at, submittedBy: actor?.id ?? null, snapshot, snapshotHash: snapshotHash(snapshot), idempotencyKey: key });
  await apps.updateApplication(tx.db, app.id, { status: 'submitted', currentVersion: number, submittedAt: at, updatedAt: at, eligibility: snapshot.eligibility });
  await mailReceipts(tx, loaded, app, live, version);
  await audit(tx, { action: 'funding.application_submitted', entityType: 'application', entityId: app.id, summary: { version: number, snapshotHash: version.snapshotHash, eligible: run.result.eligible } });
  return resultOf(version, false);
}
