import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { instant } from './columns.js';

/** Small key/value settings of the installation (e.g. the one-time setup token hash). */
export const systemSetting = pgTable('system_setting', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});
