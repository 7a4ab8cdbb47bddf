import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasMessage } from '../../../shared/i18n/i18n.js';
import { LOCALES } from '../../../shared/i18n/locales.js';
import { errorStatus, registeredErrorCodes } from './errors.js';
import '../../modules/index.js';

const srcDir = path.resolve(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
  });
}

describe('error codes', () => {
  it('every registered code has a message in every language', () => {
    const missing = registeredErrorCodes().flatMap((code) => LOCALES.filter((l) => !hasMessage(l, `errors:${code}`)).map((l) => `${l}:${code}`));
    expect(missing).toEqual([]);
  });

  it('every code thrown in the server is registered with a status', () => {
    const thrown = new Set<string>();
    for (const file of sources(path.join(srcDir, 'server'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/new AppError\(\s*'([\w.]+)'/g)) if (m[1]) thrown.add(m[1]);
    }
    expect(thrown.size).toBeGreaterThan(10);
    expect([...thrown].filter((c) => errorStatus(c) === undefined)).toEqual([]);
  });
});
