/** Query options of the raw-materials pages (TanStack Query over the typed API client). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';

export type Material = Schemas['Material'];
export type CoverageScope = 'crma' | 'strategic' | 'battery' | 'mapped' | 'all';

const long = 5 * 60_000;

export const materialsQuery = queryOptions({ queryKey: ['materials'], queryFn: () => unwrap(api.GET('/api/materials')), staleTime: long });
export const nameMappingQuery = queryOptions({ queryKey: ['materials', 'name-mapping'], queryFn: () => unwrap(api.GET('/api/materials/name-mapping')), staleTime: long });

export const materialDetailQuery = (id: string) =>
  queryOptions({ queryKey: ['materials', 'detail', id], queryFn: () => unwrap(api.GET('/api/materials/{id}', { params: { path: { id } } })), staleTime: long });

export const materialMembersQuery = (id: string) =>
  queryOptions({ queryKey: ['materials', 'members', id], queryFn: () => unwrap(api.GET('/api/materials/{id}/members', { params: { path: { id } } })) });

export const datasetsQuery = queryOptions({ queryKey: ['materials', 'datasets'], queryFn: () => unwrap(api.GET('/api/materials/datasets')) });

export const datasetQuery = (datasetId: string) =>
  queryOptions({ queryKey: ['materials', 'datasets', datasetId], queryFn: () => unwrap(api.GET('/api/materials/datasets/{datasetId}', { params: { path: { datasetId } } })) });

/** Everything computed from a dataset: invalidated together when parameters change. */
export const ASSESSMENT_KEY = ['materials', 'assessment'] as const;

export const assessmentQuery = queryOptions({ queryKey: [...ASSESSMENT_KEY, 'all'], queryFn: () => unwrap(api.GET('/api/materials/assessment')) });

export const materialAssessmentQuery = (id: string) =>
  queryOptions({ queryKey: [...ASSESSMENT_KEY, 'material', id], queryFn: () => unwrap(api.GET('/api/materials/assessment/{id}', { params: { path: { id } } })) });

export const eiReportQuery = queryOptions({ queryKey: [...ASSESSMENT_KEY, 'ei-report'], queryFn: () => unwrap(api.GET('/api/materials/assessment/ei-report')) });

export const governanceQuery = (datasetId: string) =>
  queryOptions({ queryKey: [...ASSESSMENT_KEY, 'governance', datasetId], queryFn: () => unwrap(api.GET('/api/materials/datasets/{datasetId}/governance', { params: { path: { datasetId } } })) });

export const parametersQuery = (datasetId: string) =>
  queryOptions({ queryKey: [...ASSESSMENT_KEY, 'parameters', datasetId], queryFn: () => unwrap(api.GET('/api/materials/datasets/{datasetId}/parameters', { params: { path: { datasetId } } })) });

export const scenariosQuery = queryOptions({ queryKey: ['materials', 'scenarios'], queryFn: () => unwrap(api.GET('/api/materials/scenarios')) });

export const trackerQuery = queryOptions({ queryKey: ['materials', 'benchmarks'], queryFn: () => unwrap(api.GET('/api/materials/benchmarks')) });

export const coverageQuery = (scope: CoverageScope) =>
  queryOptions({ queryKey: ['materials', 'coverage', scope], queryFn: () => unwrap(api.GET('/api/materials/coverage', { params: { query: { scope } } })) });

export const batteryQuery = queryOptions({ queryKey: [...ASSESSMENT_KEY, 'battery'], queryFn: () => unwrap(api.GET('/api/materials/battery')) });

/** Material names in the interface language, by id (the id itself until the catalogue loads). */
export function useMaterialName(): (id: string) => string {
  const { i18n } = useTranslation();
  const { data } = useQuery(materialsQuery);
  return useMemo(() => {
    const byId = new Map((data ?? []).map((m) => [m.id, i18n.language === 'en' ? m.nameEn : m.nameEs]));
    return (id: string) => byId.get(id) ?? id;
  }, [data, i18n.language]);
}

/** Country names in the interface language, from ISO codes. */
export function useCountryName(): (code: string) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
    return (code: string) => {
      try {
        return names.of(code) ?? code;
      } catch {
        return code;
      }
    };
  }, [i18n.language]);
}
