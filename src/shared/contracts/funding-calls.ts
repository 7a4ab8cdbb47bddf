/** Request and response shapes of programmes and calls (staff) and of the public call pages. */
import { z } from 'zod';
import {
  activitiesSchema,
  amountRuleSchema,
  callRankingSchema,
  callRulesSchema,
  centsSchema,
  envelopesSchema,
  formSchema,
  partnerRolesSchema,
  paymentSchemeSchema,
  topicsSchema,
} from './funding.js';
import { CALL_STATUSES, DEFAULT_RECIPIENT_CAP_CENTS, PROGRAMME_SOURCES } from '../funding.js';


/** Codes of programmes and calls: upper-case letters, digits and dashes (`MTG-OC2`, `BI26`). */
export const codeSchema = z.string().trim().toUpperCase().regex(/^[A-Z0-9][A-Z0-9-]{1,23}$/);
const text = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));
const dateSchema = z.iso.date();

const programmeFields = z.object({
  code: codeSchema,
  name: z.string().trim().min(2).max(300),
  description: text(5000),
  source: z.enum(PROGRAMME_SOURCES),
  grantReference: text(100),
  totalBudgetCents: centsSchema,
  currency: z.literal('EUR'),
  /** Most one third party may receive over the whole programme; default 60,000 EUR. */
  recipientCapCents: centsSchema,
  /** Required (to publish its calls) when the cap is above 60,000 EUR. */
  capJustification: text(5000),
  fstp: z.boolean(),
  deMinimis: z.boolean(),
  envelopes: envelopesSchema,
  officeId: z.uuid().nullish().transform((v) => v ?? null),
  startsOn: dateSchema.nullish().transform((v) => v ?? null),
  endsOn: dateSchema.nullish().transform((v) => v ?? null),
});
export const programmeInputSchema = programmeFields.extend({
  currency: programmeFields.shape.currency.default('EUR'),
  recipientCapCents: programmeFields.shape.recipientCapCents.default(DEFAULT_RECIPIENT_CAP_CENTS),
  fstp: programmeFields.shape.fstp.default(false),
  deMinimis: programmeFields.shape.deMinimis.default(false),
  envelopes: programmeFields.shape.envelopes.default([]),
});
/** Changes: only the fields given (no defaults: a missing field stays as it is). */
export const programmePatchSchema = programmeFields.partial();

export const programmeSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    source: z.enum(PROGRAMME_SOURCES),
    grantReference: z.string().nullable(),
    totalBudgetCents: z.number().int(),
    currency: z.string(),
    recipientCapCents: z.number().int(),
    capJustification: z.string().nullable(),
    fstp: z.boolean(),
    deMinimis: z.boolean(),
    envelopes: envelopesSchema,
    officeId: z.uuid().nullable(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    /** Sum of the budgets of its calls. */
    callsBudgetCents: z.number().int(),
    /** Money committed to recipients (awards and support recorded outside Veta). */
    committedCents: z.number().int(),
    callCount: z.number().int(),
    canManage: z.boolean(),
  })
  .meta({ id: 'Programme' });
export type ProgrammeDto = z.infer<typeof programmeSchema>;

export const commitmentInputSchema = z.object({
  organisationId: z.uuid(),
  amountCents: centsSchema.refine((v) => v > 0),
  note: z.string().trim().min(2).max(500),
});
export const commitmentSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    amountCents: z.number().int(),
    source: z.enum(['award', 'external']),
    applicationId: z.uuid().nullable(),
    note: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Commitment' });

const callFieldsInput = z.object({
  programmeId: z.uuid(),
  code: codeSchema,
  titleEs: z.string().trim().min(2).max(300),
  titleEn: z.string().trim().min(2).max(300),
  summaryEs: text(1000),
  summaryEn: text(1000),
  textEs: text(100_000),
  textEn: text(100_000),
  opensAt: z.iso.datetime({ offset: true }).nullish().transform((v) => v ?? null),
  /** Local date-time `YYYY-MM-DDTHH:mm` in `deadlineZone`, e.g. `2022-03-14T17:00` + `Europe/Brussels`. */
  deadlineLocal: z.string().trim().max(19).nullish().transform((v) => v ?? null),
  deadlineZone: z.string().trim().max(60).nullish().transform((v) => v ?? null),
  budgetCents: centsSchema.nullish().transform((v) => v ?? null),
  maxAwards: z.number().int().min(1).max(10_000).nullish().transform((v) => v ?? null),
  activities: activitiesSchema,
  topics: topicsSchema,
  partnerRoles: partnerRolesSchema,
  rules: callRulesSchema,
  ranking: callRankingSchema.nullish().transform((v) => v ?? null),
  paymentScheme: paymentSchemeSchema.nullish().transform((v) => v ?? null),
  amountRule: amountRuleSchema.nullish().transform((v) => v ?? null),
  form: formSchema,
});
/** A call's configuration; every field but `programmeId` and `code` may be changed later. */
export const callInputSchema = callFieldsInput.extend({
  activities: activitiesSchema.default([]),
  topics: topicsSchema.default([]),
  partnerRoles: partnerRolesSchema.default([]),
  rules: callRulesSchema.default({ instruments: [] }),
  form: formSchema.default({ sections: [] }),
});
/** Changes: only the fields given (no defaults: a missing field stays as it is). */
export const callPatchSchema = callFieldsInput.omit({ programmeId: true, code: true }).partial();
export type CallInput = z.output<typeof callInputSchema>;
export type CallPatch = z.output<typeof callPatchSchema>;

export const callDocumentSchema = z
  .object({ id: z.uuid(), title: z.string(), language: z.enum(['es', 'en']).nullable(), name: z.string(), size: z.number().int(), mediaType: z.string(), sha256: z.string() })
  .meta({ id: 'CallDocument' });

const callFields = {
  id: z.uuid(),
  programmeId: z.uuid(),
  code: z.string(),
  status: z.enum(CALL_STATUSES),
  titleEs: z.string(),
  titleEn: z.string(),
  summaryEs: z.string().nullable(),
  summaryEn: z.string().nullable(),
  textEs: z.string().nullable(),
  textEn: z.string().nullable(),
  opensAt: z.iso.datetime().nullable(),
  deadlineLocal: z.string().nullable(),
  deadlineZone: z.string().nullable(),
  deadlineAt: z.iso.datetime().nullable(),
  budgetCents: z.number().int().nullable(),
  maxAwards: z.number().int().nullable(),
  activities: activitiesSchema,
  topics: topicsSchema,
  partnerRoles: partnerRolesSchema,
  rules: callRulesSchema,
  ranking: callRankingSchema.nullable(),
  paymentScheme: paymentSchemeSchema.nullable(),
  amountRule: amountRuleSchema.nullable(),
  form: formSchema,
  publishedAt: z.iso.datetime().nullable(),
  closedAt: z.iso.datetime().nullable(),
  documents: z.array(callDocumentSchema),
};

export const callSchema = z
  .object({ ...callFields, programmeCode: z.string(), programmeName: z.string(), applicationCounts: z.record(z.string(), z.number().int()), canManage: z.boolean() })
  .meta({ id: 'Call' });
export type CallDto = z.infer<typeof callSchema>;

export const callSummarySchema = z
  .object({
    id: z.uuid(),
    programmeId: z.uuid(),
    programmeCode: z.string(),
    code: z.string(),
    status: z.enum(CALL_STATUSES),
    titleEs: z.string(),
    titleEn: z.string(),
    deadlineAt: z.iso.datetime().nullable(),
    deadlineZone: z.string().nullable(),
    budgetCents: z.number().int().nullable(),
    applications: z.number().int(),
    submitted: z.number().int(),
  })
  .meta({ id: 'CallSummary' });

/** One element of the publication checklist (DOMAIN.md section 3: what a call text must define). */
export const checklistItemSchema = z
  .object({
    code: z.string(),
    ok: z.boolean(),
    /** A missing mandatory element blocks publication; the others are advice. */
    mandatory: z.boolean(),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
    /** Problems found in the element, with their paths in the call document. */
    issues: z.array(z.object({ path: z.string(), code: z.string(), params: z.record(z.string(), z.unknown()).optional() })),
  })
  .meta({ id: 'ChecklistItem' });
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export const checklistSchema = z.object({ publishable: z.boolean(), items: z.array(checklistItemSchema) }).meta({ id: 'CallChecklist' });

/** What anyone may read of a published call. */
export const publicCallSchema = z
  .object({
    ...callFields,
    status: z.enum(['published', 'closed']),
    programmeName: z.string(),
    programmeSource: z.enum(PROGRAMME_SOURCES),
    fstp: z.boolean(),
    deMinimis: z.boolean(),
    recipientCapCents: z.number().int(),
    currency: z.string(),
    /** The server's clock now, so that a countdown does not depend on the visitor's clock. */
    serverNow: z.iso.datetime(),
  })
  .omit({ closedAt: true })
  .meta({ id: 'PublicCall' });
export type PublicCallDto = z.infer<typeof publicCallSchema>;

export const publicCallSummarySchema = z
  .object({
    code: z.string(),
    status: z.enum(['published', 'closed']),
    open: z.boolean(),
    titleEs: z.string(),
    titleEn: z.string(),
    summaryEs: z.string().nullable(),
    summaryEn: z.string().nullable(),
    programmeName: z.string(),
    deadlineAt: z.iso.datetime().nullable(),
    deadlineLocal: z.string().nullable(),
    deadlineZone: z.string().nullable(),
    budgetCents: z.number().int().nullable(),
    maxAwards: z.number().int().nullable(),
    instruments: z.array(z.object({ id: z.string(), nameEs: z.string(), nameEn: z.string(), maxPerRecipientCents: z.number().int().nullable() })),
  })
  .meta({ id: 'PublicCallSummary' });
export const publicCallListSchema = z.object({ items: z.array(publicCallSummarySchema), serverNow: z.iso.datetime() }).meta({ id: 'PublicCallList' });
