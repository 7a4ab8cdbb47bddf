/** pino loggers: JSON in production, pretty in development; secrets redacted. */
import type { FastifyBaseLogger } from 'fastify';
import { pino } from 'pino';
import type { Config } from './config.js';

/** The logger type shared by Fastify requests, jobs and the CLI. */
export type Logger = FastifyBaseLogger;

export function createLogger(config: Pick<Config, 'LOG_LEVEL' | 'NODE_ENV'>): Logger {
  return pino({
    level: config.LOG_LEVEL,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'password', '*.password', 'token', '*.token'],
      censor: '[redacted]',
    },
    ...(config.NODE_ENV === 'development'
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } }
      : {}),
  });
}

/** A logger that drops everything (tests, CLI internals). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
