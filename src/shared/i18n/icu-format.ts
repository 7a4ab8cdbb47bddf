/**
 * An i18next format plugin that reads every message as ICU MessageFormat (plurals, select, number
 * and date arguments) with `intl-messageformat`. Compiled messages are cached per language and key.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { Module } from 'i18next';

export function icuFormat(): Module & Record<string, unknown> {
  const cache = new Map<string, IntlMessageFormat>();
  return {
    type: 'i18nFormat',
    init() {
      cache.clear();
    },
    parse(res: unknown, options: Record<string, unknown>, lng: string, ns: string, key: string) {
      if (typeof res !== 'string') return res;
      const id = `${lng}|${ns}|${key}|${res}`;
      let fmt = cache.get(id);
      try {
        if (!fmt) {
          fmt = new IntlMessageFormat(res, lng, undefined, { ignoreTag: true });
          cache.set(id, fmt);
        }
        return fmt.format(options as Record<string, string | number | boolean | Date>);
      } catch {
        return res;
      }
    },
    addLookupKeys(finalKeys: string[]) {
      return finalKeys;
    },
  } as unknown as Module & Record<string, unknown>;
}
