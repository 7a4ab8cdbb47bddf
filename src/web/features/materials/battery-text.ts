/**
 * The Battery Regulation targets are shipped in English (the hand-compiled legal table); this maps
 * their provisions, metrics and battery categories to translated labels, keeping the English text
 * for anything not recognised.
 */
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useMaterialName } from './queries';

type Target = Schemas['BatteryTarget'];

const PROVISIONS: [RegExp, string][] = [
  [/^Art\. 8 recycled content \(stage 1\)$/, 'recycledContent1'],
  [/^Art\. 8 recycled content \(stage 2\)$/, 'recycledContent2'],
  [/^Annex XII recovery of materials$/, 'recovery'],
  [/^Annex XII recycling efficiency$/, 'efficiency'],
  [/^Art\. 77 battery passport$/, 'passport'],
  [/^collection target$/, 'collection'],
];
const METRICS: Record<string, string> = {
  'min share recovered from waste in active materials': 'recycledActive',
  'min share recovered from waste': 'recycled',
  'min material recovery': 'recovery',
  'min recycling efficiency': 'efficiency',
  'min collection rate': 'collection',
  'electronic passport per individual battery': 'passport',
};
const CATEGORIES: Record<string, string> = {
  'lead-acid batteries': 'leadAcid',
  'lithium-based batteries': 'lithium',
  'nickel-cadmium batteries': 'nicd',
  'other batteries': 'other',
  'LMT batteries, industrial batteries >2 kWh, EV batteries': 'passportScope',
  'waste portable batteries': 'portable',
  'waste LMT batteries': 'lmt',
};

export function useTargetText() {
  const { t } = useTranslation('materials');
  const name = useMaterialName();
  return {
    provision: (x: Target) => {
      const key = PROVISIONS.find(([re]) => re.test(x.provision))?.[1];
      return key ? t(`battery.provision.${key}`) : x.provision;
    },
    metric: (x: Target) => (METRICS[x.metric] ? t(`battery.metric.${METRICS[x.metric]}`) : x.metric),
    subject: (x: Target) => {
      if (x.materialIds.length > 1) return t('battery.each', { materials: x.materialIds.map((id) => name(id).toLocaleLowerCase()).join(', ') });
      if (x.materialIds.length === 1) return name(x.materialIds[0] ?? '');
      return CATEGORIES[x.materialOrCategory] ? t(`battery.category.${CATEGORIES[x.materialOrCategory]}`) : x.materialOrCategory;
    },
    requirement: (x: Target) => (x.requirement === 'required' ? t('battery.required') : (x.requirement ?? '')),
  };
}
