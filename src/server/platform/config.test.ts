import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('runs on the embedded database with defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3000, databaseKind: 'pglite', autoMigrate: true, publicUrl: 'http://localhost:3000', secureCookies: false });
    expect(c.dataDir.endsWith('/data')).toBe(true);
  });

  it('switches to PostgreSQL with DATABASE_URL and does not auto-migrate by default', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://veta@db:5432/veta', PUBLIC_URL: 'https://veta.example.org/' });
    expect(c).toMatchObject({ databaseKind: 'postgres', autoMigrate: false, publicUrl: 'https://veta.example.org', secureCookies: true });
  });

  it('reports every problem at once', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', SMTP_URL: 'http://mail', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      for (const v of ['PORT', 'DATABASE_URL', 'SMTP_URL', 'LOG_LEVEL']) expect(problems).toContain(v);
    }
  });
});
