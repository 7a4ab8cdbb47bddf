/** The payments ledger of a programme, its transitions, bank exports and dashboard. */
import { z } from 'zod';
import { idParamsSchema, responses } from '../../../../shared/contracts/common.js';
import { accountInputSchema, breakdownSchema, dashboardSchema, exportQuerySchema, ledgerQuerySchema, payerAccountSchema, payInputSchema, paymentSchema, reasonInputSchema } from '../../../../shared/contracts/payments.js';
import type { App } from '../../../platform/http/types.js';
import { payerAccount, setPayerAccount } from '../service/accounts.js';
import { programmeDashboard } from '../service/dashboard.js';
import { exportApproved } from '../service/export.js';
import { approvePayment, cancelPayment, payPayment, programmeLedger, returnPayment } from '../service/ledger.js';
import { verifyLedgers } from '../service/verify.js';

const tags = ['payments'];
const backOffice = ['admin', 'staff', 'finance'] as const;
const finance = ['admin', 'finance'] as const;

export function ledgerRoutes(app: App): void {
  app.get('/api/payments/programmes/:id/ledger', {
    config: { access: backOffice },
    schema: { tags, summary: "A programme's payments", params: idParamsSchema, querystring: ledgerQuerySchema, response: responses(z.array(paymentSchema)) },
    handler: async (req) => programmeLedger(req.ctx, req.params.id, req.query),
  });

  app.get('/api/payments/programmes/:id/dashboard', {
    config: { access: backOffice },
    schema: { tags, summary: "A programme's budget, committed, paid and due money, by region and instrument", params: idParamsSchema, response: responses(dashboardSchema) },
    handler: async (req) => programmeDashboard(req.ctx, req.params.id),
  });

  app.get('/api/payments/verify', {
    config: { access: backOffice },
    schema: { tags, summary: 'The ledger invariant per programme: awarded = paid + due + cancelled + returned', response: responses(z.object({ ok: z.boolean(), programmes: z.array(breakdownSchema) }).meta({ id: 'PaymentsVerification' })) },
    handler: async (req) => {
      const r = await verifyLedgers(req.ctx);
      return { ok: r.ok, programmes: r.programmes };
    },
  });

  app.get('/api/payments/programmes/:id/export', {
    config: { access: finance },
    schema: { tags, summary: 'Approved payments as a CSV for the bank or a SEPA credit transfer file (pain.001)', params: idParamsSchema, querystring: exportQuerySchema },
    handler: async (req, reply) => {
      const file = await exportApproved(req.ctx, req.params.id, req.query.format);
      void reply.header('content-disposition', `attachment; filename="${file.filename}"`);
      return reply.type(file.contentType).send(file.body);
    },
  });

  app.get('/api/payments/programmes/:id/account', {
    config: { access: backOffice },
    schema: { tags, summary: 'The account the programme pays from', params: idParamsSchema, response: responses(payerAccountSchema) },
    handler: async (req) => payerAccount(req.ctx, req.params.id),
  });

  app.put('/api/payments/programmes/:id/account', {
    config: { access: finance },
    schema: { tags, summary: 'Set the account the programme pays from (SEPA debtor)', params: idParamsSchema, body: accountInputSchema, response: responses(payerAccountSchema) },
    handler: async (req) => setPayerAccount(req.ctx, req.params.id, req.body),
  });

  app.post('/api/payments/payments/:id/approve', {
    config: { access: finance },
    schema: { tags, summary: 'Approve a due payment (never by its creator or by who made it due)', params: idParamsSchema, response: responses(paymentSchema) },
    handler: async (req) => approvePayment(req.ctx, req.params.id),
  });

  app.post('/api/payments/payments/:id/pay', {
    config: { access: finance },
    schema: { tags, summary: "Mark an approved payment paid, with the bank's value date and reference", params: idParamsSchema, body: payInputSchema, response: responses(paymentSchema) },
    handler: async (req) => payPayment(req.ctx, req.params.id, req.body),
  });

  app.post('/api/payments/payments/:id/cancel', {
    config: { access: backOffice },
    schema: { tags, summary: 'Cancel a scheduled or approved payment, with a reason', params: idParamsSchema, body: reasonInputSchema, response: responses(paymentSchema) },
    handler: async (req) => cancelPayment(req.ctx, req.params.id, req.body),
  });

  app.post('/api/payments/payments/:id/return', {
    config: { access: finance },
    schema: { tags, summary: 'Record that a paid payment was sent back', params: idParamsSchema, body: reasonInputSchema, response: responses(paymentSchema) },
    handler: async (req) => returnPayment(req.ctx, req.params.id, req.body),
  });
}
