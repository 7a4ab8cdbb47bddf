/**
 * The panel of an application as the consensus report sees it: the individual forms side by side,
 * whether every assigned, conflict-free evaluator has submitted, and per criterion the spread and
 * a proposal (the median, to the nearest half point) from the ranking engine's consensus helper.
 */
import { summariseScores } from '../../../../engines/ranking/index.js';
import type { ConsensusView } from '../../../../shared/contracts/evaluation-scoring.js';
import type { panelOf } from '../repository/scoring.js';
import { iso, type Comments, type Scores, type Target } from './forms-common.js';

type PanelRow = Awaited<ReturnType<typeof panelOf>>[number];

export interface Panel {
  individuals: ConsensusView['individuals'];
  ready: boolean;
  /** Forms still expected. */
  outstanding: number;
  spreads: ConsensusView['spreads'];
}

/** Evaluators' names are shown to staff; a rapporteur sees them numbered. */
export function panelView(target: Target, rows: PanelRow[], namesVisible: boolean): Panel {
  const individuals = rows.map((r) => {
    const submitted = r.form?.status === 'submitted';
    return {
      formId: r.form?.id ?? null,
      evaluatorId: r.evaluatorId,
      evaluatorName: namesVisible ? r.evaluatorName : null,
      coiStatus: r.coiStatus as 'pending' | 'no_conflict',
      status: r.form?.status ?? ('not_started' as const),
      // Scores and comments are shown only once submitted (drafts stay the evaluator's own).
      scores: submitted ? (r.form?.scores as Scores) : {},
      comments: submitted ? (r.form?.comments as Comments) : {},
      submittedAt: iso(r.form?.submittedAt),
    };
  });
  const outstanding = individuals.filter((i) => i.status !== 'submitted').length;
  const ready = individuals.length > 0 && outstanding === 0;
  return { individuals, ready, outstanding, spreads: ready ? spreads(target, individuals) : [] };
}

function spreads(target: Target, individuals: Panel['individuals']): Panel['spreads'] {
  const criteria = target.ranking.criteria.map((c) => c.id);
  const summary = summariseScores(
    individuals.map((i) => ({ evaluatorId: i.evaluatorId, scores: i.scores })),
    { criteria, minEvaluators: 1 },
  );
  return summary.criteria.map((c) => ({
    criterion: c.criterion,
    min: c.min,
    max: c.max,
    median: c.median,
    mean: c.mean,
    spread: c.spread,
    needsDiscussion: c.needsDiscussion,
    proposed: Math.round(c.median * 2) / 2,
  }));
}
