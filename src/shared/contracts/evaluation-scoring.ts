/**
 * Request and response shapes of individual evaluation forms, consensus reports and the ranking of
 * a call. Scores are 0 to 5 in half points; comments are per criterion of the call.
 */
import { z } from 'zod';
import { criterionSchema } from './funding.js';

/** Minimum length of each criterion's comment in a submitted individual form, unless the call sets one. */
export const MIN_COMMENT_LENGTH = 200;

/** The minimum comment length of a call's individual forms. */
export const minCommentLengthOf = (ranking: { minCommentLength?: number }): number => ranking.minCommentLength ?? MIN_COMMENT_LENGTH;
/** The scale shown to evaluators: 0 fails/missing, 1 poor, 2 fair, 3 good, 4 very good, 5 excellent. */
export const SCORE_LEVELS = [0, 1, 2, 3, 4, 5] as const;

export const FORM_STATES = ['not_started', 'draft', 'submitted'] as const;

/** One score: 0, 0.5, 1, ..., 5. */
export const scoreValueSchema = z
  .number()
  .min(0)
  .max(5)
  .refine((v) => Number.isInteger(v * 2), { message: 'scoring:issues.half_point' });
const criterionKey = z.string().regex(/^[a-z][A-Za-z0-9_]*$/).max(40);
const scoresInput = z.record(criterionKey, scoreValueSchema);
const commentsInput = z.record(criterionKey, z.string().max(10_000));

export const scoringCriterionSchema = criterionSchema.meta({ id: 'ScoringCriterion' });

/** A draft (autosaved) or the content about to be submitted. */
export const scoringFormInputSchema = z
  .object({ scores: scoresInput.default({}), comments: commentsInput.default({}) });
export type ScoringFormInput = z.infer<typeof scoringFormInputSchema>;

const failureSchema = z
  .object({
    kind: z.enum(['criterion', 'total']),
    criterion: z.string().optional(),
    score: z.number().optional(),
    total: z.number().optional(),
    threshold: z.number(),
  })
  .meta({ id: 'ScoringThresholdFailure' });
export type ScoringFailure = z.infer<typeof failureSchema>;

/** Threshold hints of a set of scores (advisory for an individual form). */
export const scoringHintsSchema = z
  .object({ complete: z.boolean(), total: z.number(), passes: z.boolean().nullable(), failures: z.array(failureSchema) })
  .meta({ id: 'ScoringHints' });

const applicationHead = {
  applicationId: z.uuid(),
  callId: z.uuid(),
  callCode: z.string(),
  reference: z.string(),
  acronym: z.string().nullable(),
  title: z.string().nullable(),
};

export const scoringFormSchema = z
  .object({
    id: z.uuid().nullable(),
    ...applicationHead,
    status: z.enum(FORM_STATES),
    scores: z.record(z.string(), z.number()),
    comments: z.record(z.string(), z.string()),
    criteria: z.array(scoringCriterionSchema),
    totalThreshold: z.number(),
    minCommentLength: z.number().int(),
    hints: scoringHintsSchema,
    submittedAt: z.iso.datetime().nullable(),
    reopenedAt: z.iso.datetime().nullable(),
    reopenReason: z.string().nullable(),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ScoringForm' });
export type ScoringForm = z.infer<typeof scoringFormSchema>;

export const scoringMyFormSchema = z
  .object({ ...applicationHead, formId: z.uuid().nullable(), status: z.enum(FORM_STATES), updatedAt: z.iso.datetime().nullable() })
  .meta({ id: 'ScoringMyForm' });

export const scoringReopenSchema = z.object({ reason: z.string().trim().min(5).max(2000) }).meta({ id: 'ScoringReopen' });

// --- consensus ---------------------------------------------------------------------------------

export const consensusInputSchema = z
  .object({
    scores: scoresInput.default({}),
    comments: commentsInput.default({}),
    minorityView: z.string().trim().max(10_000).nullish().transform((v) => (v ? v : null)),
  });
export type ConsensusInput = z.infer<typeof consensusInputSchema>;

export const rapporteurInputSchema = z
  .object({ evaluatorId: z.uuid().nullable() })
  .meta({ id: 'ScoringRapporteurInput' });

const individualSchema = z
  .object({
    formId: z.uuid().nullable(),
    evaluatorId: z.uuid(),
    /** The evaluator's name (staff only; null for a rapporteur, who sees "evaluator n"). */
    evaluatorName: z.string().nullable(),
    coiStatus: z.enum(['pending', 'no_conflict']),
    status: z.enum(FORM_STATES),
    scores: z.record(z.string(), z.number()),
    comments: z.record(z.string(), z.string()),
    submittedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ScoringIndividual' });

const criterionSpreadSchema = z
  .object({ criterion: z.string(), min: z.number(), max: z.number(), median: z.number(), mean: z.number(), spread: z.number(), needsDiscussion: z.boolean(), proposed: z.number() })
  .meta({ id: 'ScoringCriterionSpread' });

export const consensusViewSchema = z
  .object({
    ...applicationHead,
    criteria: z.array(scoringCriterionSchema),
    totalThreshold: z.number(),
    individuals: z.array(individualSchema),
    /** Every assigned, conflict-free evaluator has submitted. */
    ready: z.boolean(),
    /** Per criterion, when ready: spread and the proposed (median) score. */
    spreads: z.array(criterionSpreadSchema),
    report: z
      .object({
        id: z.uuid(),
        rapporteurId: z.uuid().nullable(),
        status: z.enum(['draft', 'final']),
        scores: z.record(z.string(), z.number()),
        comments: z.record(z.string(), z.string()),
        minorityView: z.string().nullable(),
        finalisedAt: z.iso.datetime().nullable(),
      })
      .nullable(),
    hints: scoringHintsSchema,
    /** The signed-in person may edit and finalise the report. */
    canWrite: z.boolean(),
    /** The signed-in person may designate the rapporteur and reopen forms. */
    canManage: z.boolean(),
  })
  .meta({ id: 'ScoringConsensus' });
export type ConsensusView = z.infer<typeof consensusViewSchema>;

// --- ranking -----------------------------------------------------------------------------------

export const RANKING_OUTCOMES = ['ranked', 'below', 'pending'] as const;

export const rankingRowSchema = z
  .object({
    applicationId: z.uuid(),
    reference: z.string(),
    acronym: z.string().nullable(),
    title: z.string().nullable(),
    leadName: z.string(),
    outcome: z.enum(RANKING_OUTCOMES),
    rank: z.number().int().nullable(),
    scores: z.record(z.string(), z.number()).nullable(),
    total: z.number().nullable(),
    weightedTotal: z.number().nullable(),
    failures: z.array(failureSchema),
    /** The rule that put this application above the next ranked one (`score` or a tie rule). */
    decidedBy: z.string().nullable(),
    decisionDetail: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'ScoringRankingRow' });
export type RankingRow = z.infer<typeof rankingRowSchema>;

export const rankingProgressSchema = z
  .object({ applications: z.number().int(), formsExpected: z.number().int(), formsSubmitted: z.number().int(), consensusFinal: z.number().int() })
  .meta({ id: 'ScoringProgress' });

export const rankingViewSchema = z
  .object({
    callId: z.uuid(),
    callCode: z.string(),
    callTitle: z.string(),
    criteria: z.array(scoringCriterionSchema),
    totalThreshold: z.number(),
    tieOrder: z.array(z.string()),
    rows: z.array(rankingRowSchema),
    progress: rankingProgressSchema,
  })
  .meta({ id: 'ScoringRanking' });
export type RankingView = z.infer<typeof rankingViewSchema>;
