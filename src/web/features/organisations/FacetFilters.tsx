/** One multi-select per facet, each option with its count under the other filters. */
import { Button, MultiSelect, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Facet } from '../../../shared/contracts/organisations';
import type { Schemas } from '../../api/client';
import { useLabels } from './labels';
import type { DirectorySearch } from './search';

export function FacetFilters({ facets, shown, search, onChange }: { facets: Schemas['DirectoryFacets']; shown: readonly Facet[]; search: DirectorySearch; onChange: (next: Partial<DirectorySearch>) => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const any = shown.some((f) => search[f]?.length);
  return (
    <Stack gap="sm">
      {shown.map((facet) => {
        const counts = facets[facet] ?? [];
        const selected = search[facet] ?? [];
        const data = [...counts.map((c) => c.value), ...selected.filter((v) => !counts.some((c) => c.value === v))].map((value) => ({
          value,
          label: `${labels.facetValue(facet, value)} (${counts.find((c) => c.value === value)?.count ?? 0})`,
        }));
        return (
          <MultiSelect
            key={facet}
            label={t(`orgs:facet.${facet}`)}
            data={data}
            value={selected}
            onChange={(v) => onChange({ [facet]: v.length ? v : undefined })}
            searchable
            clearable
            size="sm"
            nothingFoundMessage={t('table.noResults')}
          />
        );
      })}
      {any && (
        <Button variant="subtle" size="xs" onClick={() => onChange(Object.fromEntries(shown.map((f) => [f, undefined])))}>
          {t('orgs:directory.clearFilters')}
        </Button>
      )}
    </Stack>
  );
}
