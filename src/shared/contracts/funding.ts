/**
 * The JSON documents of the funding module, as stored in its `jsonb` columns and read by the
 * evaluation module. Each document is validated with these schemas when it is written, so readers
 * may rely on them:
 *
 * | column                         | schema                | engine type it satisfies                 |
 * |--------------------------------|-----------------------|------------------------------------------|
 * | `programme.envelopes`          | `envelopesSchema`     | selection `RegionalEnvelope[]` (+ label)  |
 * | `call.activities`              | `activitiesSchema`    | closed list of fundable activities       |
 * | `call.topics`                  | `topicsSchema`        | ranking tie rule `tie.topics`            |
 * | `call.partner_roles`           | `partnerRolesSchema`  | roles a partner may declare              |
 * | `call.rules`                   | `callRulesSchema`     | eligibility `CallRules`                  |
 * | `call.ranking`                 | `callRankingSchema`   | ranking `RankingConfig` (+ labels)       |
 * | `call.payment_scheme`          | `paymentSchemeSchema` | ledger `TrancheSpec[]` via `trancheSpecs`|
 * | `call.amount_rule`             | `amountRuleSchema`    | how the amount is computed               |
 * | `call.form`                    | `formSchema`          | the application form                     |
 * | `application.answers`          | `answersSchema`       | draft answers by question id             |
 * | `application.eligibility`      | `eligibilityResultSchema` | eligibility `EligibilityResult`      |
 * | `application_partner.de_minimis` | `deMinimisDeclarationSchema` | selection `PriorAid` (per partner) |
 * | `application_version.snapshot` | `snapshotSchema`      | one immutable submission                 |
 *
 * Money is integer cents everywhere. Ids inside documents (`activity`, `topic`, `role`,
 * `instrument`, `criterion`, `question`, `option`, `category`, `milestone`) are short stable slugs.
 */
import { z } from 'zod';
import { SIZE_CLASSES } from '../organisations.js';
import { VALUE_CHAIN_STAGES } from '../value-chain.js';

export const centsSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** A short stable identifier inside a document: letters, digits, `-`, `_`, `.`. */
export const slugSchema = z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
const label = z.string().trim().min(1).max(300);
const longText = z.string().trim().max(5000);
/** ISO 3166-1 alpha-2, upper case (the engines read the EU's `EL` as Greece too). */
const countryCode = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/);

// --- programme -------------------------------------------------------------------------------

/** A regional envelope: part of the programme's budget reserved for recipients in a NUTS region. */
export const envelopeSchema = z
  .object({
    nutsPrefix: z.string().trim().toUpperCase().regex(/^[A-Z]{2}[0-9A-Z]{0,3}$/),
    label,
    budgetCents: centsSchema,
  })
  .meta({ id: 'RegionalEnvelope' });
export const envelopesSchema = z.array(envelopeSchema).max(50);

// --- call: lists -----------------------------------------------------------------------------

/** An entry of one of the call's closed lists (activities, topics, partner roles). */
export const listEntrySchema = z.object({
  id: slugSchema,
  labelEs: label,
  labelEn: label,
  descriptionEs: longText.optional(),
  descriptionEn: longText.optional(),
});
export type ListEntry = z.infer<typeof listEntrySchema>;
export const activitiesSchema = z.array(listEntrySchema.meta({ id: 'CallActivity' })).max(100);
export const topicsSchema = z.array(listEntrySchema.meta({ id: 'CallTopic' })).max(100);
export const partnerRolesSchema = z.array(listEntrySchema.meta({ id: 'PartnerRole' })).max(20);

// --- call: eligibility rules (engine `CallRules`) ----------------------------------------------

export const quantifierSchema = z.union([z.literal('every'), z.object({ atLeast: z.number().int().min(1).max(100) })]);

/** A voucher / instrument (engine `Instrument`, plus names and duration). */
export const instrumentSchema = z
  .object({
    id: slugSchema,
    nameEs: label,
    nameEn: label,
    /** Most one partner may request in one application. */
    maxPerRecipientCents: centsSchema.optional(),
    /** Most one application may request in total. */
    maxPerProjectCents: centsSchema.optional(),
    /** TRL the project must be at, inclusive (1-9). */
    trl: z.object({ min: z.number().int().min(1).max(9), max: z.number().int().min(1).max(9) }).optional(),
    durationMonths: z.number().int().min(1).max(120).optional(),
  })
  .meta({ id: 'CallInstrument' });
export type InstrumentDoc = z.infer<typeof instrumentSchema>;

/** Membership as the eligibility engine sees it (the registry's statuses map onto these). */
export const ENGINE_MEMBERSHIP = ['active', 'pending', 'lapsed', 'none'] as const;

/**
 * The call's eligibility rules; the eligibility engine's `CallRules`. A missing field means "no such
 * condition". `perRecipientCapCents` and `capJustification` are copied from the programme (its cap
 * per recipient over the whole programme) whenever either is saved.
 */
export const callRulesSchema = z
  .object({
    minPartners: z.number().int().min(1).max(100).optional(),
    maxPartners: z.number().int().min(1).max(100).optional(),
    minDistinctCountries: z.number().int().min(1).max(50).optional(),
    eligibleCountries: z.array(countryCode).max(250).optional(),
    requiredRoles: z.array(z.object({ role: slugSchema, min: z.number().int().min(1).max(20) })).max(20).optional(),
    smeOnly: z.boolean().optional(),
    allowedSmeClasses: z.array(z.enum(SIZE_CLASSES)).optional(),
    regions: z.array(z.object({ nutsPrefixes: z.array(z.string().trim().toUpperCase().regex(/^[A-Z]{2}[0-9A-Z]{0,3}$/)).min(1), quantifier: quantifierSchema.optional() })).max(10).optional(),
    membershipRequired: quantifierSchema.optional(),
    membershipStatuses: z.array(z.enum(ENGINE_MEMBERSHIP)).optional(),
    nace: z.object({ prefixes: z.array(z.string().trim().min(1).max(8)).min(1), quantifier: quantifierSchema.optional() }).optional(),
    stages: z.object({ allowed: z.array(z.enum(VALUE_CHAIN_STAGES)).min(1), quantifier: quantifierSchema.optional() }).optional(),
    instruments: z.array(instrumentSchema).max(20),
    perRecipientCapCents: centsSchema.optional(),
    capJustification: z.string().trim().max(5000).optional(),
  })
  .meta({ id: 'CallRules' });
export type CallRulesDoc = z.infer<typeof callRulesSchema>;

// --- call: award criteria (ranking engine `RankingConfig`) --------------------------------------

export const criterionSchema = z.object({
  id: z.string().regex(/^[a-z][A-Za-z0-9_]*$/).max(40),
  labelEs: label,
  labelEn: label,
  descriptionEs: longText.optional(),
  descriptionEn: longText.optional(),
  /** Minimum score (0-5, inclusive) to pass; never weighted. */
  threshold: z.number().min(0).max(5),
  /** Weight for ranking only (e.g. Impact 1.5 for innovation actions). */
  weight: z.number().positive().max(100),
});

/** Award criteria, total threshold and tie-break order; the ranking engine's `RankingConfig`. */
export const callRankingSchema = z
  .object({
    criteria: z.array(criterionSchema).min(1).max(10),
    totalThreshold: z.number().min(0),
    /** `tie.topics`, `tie.<criterionId>`, `tie.gender`, `tie.countries`, in the order tried. */
    tieOrder: z.array(z.string().max(50)).max(20),
    /** Characters an evaluator's comment needs on each criterion to submit (default 200). */
    minCommentLength: z.number().int().min(0).max(5000).optional(),
  })
  .meta({ id: 'CallRanking' });
export type CallRankingDoc = z.infer<typeof callRankingSchema>;

// --- call: payment scheme and amount ---------------------------------------------------------------

/**
 * Tranches, each tied to a milestone; percentages have at most two decimals and sum to exactly 100
 * (compared in basis points: 10,000), as the ledger's `validatePaymentScheme` checks.
 */
export const paymentSchemeSchema = z
  .object({
    tranches: z
      .array(z.object({ milestone: slugSchema, labelEs: label, labelEn: label, percent: z.number().positive().max(100) }))
      .min(1)
      .max(12),
    rounding: z.enum(['largestRemainder', 'lastTranche']).default('largestRemainder'),
  })
  .meta({ id: 'PaymentScheme' });
export type PaymentSchemeDoc = z.infer<typeof paymentSchemeSchema>;

/** The ledger engine's tranche specs of a stored scheme (labels in one language). */
export function trancheSpecs(scheme: PaymentSchemeDoc, locale: 'es' | 'en' = 'en'): { label: string; percent: number; milestone: string }[] {
  return scheme.tranches.map((t) => ({ label: locale === 'es' ? t.labelEs : t.labelEn, percent: t.percent, milestone: t.milestone }));
}

/** How the amount of an award is computed (DOMAIN.md section 3: a mandatory element of the call). */
export const amountRuleSchema = z
  .object({
    method: z.enum(['lump_sum', 'cost_share', 'other']),
    /** For `cost_share`: the share of eligible costs funded, in percent. */
    fundingRatePercent: z.number().positive().max(100).optional(),
    textEs: z.string().trim().min(1).max(5000),
    textEn: z.string().trim().min(1).max(5000),
  })
  .meta({ id: 'AmountRule' });
export type AmountRuleDoc = z.infer<typeof amountRuleSchema>;

// --- call: application form ----------------------------------------------------------------

const questionBase = {
  id: slugSchema,
  labelEs: label,
  labelEn: label,
  helpEs: longText.optional(),
  helpEn: longText.optional(),
  required: z.boolean().default(false),
};
const optionSchema = z.object({ id: slugSchema, labelEs: label, labelEn: label });

/** Media types an upload question may accept (checked against the sniffed type, never the name). */
export const UPLOAD_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/zip',
  'text/plain',
] as const;
export const MAX_UPLOAD_MB = 50;

export const questionSchema = z
  .discriminatedUnion('type', [
    z.object({ ...questionBase, type: z.literal('short_text'), minLength: z.number().int().min(0).max(1000).optional(), maxLength: z.number().int().min(1).max(1000).default(200) }),
    z.object({ ...questionBase, type: z.literal('long_text'), minLength: z.number().int().min(0).max(50_000).optional(), maxLength: z.number().int().min(1).max(50_000).default(5000) }),
    z.object({ ...questionBase, type: z.literal('number'), min: z.number().optional(), max: z.number().optional(), integer: z.boolean().default(false), unit: z.string().trim().max(20).optional() }),
    z.object({ ...questionBase, type: z.literal('date'), min: z.iso.date().optional(), max: z.iso.date().optional() }),
    z.object({ ...questionBase, type: z.literal('single_choice'), options: z.array(optionSchema).min(2).max(50) }),
    z.object({ ...questionBase, type: z.literal('multiple_choice'), options: z.array(optionSchema).min(2).max(50), minSelected: z.number().int().min(0).max(50).optional(), maxSelected: z.number().int().min(1).max(50).optional() }),
    z.object({ ...questionBase, type: z.literal('file'), allowedTypes: z.array(z.enum(UPLOAD_TYPES)).min(1), maxSizeMb: z.number().int().min(1).max(MAX_UPLOAD_MB).default(10), maxFiles: z.number().int().min(1).max(10).default(1) }),
    /** A budget table: one row per consortium partner, one column per cost category (cents). */
    z.object({ ...questionBase, type: z.literal('budget'), categories: z.array(optionSchema).min(1).max(12) }),
  ])
  .meta({ id: 'FormQuestion' });
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export const QUESTION_TYPES = ['short_text', 'long_text', 'number', 'date', 'single_choice', 'multiple_choice', 'file', 'budget'] as const satisfies readonly QuestionType[];

export const sectionSchema = z
  .object({ id: slugSchema, titleEs: label, titleEn: label, helpEs: longText.optional(), helpEn: longText.optional(), questions: z.array(questionSchema).max(60) })
  .meta({ id: 'FormSection' });
export const formSchema = z.object({ sections: z.array(sectionSchema).max(30) }).meta({ id: 'ApplicationForm' });
export type FormDoc = z.infer<typeof formSchema>;

// --- application: answers ------------------------------------------------------------------

/** Answer to a budget question: cents by cost category, by application partner id. */
export const budgetAnswerSchema = z.object({ partners: z.record(z.string(), z.record(z.string(), centsSchema)) });
/**
 * An answer, by question type: text and date `string`, single choice the option id `string`,
 * number `number`, multiple choice option ids `string[]`, file the attachment ids `string[]`,
 * budget `{ partners }`; `null` clears an answer.
 */
export const answerValueSchema = z.union([z.string().max(50_000), z.number(), z.array(z.string().max(100)).max(50), budgetAnswerSchema, z.null()]);
export type AnswerValue = z.infer<typeof answerValueSchema>;
export const answersSchema = z.record(z.string(), answerValueSchema).meta({ id: 'Answers' });
export type Answers = z.infer<typeof answersSchema>;

// --- eligibility result (engine `EligibilityResult`) -------------------------------------------

const paramValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export const ruleResultSchema = z
  .object({ code: z.string(), pass: z.boolean(), partnerId: z.string().optional(), params: z.record(z.string(), paramValue) })
  .meta({ id: 'RuleResult' });
export const eligibilityResultSchema = z
  .object({ eligible: z.boolean(), results: z.array(ruleResultSchema), failures: z.array(ruleResultSchema) })
  .meta({ id: 'EligibilityResult' });
export type EligibilityResultDoc = z.infer<typeof eligibilityResultSchema>;

// --- application partner: de minimis declaration -------------------------------------------------

/** Aid under the de minimis regulation (EU) 2023/2831 a partner declares for the last three years. */
export const deMinimisDeclarationSchema = z
  .object({
    /** No such aid received: an explicit statement, not an empty list by default. */
    noneReceived: z.boolean(),
    aids: z
      .array(z.object({ grantor: z.string().trim().min(1).max(300), grantedOn: z.iso.date(), amountCents: centsSchema, description: z.string().trim().max(500).optional() }))
      .max(50),
  })
  .meta({ id: 'DeMinimisDeclaration' });
export type DeMinimisDeclarationDoc = z.infer<typeof deMinimisDeclarationSchema>;

// --- application version: the snapshot -------------------------------------------------------

export const SME_SOURCES = ['declaration', 'registry', 'unknown'] as const;

/** What an application says about its project (in the draft and in every version). */
export const projectFields = {
  acronym: z.string().nullable(),
  title: z.string().nullable(),
  instrumentId: z.string().nullable(),
  trl: z.number().int().nullable(),
  /** Women and men among the people primarily responsible for the work (tie rule `tie.gender`); absent in versions submitted before it was asked. */
  teamWomen: z.number().int().nullable().optional(),
  teamMen: z.number().int().nullable().optional(),
  topics: z.array(z.string()),
  activities: z.array(z.string()),
};

/** One consortium member as it was when the version was submitted (the lead included). */
export const snapshotPartnerSchema = z.object({
  /** `application_partner.id`. */
  partnerId: z.string(),
  organisationId: z.string(),
  lead: z.boolean(),
  roles: z.array(z.string()),
  requestedCents: centsSchema,
  legalName: z.string(),
  taxId: z.string().nullable(),
  country: z.string(),
  /** NUTS code of the headquarters (else first) site; null outside the EU or when unknown. */
  nuts: z.string().nullable(),
  smeClass: z.enum(SIZE_CLASSES).nullable(),
  /** Where `smeClass` came from: the partner's self-declaration, the registry's assessment, or nowhere. */
  smeSource: z.enum(SME_SOURCES),
  /** Registry membership status (none, applicant, active, suspended, left). */
  membershipStatus: z.string(),
  naceCodes: z.array(z.string()),
  stages: z.array(z.string()),
  confirmedAt: z.string().nullable(),
  deMinimis: deMinimisDeclarationSchema.nullable(),
});
export type SnapshotPartner = z.infer<typeof snapshotPartnerSchema>;

/** An uploaded file as submitted: its content hash names the stored file. */
export const snapshotAttachmentSchema = z.object({ id: z.string(), questionId: z.string(), name: z.string(), sha256: z.string(), size: z.number().int(), mediaType: z.string() });

/**
 * `application_version.snapshot`: everything a submission said, frozen. `application_version.
 * snapshot_hash` is the sha256 of its canonical JSON (sorted keys). Readers: evaluation (scores the
 * latest version), publication of recipients, audits.
 *
 * - `call`: which call and deadline it was submitted against;
 * - `application`: reference, acronym, title, instrument (voucher), TRL, topics and activities
 *   chosen from the call's closed lists;
 * - `consortium`: every confirmed partner (the lead first) with the organisation data the
 *   eligibility check used, its roles, requested amount and de minimis declaration;
 * - `budget`: requested amounts by partner id and their total, and each partner's total of the
 *   cost tables (budget questions; the tables themselves are in `answers`);
 * - `answers`: by question id (file answers hold attachment ids);
 * - `attachments`: id, question, name, sha256, size and sniffed media type of each file;
 * - `form`: the form as the applicant answered it (so the version renders without the call);
 * - `eligibility`: the engine's result at submission (every rule, not only failures).
 */
export const snapshotSchema = z
  .object({
    schema: z.literal(1),
    version: z.number().int().min(1),
    submittedAt: z.string(),
    submittedBy: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
    call: z.object({ id: z.string(), code: z.string(), deadlineAt: z.string(), deadlineLocal: z.string(), deadlineZone: z.string() }),
    application: z.object({ id: z.string(), reference: z.string(), ...projectFields }),
    consortium: z.array(snapshotPartnerSchema),
    budget: z.object({
      requestedTotalCents: centsSchema,
      requested: z.record(z.string(), centsSchema),
      costTotals: z.record(z.string(), centsSchema),
    }),
    answers: answersSchema,
    attachments: z.array(snapshotAttachmentSchema),
    form: formSchema,
    eligibility: eligibilityResultSchema,
  })
  .meta({ id: 'ApplicationSnapshot' });
export type Snapshot = z.infer<typeof snapshotSchema>;
