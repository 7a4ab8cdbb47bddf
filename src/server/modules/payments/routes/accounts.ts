/** Recipients' bank accounts. */
import { z } from 'zod';
import { idParamsSchema, responses } from '../../../../shared/contracts/common.js';
import { accountInputSchema, accountSchema } from '../../../../shared/contracts/payments.js';
import type { App } from '../../../platform/http/types.js';
import { listAccounts, myAccounts, setMyAccount, verifyAccount } from '../service/accounts.js';

const tags = ['payments'];
const recipients = ['applicant', 'member'] as const;

export function accountRoutes(app: App): void {
  app.get('/api/payments/my/accounts', {
    config: { access: recipients },
    schema: { tags, summary: 'Bank accounts of the funded organisations I act for', response: responses(z.array(accountSchema)) },
    handler: async (req) => myAccounts(req.ctx),
  });

  app.put('/api/payments/my/accounts/:id', {
    config: { access: recipients },
    schema: { tags, summary: 'Enter the bank account of an organisation I act for (by organisation id; finance verifies it again)', params: idParamsSchema, body: accountInputSchema, response: responses(z.array(accountSchema)) },
    handler: async (req) => setMyAccount(req.ctx, req.params.id, req.body),
  });

  app.get('/api/payments/accounts', {
    config: { access: ['admin', 'staff', 'finance'] },
    schema: { tags, summary: "Recipients' bank accounts", querystring: z.object({ unverified: z.stringbool().optional() }), response: responses(z.array(accountSchema)) },
    handler: async (req) => listAccounts(req.ctx, req.query),
  });

  app.post('/api/payments/accounts/:id/verify', {
    config: { access: ['admin', 'finance'] },
    schema: { tags, summary: 'Verify a bank account (it may then be exported)', params: idParamsSchema, response: responses(accountSchema) },
    handler: async (req) => verifyAccount(req.ctx, req.params.id),
  });
}
