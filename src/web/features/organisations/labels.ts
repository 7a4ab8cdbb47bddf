/** Labels of the registry's vocabularies in the interface language, and the materials catalogue. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMUNITIES, PROVINCES } from '../../../shared/identifiers/provinces';
import { VALUE_CHAIN_STAGES } from '../../../shared/value-chain';
import { api, unwrap } from '../../api/client';
import { officesQuery } from '../admin/queries';
import { useSession } from '../auth/session';

export const materialsQuery = queryOptions({ queryKey: ['materials'], queryFn: () => unwrap(api.GET('/api/materials')), staleTime: 60 * 60_000 });

export function useLabels() {
  const { t, i18n } = useTranslation();
  const materials = useQuery(materialsQuery).data ?? [];
  const signedIn = Boolean(useSession()?.user);
  const offices = useQuery({ ...officesQuery, enabled: signedIn }).data ?? [];
  const es = i18n.language !== 'en';
  return useMemo(() => {
    const materialName = new Map(materials.map((m) => [m.id, es ? m.nameEs : m.nameEn]));
    const officeName = new Map(offices.map((o) => [o.id, o.name]));
    const province = new Map(PROVINCES.map((p) => [p.ine, es ? p.name.es : p.name.en]));
    const region = new Map(COMMUNITIES.map((c) => [c.nuts2, es ? c.name.es : c.name.en]));
    return {
      stage: (s: string) => t(`orgs:stage.${s}`),
      stageShort: (s: string) => t(`orgs:stageShort.${s}`),
      kind: (k: string) => t(`orgs:kind.${k}`),
      status: (s: string) => t(`orgs:status.${s}`),
      tier: (s: string | null | undefined) => (s ? t(`orgs:tier.${s}`) : '—'),
      size: (s: string | null | undefined) => (s ? t(`orgs:size.${s}`) : '—'),
      material: (id: string) => materialName.get(id) ?? id,
      office: (id: string | null | undefined) => (id ? (officeName.get(id) ?? '—') : '—'),
      province: (ine: string) => province.get(ine) ?? ine,
      region: (nuts2: string) => region.get(nuts2) ?? nuts2,
      facetValue: (facet: string, value: string): string => {
        switch (facet) {
          case 'stage': return t(`orgs:stage.${value}`);
          case 'kind': return t(`orgs:kind.${value}`);
          case 'status': return t(`orgs:status.${value}`);
          case 'size': return t(`orgs:size.${value}`);
          case 'material': return materialName.get(value) ?? value;
          case 'office': return officeName.get(value) ?? value;
          case 'province': return province.get(value) ?? value;
          case 'region': return region.get(value) ?? value;
          default: return value;
        }
      },
      materials,
      stages: VALUE_CHAIN_STAGES,
    };
  }, [t, materials, offices, es]);
}

export const statusColor: Record<string, string> = { active: 'teal', applicant: 'ore', suspended: 'orange', left: 'gray', none: 'gray' };
export const feeColor: Record<string, string> = { issued: 'blue', overdue: 'red', paid: 'teal', cancelled: 'gray' };
