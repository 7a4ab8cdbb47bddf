/** Calls (back office): configuration, checklist, publication, documents; and the public call pages. */
import { z } from 'zod';
import { idParamsSchema, okSchema, responses } from '../../../../shared/contracts/common.js';
import {
  callDocumentSchema,
  callInputSchema,
  callPatchSchema,
  callSchema,
  callSummarySchema,
  checklistSchema,
  publicCallListSchema,
  publicCallSchema,
} from '../../../../shared/contracts/funding-calls.js';
import type { App } from '../../../platform/http/types.js';
import { closeCall, createCall, getCall, getChecklist, listCalls, publishCall, updateCall } from '../service/calls.js';
import { addDocument, documentForDownload, removeDocument } from '../service/documents.js';
import { listPublicCalls, publicCall } from '../service/public.js';
import { filePart, sendStored } from './download.js';

const tags = ['funding'];
const backOffice = ['admin', 'staff', 'finance'] as const;
const managers = ['admin', 'staff'] as const;

export function callRoutes(app: App): void {
  app.get('/api/funding/calls', {
    config: { access: backOffice },
    schema: { tags, summary: 'Calls, optionally of one programme, with application counts', querystring: z.object({ programmeId: z.uuid().optional() }), response: responses(z.array(callSummarySchema)) },
    handler: async (req) => listCalls(req.ctx, req.query.programmeId),
  });

  app.post('/api/funding/calls', {
    config: { access: managers },
    schema: { tags, summary: 'Create a call (a draft) in a programme', body: callInputSchema, response: responses(callSchema) },
    handler: async (req) => createCall(req.ctx, req.body),
  });

  app.get('/api/funding/calls/:id', {
    config: { access: backOffice },
    schema: { tags, summary: 'One call with its whole configuration', params: idParamsSchema, response: responses(callSchema) },
    handler: async (req) => getCall(req.ctx, req.params.id),
  });

  app.patch('/api/funding/calls/:id', {
    config: { access: managers },
    schema: { tags, summary: 'Change a call (checked whole; a published call must stay publishable)', params: idParamsSchema, body: callPatchSchema, response: responses(callSchema) },
    handler: async (req) => updateCall(req.ctx, req.params.id, req.body),
  });

  app.get('/api/funding/calls/:id/checklist', {
    config: { access: backOffice },
    schema: { tags, summary: 'What the call must still define before it can be published', params: idParamsSchema, response: responses(checklistSchema) },
    handler: async (req) => getChecklist(req.ctx, req.params.id),
  });

  app.post('/api/funding/calls/:id/publish', {
    config: { access: managers },
    schema: { tags, summary: 'Publish a call (refused while a mandatory element is missing)', params: idParamsSchema, response: responses(callSchema) },
    handler: async (req) => publishCall(req.ctx, req.params.id),
  });

  app.post('/api/funding/calls/:id/close', {
    config: { access: managers },
    schema: { tags, summary: 'Close a published call after its deadline', params: idParamsSchema, response: responses(callSchema) },
    handler: async (req) => closeCall(req.ctx, req.params.id),
  });

  app.post('/api/funding/calls/:id/documents', {
    config: { access: managers },
    schema: {
      tags,
      summary: 'Attach a document to the call (multipart field `file`; PDF, office documents or ZIP)',
      params: idParamsSchema,
      querystring: z.object({ title: z.string().trim().min(2).max(200), language: z.enum(['es', 'en']).optional() }),
      consumes: ['multipart/form-data'],
      response: responses(callDocumentSchema),
    },
    handler: async (req) => {
      const part = await filePart(req);
      return addDocument(req.ctx, req.params.id, { stream: part.file as never, filename: part.filename }, { title: req.query.title, language: req.query.language ?? null });
    },
  });

  app.delete('/api/funding/documents/:id', {
    config: { access: managers },
    schema: { tags, summary: 'Remove a document from its call', params: idParamsSchema, response: responses(okSchema) },
    handler: async (req) => {
      await removeDocument(req.ctx, req.params.id);
      return { ok: true as const };
    },
  });

  app.get('/api/public/calls', {
    config: { access: 'public' },
    schema: { tags: ['public'], summary: 'Published calls, open ones first', response: responses(publicCallListSchema) },
    handler: async (req) => listPublicCalls(req.ctx),
  });

  app.get('/api/public/calls/:code', {
    config: { access: 'public' },
    schema: { tags: ['public'], summary: 'A published call: text, lists, instruments, rules, criteria, payments, form, documents', params: z.object({ code: z.string().max(30) }), response: responses(publicCallSchema) },
    handler: async (req) => publicCall(req.ctx, req.params.code),
  });

  app.get('/api/public/documents/:id', {
    config: { access: 'public' },
    schema: { tags: ['public'], summary: 'Download a document of a published call', params: idParamsSchema },
    handler: async (req, reply) => sendStored(req.ctx, reply, await documentForDownload(req.ctx, req.params.id)),
  });
}
