/** Dates, numbers and money in the interface language (Intl). Money arrives as integer cents. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { INTL_TAG, isLocale } from '../../shared/i18n/locales';

export function useFormat() {
  const { i18n } = useTranslation();
  const tag = INTL_TAG[isLocale(i18n.language) ? i18n.language : 'es'];
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
    const number = new Intl.NumberFormat(tag);
    const moneyFmt = (currency: string) => new Intl.NumberFormat(tag, { style: 'currency', currency });
    return {
      tag,
      date: (v: string | Date | null | undefined) => (v ? date.format(new Date(v)) : '—'),
      dateTime: (v: string | Date | null | undefined) => (v ? dateTime.format(new Date(v)) : '—'),
      number: (v: number | null | undefined, digits?: number) =>
        v === null || v === undefined ? '—' : digits === undefined ? number.format(v) : new Intl.NumberFormat(tag, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v),
      percent: (v: number | null | undefined, digits = 1) =>
        v === null || v === undefined ? '—' : new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v),
      /** Integer cents to a currency string; the division happens only for display. */
      money: (cents: number | null | undefined, currency = 'EUR') => (cents === null || cents === undefined ? '—' : moneyFmt(currency).format(cents / 100)),
      relative: (v: string | Date) => {
        const diff = (new Date(v).getTime() - Date.now()) / 1000;
        const rtf = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
        const abs = Math.abs(diff);
        if (abs < 60) return rtf.format(Math.round(diff), 'second');
        if (abs < 3600) return rtf.format(Math.round(diff / 60), 'minute');
        if (abs < 86400) return rtf.format(Math.round(diff / 3600), 'hour');
        return rtf.format(Math.round(diff / 86400), 'day');
      },
    };
  }, [tag]);
}
