import { boolean, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, instant, updatedAt } from '../../platform/db/columns.js';
import { ROLES } from '../../../shared/roles.js';

/** What a mailed token is for: an invitation, a password reset, verifying a self-registered address. */
export const TOKEN_PURPOSES = ['invite', 'reset', 'verify'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];
/** Rate-limited requests per client address. */
export const ATTEMPT_KINDS = ['sign_in', 'reset', 'register'] as const;
export type AttemptKind = (typeof ATTEMPT_KINDS)[number];

export const office = pgTable('office', {
  id: idColumn(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  city: text('city').notNull(),
  nutsCode: text('nuts_code'),
  createdAt: createdAt(),
});

export const appUser = pgTable('app_user', {
  id: idColumn(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  locale: text('locale', { enum: ['es', 'en'] }).notNull().default('es'),
  status: text('status', { enum: ['invited', 'active', 'disabled'] }).notNull().default('invited'),
  passwordHash: text('password_hash'),
  lastSignInAt: instant('last_sign_in_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const userOffice = pgTable(
  'user_office',
  {
    userId: uuid('user_id').notNull().references(() => appUser.id, { onDelete: 'cascade' }),
    officeId: uuid('office_id').notNull().references(() => office.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.officeId] })],
);

export const session = pgTable(
  'session',
  {
    id: idColumn(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id').notNull().references(() => appUser.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
    lastSeenAt: instant('last_seen_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    revokedAt: instant('revoked_at'),
  },
  (t) => [index('session_user_idx').on(t.userId)],
);

/** Single-use tokens mailed to a person: invitation, password reset, email verification. Stored hashed. */
export const userToken = pgTable(
  'user_token',
  {
    id: idColumn(),
    userId: uuid('user_id').notNull().references(() => appUser.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: TOKEN_PURPOSES }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: instant('expires_at').notNull(),
    usedAt: instant('used_at'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('user_token_user_idx').on(t.userId)],
);

/** API tokens for the CLI and integrations (hashed; the secret is shown once). */
export const apiToken = pgTable(
  'api_token',
  {
    id: idColumn(),
    userId: uuid('user_id').notNull().references(() => appUser.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: createdAt(),
    lastUsedAt: instant('last_used_at'),
    expiresAt: instant('expires_at'),
    revokedAt: instant('revoked_at'),
  },
  (t) => [index('api_token_user_idx').on(t.userId)],
);

/** Sign-in and reset attempts per client address, for rate limiting across processes. */
export const authAttempt = pgTable(
  'auth_attempt',
  {
    id: idColumn(),
    ip: text('ip').notNull(),
    kind: text('kind', { enum: ATTEMPT_KINDS }).notNull(),
    success: boolean('success').notNull(),
    at: instant('at').notNull(),
  },
  (t) => [index('auth_attempt_ip_idx').on(t.ip, t.kind, t.at)],
);
