/**
 * `sendMail(ctx, ...)` writes the mail to `mail_message` in the caller's transaction. Without SMTP it
 * stays in the outbox (administrators read it in the web interface); with SMTP_URL a job sends it.
 */
import { eq } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import { z } from 'zod';
import type { Locale } from '../../../shared/i18n/locales.js';
import type { Ctx } from '../context.js';
import { defineJob, enqueue } from '../jobs/define.js';
import { renderMail } from './render.js';
import { mailMessage } from './schema.js';

export interface MailRequest {
  to: string;
  locale: Locale;
  template: string;
  params?: Record<string, unknown>;
  action?: { url: string; labelKey: string };
}

export async function sendMail(ctx: Ctx, req: MailRequest): Promise<string> {
  const content = renderMail(req.locale, req.template, req.params ?? {}, req.action);
  const viaSmtp = Boolean(ctx.config.SMTP_URL);
  const [row] = await ctx.db
    .insert(mailMessage)
    .values({ to: req.to, ...content, template: req.template, locale: req.locale, status: viaSmtp ? 'queued' : 'outbox' })
    .returning({ id: mailMessage.id });
  if (!row) throw new Error('mail insert returned nothing');
  if (viaSmtp) await enqueue(ctx, sendMailJob, { id: row.id });
  return row.id;
}

const transports = new Map<string, Transporter>();

function transportFor(url: string): Transporter {
  let t = transports.get(url);
  if (!t) {
    t = nodemailer.createTransport(url);
    transports.set(url, t);
  }
  return t;
}

export const sendMailJob = defineJob({
  id: 'mail.send',
  schema: z.object({ id: z.string().uuid() }),
  maxAttempts: 8,
  async handler(ctx, { id }) {
    const [msg] = await ctx.db.select().from(mailMessage).where(eq(mailMessage.id, id));
    if (!msg || msg.status === 'sent' || !ctx.config.SMTP_URL) return;
    try {
      await transportFor(ctx.config.SMTP_URL).sendMail({
        from: ctx.config.MAIL_FROM,
        to: msg.to,
        subject: msg.subject,
        text: msg.text,
        html: msg.html,
      });
    } catch (err) {
      await ctx.db.update(mailMessage).set({ error: err instanceof Error ? err.message : String(err) }).where(eq(mailMessage.id, id));
      throw err;
    }
    await ctx.db.update(mailMessage).set({ status: 'sent', sentAt: ctx.clock.now(), error: null }).where(eq(mailMessage.id, id));
  },
});
