/**
 * Request and response shapes of the evaluator pool, conflicts of interest, affinity, the
 * assignment of evaluators to applications and the evaluator's own pages.
 */
import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));
const words = (max: number) => z.array(z.string().trim().min(1).max(80)).max(max).transform((xs) => [...new Set(xs)]);
const languageSchema = z.string().trim().toLowerCase().regex(/^[a-z]{2}$/);

export const expertRelationSchema = z
  .object({
    organisationId: z.uuid().nullish().transform((v) => v ?? null),
    taxId: text(30),
    name: z.string().trim().min(2).max(200),
    /** e.g. employer, former employer, shareholder, family, collaboration. */
    kind: z.string().trim().min(2).max(60),
  })
  .meta({ id: 'EvalRelationEntry' });

/** A relation as stored and shown. */
export const expertRelationOutSchema = z
  .object({ organisationId: z.string().nullable(), taxId: z.string().nullable(), name: z.string(), kind: z.string() })
  .meta({ id: 'EvalExpertRelation' });
export type ExpertRelation = z.infer<typeof expertRelationOutSchema>;

const profileFields = {
  languages: z.array(languageSchema).max(20).transform((xs) => [...new Set(xs)]),
  keywords: words(50),
  relations: z.array(expertRelationSchema).max(50),
};

const expertFields = z.object({
  ...profileFields,
  topics: words(50),
  organisationId: z.uuid().nullish().transform((v) => v ?? null),
  organisationName: text(200),
  taxId: text(30),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/).nullish().transform((v) => v ?? null),
  minLoad: z.number().int().min(0).max(100),
  maxLoad: z.number().int().min(0).max(100),
});

const loadsInOrder = (v: { minLoad?: number; maxLoad?: number }) => v.minLoad === undefined || v.maxLoad === undefined || v.minLoad <= v.maxLoad;
const loadIssue = { path: ['maxLoad'], message: 'evaluation:experts.maxBelowMin' };

export const expertInputSchema = expertFields
  .extend({ email: z.email().trim().toLowerCase(), name: z.string().trim().min(2).max(200), locale: z.enum(['es', 'en']) })
  .refine(loadsInOrder, loadIssue)
  .meta({ id: 'EvalExpertCreate' });
export type ExpertInput = z.input<typeof expertInputSchema>;

export const expertPatchSchema = expertFields.extend({ name: z.string().trim().min(2).max(200) }).partial().refine(loadsInOrder, loadIssue).meta({ id: 'EvalExpertPatch' });
export const ownProfilePatchSchema = z.object(profileFields).partial().meta({ id: 'EvalOwnProfilePatch' });

export const expertSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    userStatus: z.string(),
    organisationId: z.string().nullable(),
    organisationName: z.string().nullable(),
    taxId: z.string().nullable(),
    country: z.string().nullable(),
    languages: z.array(z.string()),
    topics: z.array(z.string()),
    keywords: z.array(z.string()),
    minLoad: z.number().int(),
    maxLoad: z.number().int(),
    relations: z.array(expertRelationOutSchema),
    termsAcceptedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'EvalExpert' });
export type ExpertDto = z.infer<typeof expertSchema>;

export const expertImportReportSchema = z
  .object({
    imported: z.number().int(),
    rows: z.array(z.object({ row: z.number().int(), email: z.string(), ok: z.boolean(), errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })) })),
  })
  .meta({ id: 'EvalExpertImportReport' });
export type ExpertImportReport = z.infer<typeof expertImportReportSchema>;

export const CONFLICT_REASONS = ['same_organisation', 'same_tax_id', 'linked_enterprise', 'partner_enterprise', 'declared_relation', 'manual', 'declared'] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

export const conflictSchema = z
  .object({
    applicationId: z.string(),
    reference: z.string(),
    evaluatorId: z.string(),
    evaluatorName: z.string(),
    reason: z.enum(CONFLICT_REASONS),
    /** The organisation, relation or note behind the reason. */
    detail: z.string(),
    /** Set for manual conflicts (to remove them). */
    manualId: z.string().nullable(),
  })
  .meta({ id: 'EvalConflict' });
export type ConflictDto = z.infer<typeof conflictSchema>;

export const pairSchema = z.object({ applicationId: z.uuid(), evaluatorId: z.uuid() });
export const manualConflictInputSchema = pairSchema.extend({ reason: z.string().trim().min(3).max(1000) }).meta({ id: 'EvalManualConflictInput' });

export const affinityOverrideInputSchema = pairSchema
  .extend({ affinity: z.number().min(0).max(1), reason: z.string().trim().min(3).max(1000) })
  .meta({ id: 'EvalAffinityOverrideInput' });

export const affinityCellSchema = z
  .object({
    applicationId: z.string(),
    evaluatorId: z.string(),
    /** What the assignment uses: the override when there is one, else the computed score. */
    affinity: z.number(),
    computed: z.number(),
    topicScore: z.number().nullable(),
    termScore: z.number().nullable(),
    matchedTopics: z.array(z.string()),
    matchedTerms: z.array(z.string()),
    override: z.object({ id: z.string(), affinity: z.number(), reason: z.string(), by: z.string().nullable(), at: z.string() }).nullable(),
    conflicted: z.boolean(),
  })
  .meta({ id: 'EvalAffinityCell' });
export type AffinityCell = z.infer<typeof affinityCellSchema>;

export const evalApplicationSchema = z
  .object({ id: z.string(), reference: z.string(), acronym: z.string().nullable(), title: z.string().nullable(), topics: z.array(z.string()), language: z.string().nullable(), organisations: z.array(z.string()) })
  .meta({ id: 'EvalApplication' });
export const evalPoolMemberSchema = z
  .object({ id: z.string(), name: z.string(), organisationName: z.string().nullable(), languages: z.array(z.string()), topics: z.array(z.string()), minLoad: z.number().int(), maxLoad: z.number().int() })
  .meta({ id: 'EvalPoolMember' });

export const affinityMatrixSchema = z
  .object({ applications: z.array(evalApplicationSchema), evaluators: z.array(evalPoolMemberSchema), cells: z.array(affinityCellSchema) })
  .meta({ id: 'EvalAffinityMatrix' });
export type AffinityMatrixDto = z.infer<typeof affinityMatrixSchema>;

export const pairRuleInputSchema = pairSchema.extend({ rule: z.enum(['pin', 'forbid']) }).meta({ id: 'EvalPairRuleRequest' });
export const pairRuleSchema = z
  .object({ id: z.string(), applicationId: z.string(), evaluatorId: z.string(), rule: z.enum(['pin', 'forbid']), createdAt: z.string() })
  .meta({ id: 'EvalPairRule' });

export const FAIRNESS_MODES = ['none', 'max', 'floor'] as const;
export const runOptionsSchema = z
  .object({
    k: z.number().int().min(1).max(10).default(3),
    distinctOrganisations: z.boolean().default(true),
    languageMatch: z.boolean().default(false),
    /** `max`: the highest feasible floor; `floor`: the given floor. */
    fairness: z.enum(FAIRNESS_MODES).default('none'),
    floor: z.number().min(0).max(10).nullish().transform((v) => v ?? null),
  })
  .refine((o) => o.fairness !== 'floor' || o.floor !== null, { path: ['floor'], message: 'validation:required' })
  .meta({ id: 'EvalRunOptions' });
export type RunOptions = z.output<typeof runOptionsSchema>;

export const infeasibilityReasonSchema = z
  .object({ code: z.string(), message: z.string(), applicationIds: z.array(z.string()), evaluatorIds: z.array(z.string()), required: z.number(), available: z.number().nullable() })
  .meta({ id: 'EvalInfeasibility' });

export const proposalSchema = z
  .object({
    status: z.enum(['optimal', 'infeasible', 'time_limit']),
    totalAffinity: z.number(),
    pairs: z.array(z.object({ applicationId: z.string(), evaluatorId: z.string(), affinity: z.number(), pinned: z.boolean() })),
    loads: z.array(z.object({ evaluatorId: z.string(), load: z.number().int(), minLoad: z.number().int(), maxLoad: z.number().int() })),
    coverage: z.array(z.object({ applicationId: z.string(), totalAffinity: z.number(), minAffinity: z.number(), evaluatorIds: z.array(z.string()) })),
    reasons: z.array(infeasibilityReasonSchema),
    fairness: z
      .object({ highestFloor: z.number().nullable(), floor: z.number().nullable(), unconstrainedTotal: z.number().nullable(), weakestTotal: z.number().nullable() })
      .nullable(),
  })
  .meta({ id: 'EvalProposal' });
export type ProposalDto = z.infer<typeof proposalSchema>;

export const runSchema = z
  .object({
    id: z.string(),
    callId: z.string(),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    options: z.object({ k: z.number().int(), distinctOrganisations: z.boolean(), languageMatch: z.boolean(), fairness: z.enum(FAIRNESS_MODES), floor: z.number().nullable() }),
    result: proposalSchema.nullable(),
    error: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    confirmedAt: z.string().nullable(),
  })
  .meta({ id: 'EvalAssignmentRun' });
export type RunDto = z.infer<typeof runSchema>;

export const COI_STATES = ['pending', 'no_conflict', 'conflict'] as const;
export const assignmentSchema = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    reference: z.string(),
    evaluatorId: z.string(),
    evaluatorName: z.string(),
    origin: z.enum(['computed', 'manual']),
    affinity: z.number().nullable(),
    coiStatus: z.enum(COI_STATES),
    coiDeclaredAt: z.string().nullable(),
  })
  .meta({ id: 'EvalAssignment' });
export type AssignmentDto = z.infer<typeof assignmentSchema>;
export const manualAssignmentInputSchema = pairSchema.meta({ id: 'EvalManualAssignmentInput' });

export const myAssignmentSchema = z
  .object({
    applicationId: z.string(),
    reference: z.string(),
    acronym: z.string().nullable(),
    title: z.string().nullable(),
    organisations: z.array(z.string()),
    coiStatus: z.enum(['pending', 'no_conflict']),
  })
  .meta({ id: 'EvalMyAssignment' });
export const myEvaluationsSchema = z
  .object({
    termsAccepted: z.boolean(),
    calls: z.array(z.object({ callId: z.string(), code: z.string(), titleEs: z.string(), titleEn: z.string(), assignments: z.array(myAssignmentSchema) })),
  })
  .meta({ id: 'EvalMyEvaluations' });
export type MyEvaluationsDto = z.infer<typeof myEvaluationsSchema>;

export const declarationInputSchema = z
  .object({ conflict: z.boolean(), note: text(2000) })
  .refine((d) => !d.conflict || d.note !== null, { path: ['note'], message: 'validation:required' })
  .meta({ id: 'EvalDeclarationRequest' });

export const evalContentSchema = z
  .object({
    applicationId: z.string(),
    reference: z.string(),
    version: z.number().int(),
    submittedAt: z.string(),
    acronym: z.string().nullable(),
    title: z.string().nullable(),
    topics: z.array(z.string()),
    consortium: z.array(z.object({ partnerId: z.string(), legalName: z.string(), country: z.string(), roles: z.array(z.string()), lead: z.boolean(), requestedCents: z.number().int() })),
    form: z.unknown(),
    answers: z.record(z.string(), z.unknown()),
    attachments: z.array(z.object({ id: z.string(), questionId: z.string(), name: z.string(), size: z.number().int(), mediaType: z.string() })),
  })
  .meta({ id: 'EvalApplicationContent' });
export type EvalContentDto = z.infer<typeof evalContentSchema>;

export const callEvaluationParamsSchema = z.object({ callId: z.uuid() });
export const applicationParamsSchema = z.object({ applicationId: z.uuid() });
