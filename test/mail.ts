/** Reading the mails a test caused (the outbox): the latest to an address, the token in a link. */
import { desc, eq } from 'drizzle-orm';
import { mailMessage } from '../src/server/platform/mail/schema.js';
import type { TestEnv } from './harness.js';

export async function mailsTo(env: TestEnv, to: string) {
  return env.platform.database.db.select().from(mailMessage).where(eq(mailMessage.to, to)).orderBy(desc(mailMessage.createdAt));
}

export async function lastMailTo(env: TestEnv, to: string) {
  const [m] = await mailsTo(env, to);
  if (!m) throw new Error(`no mail to ${to}`);
  return m;
}

/** The `token=` value of the first link in a mail's text. */
export function tokenFrom(text: string): string {
  const m = /token=([\w-]+)/.exec(text);
  if (!m?.[1]) throw new Error('no token in mail');
  return m[1];
}
