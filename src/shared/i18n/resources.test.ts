import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
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

describe('message catalogs', () => {
  for (const ns of NAMESPACES) {
    it(`${ns}: the same keys in Spanish and English, every message valid ICU`, () => {
      const en = flatten(resources.en[ns] as Catalog);
      const es = flatten(resources.es[ns] as Catalog);
      expect([...es.keys()].filter((k) => !en.has(k)), 'only in Spanish').toEqual([]);
      expect([...en.keys()].filter((k) => !es.has(k)), 'only in English').toEqual([]);
      const invalid: string[] = [];
      for (const [lang, messages] of [['en', en], ['es', es]] as const) {
        for (const [key, text] of messages) {
          try {
            new IntlMessageFormat(text, lang, undefined, { ignoreTag: true });
          } catch {
            invalid.push(`${lang}:${key}`);
          }
        }
      }
      expect(invalid).toEqual([]);
    });
  }
});
