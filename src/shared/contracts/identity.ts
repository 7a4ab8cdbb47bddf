/** Request and response shapes of the identity module (shared by server, web and CLI). */
import { z } from 'zod';
import { LOCALES } from '../i18n/locales.js';
import { ROLES } from '../roles.js';

export const localeSchema = z.enum(LOCALES);
export const roleSchema = z.enum(ROLES);
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));
/** At least 10 characters; the service also refuses the email itself and very common passwords. */
export const passwordSchema = z.string().min(10).max(200);

export const officeSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  city: z.string(),
  nutsCode: z.string().nullable(),
}).meta({ id: 'Office' });

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  locale: localeSchema,
  status: z.enum(['invited', 'active', 'disabled']),
  officeIds: z.array(z.uuid()),
  lastSignInAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
}).meta({ id: 'User' });

export const sessionResponseSchema = z.object({
  user: userSchema.nullable(),
  csrfToken: z.string().nullable(),
  setupNeeded: z.boolean(),
}).meta({ id: 'Session' });

export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });

export const inviteSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(2).max(120),
  role: roleSchema,
  officeIds: z.array(z.uuid()).default([]),
  locale: localeSchema.default('es'),
});

export const updateUserSchema = z.object({
  name: z.string().trim().min(2).max(120).optional(),
  role: roleSchema.optional(),
  officeIds: z.array(z.uuid()).optional(),
  status: z.enum(['active', 'disabled']).optional(),
});

export const tokenString = z.string().min(20).max(200);
export const acceptInviteSchema = z.object({ token: tokenString, password: passwordSchema, name: z.string().trim().min(2).max(120).optional() });
export const resetRequestSchema = z.object({ email: emailSchema });
/** Self-service registration (role `applicant`); the password is chosen on the mailed link's page. */
export const registerSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(2).max(120),
  locale: localeSchema.default('es'),
  /** A path of this site to continue to after verifying, e.g. `/calls/BI26`. */
  next: z.string().max(300).optional(),
});
export const verifyEmailSchema = z.object({ token: tokenString, password: passwordSchema });
export const resetConfirmSchema = z.object({ token: tokenString, password: passwordSchema });
export const setupSchema = z.object({
  token: tokenString,
  name: z.string().trim().min(2).max(120),
  email: emailSchema,
  password: passwordSchema,
  locale: localeSchema.default('es'),
});

export const profileSchema = z.object({ name: z.string().trim().min(2).max(120).optional(), locale: localeSchema.optional() });
export const changePasswordSchema = z.object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema });

export const apiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
}).meta({ id: 'ApiToken' });
export const createApiTokenSchema = z.object({ name: z.string().trim().min(2).max(80), expiresInDays: z.number().int().min(1).max(3650).optional() });

export const officeInputSchema = z.object({
  code: z.string().trim().toLowerCase().regex(/^[a-z0-9-]{2,32}$/),
  name: z.string().trim().min(2).max(120),
  city: z.string().trim().min(2).max(120),
  nutsCode: z.string().trim().toUpperCase().regex(/^[A-Z]{2}[0-9A-Z]{0,3}$/).nullable().default(null),
});

export type UserDto = z.infer<typeof userSchema>;
export type OfficeDto = z.infer<typeof officeSchema>;
