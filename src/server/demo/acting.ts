/**
 * How demo steps act as the cluster's people, at the dates things happened: a context with the
 * clock set to an instant, a context acting as a person, a person's actor by email, the token
 * of the last mail of a kind sent to someone (invitations are accepted through their links), and
 * a registry organisation by its legal name.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { UserActor } from '../platform/actor.js';
import type { Ctx } from '../platform/context.js';
import { mailMessage } from '../platform/mail/schema.js';
import { findUserByEmail } from '../modules/identity/index.js';
import { organisation } from '../modules/organisations/index.js';

export const at = (ctx: Ctx, instant: Date | string | number): Ctx => ({ ...ctx, clock: { now: () => new Date(instant) } });
export const as = (ctx: Ctx, actor: UserActor): Ctx => ({ ...ctx, actor, locale: actor.locale });

export async function actorByEmail(ctx: Ctx, email: string, officeIds: string[] = []): Promise<UserActor> {
  const u = await findUserByEmail(ctx.db, email);
  if (!u) throw new Error(`demo user ${email} is missing`);
  return { kind: 'user', id: u.id, email: u.email, name: u.name, role: u.role, locale: u.locale, officeIds };
}

export async function mailedToken(ctx: Ctx, email: string, template: string): Promise<string> {
  const [m] = await ctx.db.select({ text: mailMessage.text }).from(mailMessage).where(and(eq(mailMessage.to, email), eq(mailMessage.template, template))).orderBy(desc(mailMessage.id)).limit(1);
  const token = /token=([\w-]+)/.exec(m?.text ?? '')?.[1];
  if (!token) throw new Error(`no ${template} mail to ${email}`);
  return token;
}

/** The id of the registry organisation with this legal name, if there is one. */
export async function organisationIdByName(ctx: Ctx, legalName: string): Promise<string | undefined> {
  const [row] = await ctx.db.select({ id: organisation.id }).from(organisation).where(eq(organisation.legalName, legalName));
  return row?.id;
}
