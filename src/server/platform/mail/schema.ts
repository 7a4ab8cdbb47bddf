import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, instant } from '../db/columns.js';

/**
 * Every mail Veta writes. Without SMTP it stays here with status `outbox` for administrators to read;
 * with SMTP a job sends it (`queued` -> `sent` or `failed`).
 */
export const mailMessage = pgTable(
  'mail_message',
  {
    id: idColumn(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    template: text('template').notNull(),
    locale: text('locale').notNull(),
    status: text('status', { enum: ['outbox', 'queued', 'sent', 'failed'] }).notNull(),
    error: text('error'),
    createdAt: createdAt(),
    sentAt: instant('sent_at'),
  },
  (t) => [index('mail_message_to_idx').on(t.to), index('mail_message_created_idx').on(t.createdAt)],
);
