/**
 * API shapes of the awards module: the selection of a call (preview or frozen decision), the
 * applicant's outcome, the public results of a call. Money is integer cents.
 */
import { z } from 'zod';

export const AWARD_DECISIONS = ['selected', 'reserve', 'rejected', 'pending'] as const;
export type AwardDecision = (typeof AWARD_DECISIONS)[number];

/** One reason of the selection engine (or the ranking), with its parameters. */
export const awardsReasonSchema = z
  .object({
    /** `funded`, `below_threshold`, `budget_exceeded`, `envelope_exceeded`, `recipient_cap_exceeded`, `de_minimis_exceeded`, `stopped`, `pending`. */
    code: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
  })
  .meta({ id: 'AwardsReason' });
export type AwardsReason = z.infer<typeof awardsReasonSchema>;

export const awardsPartnerSchema = z
  .object({
    organisationId: z.string(),
    legalName: z.string(),
    country: z.string(),
    nuts: z.string().nullable(),
    requestedCents: z.number().int(),
    amountCents: z.number().int(),
  })
  .meta({ id: 'AwardsPartner' });

export const awardsRowSchema = z
  .object({
    applicationId: z.string(),
    reference: z.string(),
    acronym: z.string().nullable(),
    title: z.string().nullable(),
    decision: z.enum(AWARD_DECISIONS),
    rank: z.number().int().nullable(),
    reservePosition: z.number().int().nullable(),
    total: z.number().nullable(),
    weightedTotal: z.number().nullable(),
    amountCents: z.number().int(),
    partners: z.array(awardsPartnerSchema),
    reasons: z.array(awardsReasonSchema),
    /** Since the freeze: the applicant declined (awards cancelled), or the reserve was promoted. */
    change: z.enum(['declined', 'promoted']).nullable(),
  })
  .meta({ id: 'AwardsRow' });
export type AwardsRow = z.infer<typeof awardsRowSchema>;

export const awardsEnvelopeSchema = z
  .object({ nutsPrefix: z.string(), label: z.string(), budgetCents: z.number().int(), usedCents: z.number().int(), alreadyCommittedCents: z.number().int() })
  .meta({ id: 'AwardsEnvelope' });

export const awardsDecisionInfoSchema = z
  .object({
    id: z.string(),
    frozenAt: z.string(),
    frozenBy: z.string().nullable(),
    recordHash: z.string(),
    /** The stored record still hashes to `recordHash`. */
    intact: z.boolean(),
    lettersSent: z.number().int(),
  })
  .meta({ id: 'AwardsDecisionInfo' });

/** The selection of a call: a preview (recomputed, nothing stored) or the frozen decision. */
export const awardsSelectionSchema = z
  .object({
    callId: z.string(),
    callCode: z.string(),
    callStatus: z.string(),
    currency: z.string(),
    budgetCents: z.number().int(),
    fundedCents: z.number().int(),
    recipientCapCents: z.number().int().nullable(),
    deMinimis: z.boolean(),
    plannedGrantDate: z.string(),
    envelopes: z.array(awardsEnvelopeSchema),
    /** The call's award criteria (ids used in the reasons). */
    criteria: z.array(z.object({ id: z.string(), labelEs: z.string(), labelEn: z.string() })),
    rows: z.array(awardsRowSchema),
    /** The freeze is refused while some applications have no final consensus report. */
    pendingCount: z.number().int(),
    decision: awardsDecisionInfoSchema.nullable(),
  })
  .meta({ id: 'AwardsSelection' });
export type AwardsSelection = z.infer<typeof awardsSelectionSchema>;

export const awardsDeclineSchema = z.object({ reason: z.string().trim().min(1).max(2000) }).meta({ id: 'AwardsDecline' });
export const awardsDeclineResultSchema = z.object({ promoted: z.string().nullable() }).meta({ id: 'AwardsDeclineResult' });

export const awardsLettersResultSchema = z.object({ sent: z.number().int(), alreadySent: z.number().int() }).meta({ id: 'AwardsLettersResult' });

/** What an applicant sees of the outcome of their application (after the letters). */
export const awardsOutcomeSchema = z
  .object({
    published: z.boolean(),
    outcome: z.enum(['selected', 'reserve', 'rejected', 'declined']).nullable(),
    rank: z.number().int().nullable(),
    reservePosition: z.number().int().nullable(),
    /** The day of the decision in the call's zone, `YYYY-MM-DD`. */
    decisionDate: z.string().nullable(),
    letter: z.object({ subject: z.string(), body: z.string() }).nullable(),
  })
  .meta({ id: 'AwardsOutcome' });
export type AwardsOutcome = z.infer<typeof awardsOutcomeSchema>;

/** The published fields of one recipient (DOMAIN.md section 3, "Publication"). */
export const awardsPublicRecipientSchema = z
  .object({ legalName: z.string(), country: z.string(), amountCents: z.number().int(), acronym: z.string().nullable(), title: z.string().nullable() })
  .meta({ id: 'AwardsPublicRecipient' });

export const awardsPublicResultsSchema = z
  .object({
    code: z.string(),
    titleEs: z.string(),
    titleEn: z.string(),
    currency: z.string(),
    decisionDate: z.string(),
    totalCents: z.number().int(),
    recipients: z.array(awardsPublicRecipientSchema),
  })
  .meta({ id: 'AwardsPublicResults' });
export type AwardsPublicResults = z.infer<typeof awardsPublicResultsSchema>;
