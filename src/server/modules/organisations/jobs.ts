/**
 * The fee reminder: every day, the primary (or billing) contact of each organisation with an
 * overdue fee gets a mail. A fee is mailed at most once in seven days, however often the job runs:
 * the fee row is claimed with a conditional update before the mail is written in the same
 * transaction.
 */
import { z } from 'zod';
import { translatorFor } from '../../../shared/i18n/i18n.js';
import { INTL_TAG } from '../../../shared/i18n/locales.js';
import { formatMoney } from '../../../shared/money.js';
import { audit } from '../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../platform/context.js';
import { defineJob, defineSchedule } from '../../platform/jobs/define.js';
import { sendMail } from '../../platform/mail/mailer.js';
import * as contacts from './repository/contacts.js';
import * as repo from './repository/membership.js';
import { today } from './service/dates.js';

export const REMINDER_INTERVAL_MS = 7 * 24 * 3_600_000;
const DAY_MS = 24 * 3_600_000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

async function remind(ctx: Ctx, fee: repo.FeeWithName, now: Date, todayDate: string): Promise<boolean> {
  const to = await contacts.reminderContact(ctx.db, fee.organisationId);
  if (!to?.email) return false;
  return inTransaction(ctx, async (tx) => {
    if (!(await repo.claimReminder(tx.db, fee.id, now, new Date(now.getTime() - REMINDER_INTERVAL_MS)))) return false;
    const tag = INTL_TAG[to.locale];
    const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${fee.dueOn}T00:00:00Z`));
    const mailId = await sendMail(tx, {
      to: to.email ?? '',
      locale: to.locale,
      template: 'orgsFeeReminder',
      params: {
        name: to.name,
        organisation: fee.organisationName,
        reference: fee.reference,
        year: fee.year,
        amount: formatMoney(fee.amountCents, tag),
        dueOn: date,
        days: daysBetween(fee.dueOn, todayDate),
        cluster: translatorFor(to.locale)('common:app.cluster'),
      },
    });
    await repo.insertReminder(tx.db, { feeId: fee.id, contactId: to.id, mailId, sentAt: now });
    await audit(tx, { action: 'orgs.fee_reminded', entityType: 'membership_fee', entityId: fee.id, summary: { reference: fee.reference, contactId: to.id } });
    return true;
  });
}

/** Mails every overdue fee not reminded in the last seven days; returns how many mails were written. */
export async function sendFeeReminders(ctx: Ctx): Promise<number> {
  const now = ctx.clock.now();
  const todayDate = today(ctx);
  const due = await repo.feesToRemind(ctx.db, todayDate, new Date(now.getTime() - REMINDER_INTERVAL_MS));
  let sent = 0;
  for (const fee of due) if (await remind(ctx, fee, now, todayDate)) sent++;
  if (sent > 0) ctx.logger.info({ sent }, 'fee reminders sent');
  return sent;
}

export const feeReminderJob = defineJob({
  id: 'orgs.fee_reminders',
  schema: z.object({}),
  async handler(ctx) {
    await sendFeeReminders(ctx);
  },
});

export const feeReminderSchedule = defineSchedule({ id: 'orgs.fee_reminders.daily', everyMs: DAY_MS, job: feeReminderJob, payload: {} });
