/** The web's i18n: the shared catalogs through react-i18next; language from profile, then storage, then browser. */
import { initReactI18next } from 'react-i18next';
import { createI18n } from '../../shared/i18n/i18n';
import { INTL_TAG, isLocale, pickLocale, type Locale } from '../../shared/i18n/locales';
import { setApiLanguage } from '../api/client';

const STORAGE_KEY = 'veta.language';

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  return pickLocale(navigator.languages.join(','));
}

export const i18n = createI18n(initialLocale(), [initReactI18next]);
setApiLanguage(i18n.language);
document.documentElement.lang = i18n.language;

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'es';
}

export async function changeLanguage(locale: Locale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, locale);
  setApiLanguage(locale);
  document.documentElement.lang = locale;
  await i18n.changeLanguage(locale);
}

export function intlTag(locale: Locale = currentLocale()): string {
  return INTL_TAG[locale];
}
