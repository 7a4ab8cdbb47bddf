import { boolean, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from '../../platform/db/columns.js';

/**
 * The materials catalogue: the CRMA critical and strategic lists, the EU study's other candidates and
 * the non-critical materials members work with. Catalogue rows are kept in step with
 * `src/shared/materials/` at every start; staff may add `custom` ones.
 */
export const material = pgTable('material', {
  id: text('id').primaryKey(),
  nameEn: text('name_en').notNull(),
  nameEs: text('name_es').notNull(),
  symbol: text('symbol'),
  group: text('group').notNull(),
  strategic: text('strategic', { enum: ['yes', 'partly', 'no'] }).notNull(),
  critical: boolean('critical').notNull(),
  batteryChain: boolean('battery_chain').notNull().default(false),
  memberOf: text('member_of'),
  source: text('source', { enum: ['catalogue', 'custom'] }).notNull().default('catalogue'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
