/** Which inputs the method needs and the dataset lacks, grouped by kind, with the countries named. */
import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useCountryName } from './queries';

type MissingInput = Schemas['MissingInput'];

const ORDER: MissingInput['kind'][] = ['material', 'supplyShares', 'governance', 'importReliance', 'eolRir', 'siSr', 'endUse', 'scalingSector', 'siEi'];

/** One line per kind of missing input ("Governance scores for 12 countries: China, …"). */
export function useMissingLines(): (missing: readonly MissingInput[]) => string[] {
  const { t } = useTranslation('materials');
  const country = useCountryName();
  return (missing) =>
    ORDER.flatMap((kind) => {
      const items = missing.filter((m) => m.kind === kind);
      if (items.length === 0) return [];
      if (kind === 'governance') {
        const names = items.map((m) => country(m.country ?? ''));
        const shown = names.slice(0, 6).join(', ');
        return [t('missing.governance', { count: items.length, countries: names.length > 6 ? `${shown}…` : shown })];
      }
      if (kind === 'supplyShares') {
        return items.map((m) => (m.list && m.stage ? t('missing.supplySharesAt', { list: m.list, stage: m.stage }) : t('missing.supplyShares')));
      }
      return [t(`missing.${kind}`)];
    });
}

export function MissingInputs({ missing, size = 'sm' }: { missing: readonly MissingInput[]; size?: 'xs' | 'sm' }) {
  const lines = useMissingLines()(missing);
  if (lines.length === 0) return null;
  return (
    <List size={size} spacing={2}>
      {lines.map((l) => (
        <List.Item key={l}>
          <Text size={size} span>{l}</Text>
        </List.Item>
      ))}
    </List>
  );
}
