/** Programmes and their commitments (back office). */
import { z } from 'zod';
import { idParamsSchema, okSchema, responses } from '../../../../shared/contracts/common.js';
import { commitmentInputSchema, commitmentSchema, programmeInputSchema, programmePatchSchema, programmeSchema } from '../../../../shared/contracts/funding-calls.js';
import type { App } from '../../../platform/http/types.js';
import { addCommitment, createProgramme, getProgramme, listCommitments, listProgrammes, removeCommitment, updateProgramme } from '../service/programmes.js';

const tags = ['funding'];
const backOffice = ['admin', 'staff', 'finance'] as const;
const managers = ['admin', 'staff'] as const;

export function programmeRoutes(app: App): void {
  app.get('/api/funding/programmes', {
    config: { access: backOffice },
    schema: { tags, summary: 'Programmes (sources of money) with their calls and commitments totals', response: responses(z.array(programmeSchema)) },
    handler: async (req) => listProgrammes(req.ctx),
  });

  app.post('/api/funding/programmes', {
    config: { access: managers },
    schema: { tags, summary: 'Create a programme (staff: of one of their offices)', body: programmeInputSchema, response: responses(programmeSchema) },
    handler: async (req) => createProgramme(req.ctx, req.body),
  });

  app.get('/api/funding/programmes/:id', {
    config: { access: backOffice },
    schema: { tags, summary: 'One programme', params: idParamsSchema, response: responses(programmeSchema) },
    handler: async (req) => getProgramme(req.ctx, req.params.id),
  });

  app.patch('/api/funding/programmes/:id', {
    config: { access: managers },
    schema: { tags, summary: 'Change a programme (its cap per recipient is copied into its calls)', params: idParamsSchema, body: programmePatchSchema, response: responses(programmeSchema) },
    handler: async (req) => updateProgramme(req.ctx, req.params.id, req.body),
  });

  app.get('/api/funding/programmes/:id/commitments', {
    config: { access: backOffice },
    schema: { tags, summary: 'Money committed to recipients in the programme (counted against the cap)', params: idParamsSchema, response: responses(z.array(commitmentSchema)) },
    handler: async (req) => listCommitments(req.ctx, req.params.id),
  });

  app.post('/api/funding/programmes/:id/commitments', {
    config: { access: managers },
    schema: { tags, summary: 'Record support an organisation received from the programme outside Veta', params: idParamsSchema, body: commitmentInputSchema, response: responses(z.array(commitmentSchema)) },
    handler: async (req) => addCommitment(req.ctx, req.params.id, req.body),
  });

  app.delete('/api/funding/commitments/:id', {
    config: { access: managers },
    schema: { tags, summary: 'Remove a commitment recorded by hand', params: idParamsSchema, response: responses(okSchema) },
    handler: async (req) => {
      await removeCommitment(req.ctx, req.params.id);
      return { ok: true as const };
    },
  });
}
