/**
 * The one i18n setup, shared by the server (errors, mails, exports) and the web: i18next with ICU
 * MessageFormat (plurals, select, numbers) over the catalogs in `locales/`. Keys are `ns:path.to.key`.
 */
import i18next, { type i18n as I18n, type Module } from 'i18next';
import { icuFormat } from './icu-format.js';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.js';
import { NAMESPACES, resources } from './resources.js';

/** A new, initialised i18next instance. `extra` adds plugins (the web adds react-i18next). */
export function createI18n(locale: Locale = DEFAULT_LOCALE, extra: Module[] = []): I18n {
  const instance = i18next.createInstance();
  instance.use(icuFormat());
  for (const plugin of extra) instance.use(plugin);
  void instance.init({
    lng: locale,
    fallbackLng: false,
    supportedLngs: [...LOCALES],
    ns: NAMESPACES,
    defaultNS: 'common',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export type Translate = (key: string, params?: Record<string, unknown>) => string;

let shared: I18n | undefined;

/** A translator for one language (server side; one shared instance). */
export function translatorFor(locale: Locale): Translate {
  shared ??= createI18n();
  const t = shared.getFixedT(locale);
  return (key, params) => t(key, params ?? {}) as string;
}

/** Whether a key exists in the given language. */
export function hasMessage(locale: Locale, key: string): boolean {
  shared ??= createI18n();
  return shared.exists(key, { lng: locale });
}
