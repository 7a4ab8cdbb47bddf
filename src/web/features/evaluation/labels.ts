/** Words for the evaluation's codes: conflict reasons, declaration states, and the engine's diagnoses. */
import { useTranslation } from 'react-i18next';
import type { Infeasibility } from './queries';

export const coiColor = { pending: 'yellow', no_conflict: 'teal', conflict: 'red' } as const;

/** An infeasibility reason in words, with the applications and experts it names. */
export function useDiagnosis(names: { application: (id: string) => string; evaluator: (id: string) => string }) {
  const { t } = useTranslation();
  return (r: Infeasibility) => {
    const applications = r.applicationIds.map(names.application).join(', ');
    const evaluators = r.evaluatorIds.map(names.evaluator).join(', ');
    const known = ['pinned_conflict', 'pinned_forbidden', 'pinned_language', 'pinned_same_organisation', 'pinned_exceeds_k', 'pinned_exceeds_max_load', 'total_demand_outside_load_bounds', 'too_few_eligible_evaluators', 'too_few_eligible_applications', 'applications_cut', 'evaluators_cut', 'floor_too_high'];
    if (!known.includes(r.code)) return r.message;
    return t(`evaluation:diagnosis.${r.code}`, { applications, evaluators, required: r.required, available: r.available ?? 0, count: r.applicationIds.length, direction: r.required > (r.available ?? 0) ? 'over' : 'under' });
  };
}
