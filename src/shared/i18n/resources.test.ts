import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales.js';
import { NAMESPACES, resources, type Catalog } from './resources.js';

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(catalog)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** The ICU argument names a message uses (so both languages take the same parameters). */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  for (const m of message.matchAll(/\{\s*([a-zA-Z_][\w]*)\s*[,}]/g)) if (m[1]) names.add(m[1]);
  return [...names].sort();
}

describe('message catalogs', () => {
  for (const ns of NAMESPACES) {
    it(`${ns}: every key exists in every language with the same arguments`, () => {
      const [first, ...others] = LOCALES.map((l) => flatten((resources[l] as Record<string, Catalog>)[ns] ?? {}));
      for (const other of others) {
        expect([...other!.keys()].sort()).toEqual([...first!.keys()].sort());
        for (const [key, message] of first!) expect(argumentsOf(other!.get(key)!), `${ns}:${key}`).toEqual(argumentsOf(message));
      }
    });

    it(`${ns}: every message is valid ICU MessageFormat`, () => {
      for (const l of LOCALES) {
        for (const [key, message] of flatten((resources[l] as Record<string, Catalog>)[ns] ?? {})) {
          expect(() => new IntlMessageFormat(message, l, undefined, { ignoreTag: true }), `${l} ${ns}:${key}`).not.toThrow();
        }
      }
    });
  }
});
