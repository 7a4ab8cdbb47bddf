/** Request and response shapes of payments: projects, agreements, reports, the ledger, accounts, exports, dashboard. */
import { z } from 'zod';
import { centsSchema } from './funding.js';

export const PAYMENT_STATE_VALUES = ['scheduled', 'approved', 'paid', 'cancelled', 'returned'] as const;
export const REPORT_STATUS_VALUES = ['submitted', 'accepted', 'changes_requested'] as const;
export const AGREEMENT_STATUS_VALUES = ['draft', 'signed', 'terminated'] as const;

const dateSchema = z.iso.date();
const reason = z.string().trim().min(3).max(1000);

export const agreementInputSchema = z
  .object({ startsOn: dateSchema, endsOn: dateSchema })
  .refine((v) => v.endsOn > v.startsOn, { path: ['endsOn'], message: 'payments:agreement.ends_before_start' });
export const signInputSchema = z.object({ signedOn: dateSchema });
export const terminateInputSchema = z.object({ terminatedOn: dateSchema, reason: z.string().trim().min(10).max(2000) });
export const reportDecisionSchema = z
  .object({ decision: z.enum(['accept', 'request_changes']), comment: z.string().trim().max(2000).optional() })
  .refine((v) => v.decision === 'accept' || (v.comment ?? '').length >= 3, { path: ['comment'], message: 'payments:report.comment_required' });
export const payInputSchema = z.object({ valueDate: dateSchema, reference: z.string().trim().min(1).max(100) });
export const reasonInputSchema = z.object({ reason });
export const accountInputSchema = z
  .object({
    iban: z.string().trim().min(5).max(42),
    bic: z.string().trim().toUpperCase().max(11).optional().transform((v) => (v ? v : null)),
    holderName: z.string().trim().min(2).max(70),
  });
export const exportQuerySchema = z.object({ format: z.enum(['csv', 'sepa']).default('csv') });
export const ledgerQuerySchema = z.object({ state: z.enum(PAYMENT_STATE_VALUES).optional() });
export const projectsQuerySchema = z.object({ programmeId: z.uuid().optional() });

export const paymentSchema = z
  .object({
    id: z.uuid(),
    programmeId: z.uuid(),
    awardId: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    applicationId: z.uuid(),
    reference: z.string(),
    acronym: z.string().nullable(),
    trancheIndex: z.number().int(),
    milestone: z.string(),
    labelEs: z.string(),
    labelEn: z.string(),
    percent: z.number(),
    amountCents: centsSchema,
    state: z.enum(PAYMENT_STATE_VALUES),
    due: z.boolean(),
    dueAt: z.iso.datetime().nullable(),
    approvedAt: z.iso.datetime().nullable(),
    paidAt: z.iso.datetime().nullable(),
    valueDate: z.string().nullable(),
    bankReference: z.string().nullable(),
    closedAt: z.iso.datetime().nullable(),
    closeReason: z.string().nullable(),
  })
  .meta({ id: 'PaymentsPayment' });
export type PaymentDto = z.infer<typeof paymentSchema>;

export const reportSchema = z
  .object({
    id: z.uuid(),
    milestone: z.string(),
    kind: z.enum(['progress', 'final']),
    name: z.string(),
    size: z.number().int(),
    mediaType: z.string(),
    sha256: z.string(),
    status: z.enum(REPORT_STATUS_VALUES),
    submittedAt: z.iso.datetime(),
    decidedAt: z.iso.datetime().nullable(),
    comment: z.string().nullable(),
  })
  .meta({ id: 'PaymentsReport' });

export const agreementSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(AGREEMENT_STATUS_VALUES),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    signedOn: z.string().nullable(),
    terminatedOn: z.string().nullable(),
    terminationReason: z.string().nullable(),
  })
  .meta({ id: 'PaymentsAgreement' });

export const milestoneSchema = z
  .object({ milestone: z.string(), labelEs: z.string(), labelEn: z.string(), percent: z.number(), reportable: z.boolean(), kind: z.enum(['progress', 'final']).nullable() })
  .meta({ id: 'PaymentsMilestone' });

const totals = { awardedCents: centsSchema, paidCents: centsSchema, dueCents: centsSchema };

export const projectSummarySchema = z
  .object({
    applicationId: z.uuid(),
    reference: z.string(),
    acronym: z.string().nullable(),
    title: z.string().nullable(),
    callCode: z.string(),
    programmeId: z.uuid(),
    programmeCode: z.string(),
    leadName: z.string(),
    agreement: agreementSchema.nullable(),
    ...totals,
    reportsPending: z.number().int(),
  })
  .meta({ id: 'PaymentsProjectSummary' });
export type ProjectSummaryDto = z.infer<typeof projectSummarySchema>;

export const projectSchema = projectSummarySchema
  .extend({
    awards: z.array(z.object({ id: z.uuid(), organisationId: z.uuid(), organisationName: z.string(), amountCents: centsSchema, nutsCode: z.string().nullable() })),
    milestones: z.array(milestoneSchema),
    payments: z.array(paymentSchema),
    reports: z.array(reportSchema),
    /** What the reader may do here. */
    can: z.object({ manage: z.boolean(), report: z.boolean(), pay: z.boolean(), cancel: z.boolean() }),
  })
  .meta({ id: 'PaymentsProject' });
export type ProjectDto = z.infer<typeof projectSchema>;

export const accountSchema = z
  .object({
    id: z.uuid().nullable(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    iban: z.string().nullable(),
    bic: z.string().nullable(),
    holderName: z.string().nullable(),
    verified: z.boolean(),
    verifiedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'PaymentsAccount' });
export type AccountDto = z.infer<typeof accountSchema>;

export const payerAccountSchema = z
  .object({ programmeId: z.uuid(), iban: z.string().nullable(), bic: z.string().nullable(), holderName: z.string().nullable() })
  .meta({ id: 'PaymentsPayerAccount' });

export const breakdownSchema = z
  .object({
    programmeId: z.uuid(),
    programmeCode: z.string(),
    awardedCents: centsSchema,
    scheduledCents: centsSchema,
    approvedCents: centsSchema,
    paidCents: centsSchema,
    cancelledCents: centsSchema,
    returnedCents: centsSchema,
    differenceCents: z.number().int(),
    ok: z.boolean(),
  })
  .meta({ id: 'PaymentsLedgerBreakdown' });
export type BreakdownDto = z.infer<typeof breakdownSchema>;

const slice = z.object({ key: z.string(), label: z.string(), committedCents: centsSchema, paidCents: centsSchema });

export const dashboardSchema = z
  .object({
    programmeId: z.uuid(),
    programmeCode: z.string(),
    programmeName: z.string(),
    budgetCents: centsSchema,
    committedCents: centsSchema,
    awardedCents: centsSchema,
    externalCents: centsSchema,
    paidCents: centsSchema,
    /** Scheduled or approved and already due. */
    dueCents: centsSchema,
    /** Scheduled, not yet due (waiting for a report or a signature). */
    upcomingCents: centsSchema,
    projects: z.number().int(),
    signedAgreements: z.number().int(),
    byRegion: z.array(slice),
    byInstrument: z.array(slice),
    ledger: breakdownSchema,
    /** What the reader may do in this programme's ledger. */
    can: z.object({ pay: z.boolean(), cancel: z.boolean() }),
  })
  .meta({ id: 'PaymentsDashboard' });
export type DashboardDto = z.infer<typeof dashboardSchema>;
