/** Labels of funding in the interface language: the call's own lists (es/en), statuses, rule sentences. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRule } from '../../../shared/funding-rules';
import { useFormat } from '../../i18n/format';

type Labelled = { id: string; labelEs: string; labelEn: string };
type Named = { id: string; nameEs: string; nameEn: string };

export function useFundingLabels() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const en = i18n.language === 'en';
  return useMemo(() => {
    const pick = <T extends { [k: string]: unknown }>(o: T, es: keyof T, other: keyof T) => String((en ? o[other] : o[es]) ?? o[es] ?? '');
    const label = (o: Labelled) => pick(o, 'labelEs', 'labelEn');
    return {
      en,
      label,
      name: (o: Named) => pick(o, 'nameEs', 'nameEn'),
      title: (o: { titleEs: string; titleEn: string }) => pick(o, 'titleEs', 'titleEn'),
      text: (es: string | null | undefined, other: string | null | undefined) => (en ? (other ?? es) : (es ?? other)) ?? '',
      of: (list: readonly Labelled[], id: string) => {
        const found = list.find((x) => x.id === id);
        return found ? label(found) : id;
      },
      status: (s: string) => t(`funding:status.${s}`),
      callStatus: (s: string) => t(`funding:callStatus.${s}`),
      /** A rule result as a sentence, with partner names and the call's role and voucher labels. */
      rule: (r: { code: string; pass: boolean; partnerId?: string; params: Record<string, unknown> }, ctx: { names: Record<string, string>; roles: readonly Labelled[]; instruments: readonly Named[] }) =>
        describeRule(r, {
          t: (k, p) => t(k, p ?? {}),
          money: (c) => f.money(c),
          names: ctx.names,
          label: (kind, id) => {
            if (kind === 'role') {
              const role = ctx.roles.find((r2) => r2.id === id);
              const text = role ? label(role) : id;
              return text.charAt(0).toLocaleLowerCase() + text.slice(1);
            }
            if (kind === 'instrument') return ctx.instruments.find((i) => i.id === id) ? pick(ctx.instruments.find((i) => i.id === id)!, 'nameEs', 'nameEn') : id;
            if (kind === 'stage') return t(`orgs:stage.${id}`);
            if (kind === 'sme') return id === 'unknown' ? t('funding:rules.unknownSize') : t(`orgs:size.${id}`).toLowerCase();
            return t(`funding:membership.${id}`);
          },
        }),
    };
  }, [en, t, f]);
}

export const statusColor: Record<string, string> = { draft: 'gray', submitted: 'teal', withdrawn: 'orange', ineligible: 'red', published: 'teal', closed: 'gray' };
