/**
 * Award letters: one row per person and kind of letter mailed (the application's creator and the
 * people who confirmed each partner): the decision letter, and the promotion letter of a reserve
 * promoted after a decline. Letters go out once; the applicant's panel knows what was communicated.
 */
import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, instant } from '../../../platform/db/columns.js';
import { mailMessage } from '../../../platform/mail/schema.js';
import { appUser } from '../../identity/schema.js';
import { application } from '../../funding/schema.js';
import { selectionDecision } from './core.js';

export const LETTER_KINDS = ['decision', 'promotion', 'decline'] as const;

export const awardLetter = pgTable(
  'award_letter',
  {
    id: idColumn(),
    decisionId: uuid('decision_id').notNull().references(() => selectionDecision.id),
    applicationId: uuid('application_id').notNull().references(() => application.id),
    userId: uuid('user_id').notNull().references(() => appUser.id),
    email: text('email').notNull(),
    kind: text('kind', { enum: LETTER_KINDS }).notNull().default('decision'),
    locale: text('locale', { enum: ['es', 'en'] }).notNull(),
    mailMessageId: uuid('mail_message_id').references(() => mailMessage.id),
    sentAt: instant('sent_at').notNull(),
    sentBy: uuid('sent_by').references(() => appUser.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('award_letter_recipient_idx').on(t.applicationId, t.userId, t.kind), index('award_letter_decision_idx').on(t.decisionId)],
);
