/**
 * The only place that reads the environment. One zod schema, parsed once at start; every problem
 * is reported at once (see `formatConfigErrors`). `.env.example` documents each variable.
 */
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must start with postgres:// or postgresql://');

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  VETA_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  VETA_AUTO_MIGRATE: bool.optional(),
  PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\//.test(v), 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Veta <no-reply@veta.local>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: bool.default(false),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 14),
  BODY_LIMIT_MB: z.coerce.number().min(0.1).max(1024).default(2),
  UPLOAD_LIMIT_MB: z.coerce.number().min(1).max(2048).default(25),
  MQTT_URL: z
    .string()
    .refine((v) => /^(mqtts?|wss?|tcp):\/\//.test(v), 'must be an mqtt:// (or mqtts://, ws://) URL')
    .optional(),
  MQTT_EMBEDDED_PORT: z.coerce.number().int().min(0).max(65535).default(1884),
  /** First topic level of telemetry: `<prefix>/sites/<siteId>/meters/<meterCode>/readings`. */
  MQTT_TOPIC_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/, 'letters, digits, "-" and "_", levels separated by "/"')
    .default('veta'),
  S3_URL: z.string().url().optional(),
});

export type RawConfig = z.infer<typeof configSchema>;

export interface Config extends RawConfig {
  /** Absolute data directory. */
  dataDir: string;
  /** `pglite` when no DATABASE_URL is set, else `postgres`. */
  databaseKind: 'pglite' | 'postgres';
  autoMigrate: boolean;
  /** The URL people use to reach Veta (links in mails). */
  publicUrl: string;
  /** Whether cookies get the Secure flag (PUBLIC_URL is https). */
  secureCookies: boolean;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses an environment (default: `process.env`); throws ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  const raw = parsed.data;
  const databaseKind = raw.DATABASE_URL ? 'postgres' : 'pglite';
  const publicUrl = (raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`).replace(/\/$/, '');
  return {
    ...raw,
    dataDir: path.resolve(raw.VETA_DATA_DIR),
    databaseKind,
    autoMigrate: raw.VETA_AUTO_MIGRATE ?? databaseKind === 'pglite',
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
  };
}

/** The test and bench database URL for PostgreSQL runs, if any (read here so nothing else reads env). */
export function testDatabaseUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.VETA_TEST_DATABASE_URL || undefined;
}

/** An external MQTT broker for the telemetry integration test (CI: Mosquitto), if any. */
export function testMqttUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.VETA_TEST_MQTT_URL || undefined;
}

/** The settings the CLI needs before a full config: where the server is, and a token. */
export function cliEnv(env: Record<string, string | undefined> = process.env): { url?: string; token?: string } {
  return { url: env.VETA_URL || undefined, token: env.VETA_TOKEN || undefined };
}
