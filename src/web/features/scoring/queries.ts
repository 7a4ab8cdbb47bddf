/** Query options of individual forms, consensus reports and the ranking. */
import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';

export type FormDto = Schemas['ScoringForm'];
export type ConsensusDto = Schemas['ScoringConsensus'];
export type RankingDto = Schemas['ScoringRanking'];
export type RankingRowDto = Schemas['ScoringRankingRow'];
export type CriterionDto = Schemas['ScoringCriterion'];
export type HintsDto = Schemas['ScoringHints'];

export const myFormsQuery = queryOptions({ queryKey: ['scoring', 'my'], queryFn: () => unwrap(api.GET('/api/evaluation/my/forms')) });
export const formQuery = (id: string) => queryOptions({ queryKey: ['scoring', 'form', id], queryFn: () => unwrap(api.GET('/api/evaluation/applications/{id}/form', { params: { path: { id } } })) });
export const consensusQuery = (id: string) => queryOptions({ queryKey: ['scoring', 'consensus', id], queryFn: () => unwrap(api.GET('/api/evaluation/applications/{id}/consensus', { params: { path: { id } } })) });
export const rankingQuery = (callId: string) => queryOptions({ queryKey: ['scoring', 'ranking', callId], queryFn: () => unwrap(api.GET('/api/evaluation/calls/{id}/ranking', { params: { path: { id: callId } } })) });

export function useScoringRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['scoring'] });
}

/** A criterion's label and description in the interface language. */
export function useCriterionText() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  return {
    label: (c: CriterionDto) => (en ? c.labelEn : c.labelEs),
    description: (c: CriterionDto) => (en ? c.descriptionEn : c.descriptionEs) ?? null,
  };
}

/** Half points from 0 to 5, for score pickers. */
export const SCORE_OPTIONS = Array.from({ length: 11 }, (_, i) => String(i / 2));
