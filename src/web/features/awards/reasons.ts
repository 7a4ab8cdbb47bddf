/** The selection engine's reasons as sentences in the interface language (amounts formatted). */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { AwardsReason } from './queries';

const MONEY_PARAMS = ['requestedCents', 'remainingCents', 'alreadyCents', 'capCents', 'inWindowCents', 'ceilingCents', 'amountCents'];

/** `criteria` names the criteria of `criterion_below` in the interface language. */
export function useReasonText(criteria: readonly { id: string; labelEs: string; labelEn: string }[] = []) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  return (r: AwardsReason, currency = 'EUR') => {
    const params: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(r.params)) params[k.replace(/Cents$/, '')] = MONEY_PARAMS.includes(k) && typeof v === 'number' ? f.money(v, currency) : v;
    if (typeof r.params.windowStart === 'string') params.windowStart = f.date(r.params.windowStart);
    const criterion = criteria.find((c) => c.id === r.params.criterion);
    if (criterion) params.criterion = i18n.language === 'en' ? criterion.labelEn : criterion.labelEs;
    return t(`awards:reason.${r.code}`, params);
  };
}
