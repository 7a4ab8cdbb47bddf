/**
 * How readings arrive: the HTTP batch API (site token), site tokens, CSV/XLSX uploads with a
 * mapping, dry run and commit, and the status of the MQTT subscriber.
 */
import { z } from 'zod';
import { idParamsSchema, okSchema, responses } from '../../../../shared/contracts/common.js';
import {
  batchIngestSchema,
  createdSiteTokenSchema,
  importMappingSchema,
  importReportSchema,
  ingestResultSchema,
  siteTokenInputSchema,
  siteTokenSchema,
  telemetryStatusSchema,
  uploadSchema,
} from '../../../../shared/contracts/impact.js';
import { AppError } from '../../../platform/http/errors.js';
import type { App } from '../../../platform/http/types.js';
import { canSeeTelemetry } from '../policy.js';
import { presentSiteToken, presentUpload } from '../presenters.js';
import { ingestBatch } from '../service/ingest.js';
import { createSiteToken, listSiteTokens, revokeSiteToken } from '../service/site-tokens.js';
import { commitUpload, createUpload, dryRunUpload, getUpload, listUploads } from '../service/uploads.js';
import { telemetryStatus } from '../telemetry/runtime.js';
import { recorders, tags } from './measures.js';

export const SITE_TOKEN_HEADER = 'x-site-token';
const siteParams = z.object({ siteId: z.uuid() });

export function ingestionRoutes(app: App): void {
  app.post('/api/impact/ingest', {
    config: { access: 'public' },
    bodyLimit: 16 * 1024 * 1024,
    schema: {
      tags,
      summary: 'Readings from a site (HTTP batch): header x-site-token; all stored or none; repeats are no-ops',
      body: batchIngestSchema,
      response: responses(ingestResultSchema),
    },
    handler: async (req) => {
      const token = req.headers[SITE_TOKEN_HEADER];
      return ingestBatch(req.ctx, typeof token === 'string' ? token : undefined, req.body);
    },
  });

  app.get('/api/impact/sites/:siteId/tokens', {
    config: { access: recorders },
    schema: { tags, summary: 'Ingestion tokens of a site', params: siteParams, response: responses(z.array(siteTokenSchema)) },
    handler: async (req) => (await listSiteTokens(req.ctx, req.params.siteId)).map(presentSiteToken),
  });

  app.post('/api/impact/sites/:siteId/tokens', {
    config: { access: recorders },
    schema: { tags, summary: 'Create an ingestion token (the secret is shown once)', params: siteParams, body: siteTokenInputSchema, response: responses(createdSiteTokenSchema) },
    handler: async (req) => {
      const { row, secret } = await createSiteToken(req.ctx, req.params.siteId, req.body.name);
      return { ...presentSiteToken(row), secret };
    },
  });

  app.delete('/api/impact/sites/:siteId/tokens/:tokenId', {
    config: { access: recorders },
    schema: { tags, summary: 'Revoke an ingestion token', params: siteParams.extend({ tokenId: z.uuid() }), response: responses(okSchema) },
    handler: async (req) => {
      await revokeSiteToken(req.ctx, req.params.siteId, req.params.tokenId);
      return { ok: true as const };
    },
  });

  app.get('/api/impact/sites/:siteId/uploads', {
    config: { access: recorders },
    schema: { tags, summary: 'Reading files uploaded for a site, newest first', params: siteParams, response: responses(z.array(uploadSchema)) },
    handler: async (req) => (await listUploads(req.ctx, req.params.siteId)).map(presentUpload),
  });

  app.post('/api/impact/sites/:siteId/uploads', {
    config: { access: recorders },
    schema: { tags, summary: 'Upload a CSV or XLSX file of readings (multipart field "file"); returns its columns', params: siteParams, consumes: ['multipart/form-data'], response: responses(uploadSchema) },
    handler: async (req) => {
      if (!req.isMultipart()) throw new AppError('payload.unsupported_type', {});
      const file = await req.file();
      if (!file) throw new AppError('impact.upload_unreadable', { reason: 'no file' });
      return presentUpload(await createUpload(req.ctx, req.params.siteId, { filename: file.filename, stream: file.file }));
    },
  });

  app.get('/api/impact/uploads/:id', {
    config: { access: recorders },
    schema: { tags, summary: 'One upload with its columns and first rows', params: idParamsSchema, response: responses(uploadSchema) },
    handler: async (req) => presentUpload(await getUpload(req.ctx, req.params.id)),
  });

  app.post('/api/impact/uploads/:id/dry-run', {
    config: { access: recorders },
    schema: { tags, summary: 'Check an upload with a mapping: every row\'s problems, nothing stored', params: idParamsSchema, body: importMappingSchema, response: responses(importReportSchema) },
    handler: async (req) => dryRunUpload(req.ctx, req.params.id, req.body),
  });

  app.post('/api/impact/uploads/:id/commit', {
    config: { access: recorders },
    schema: { tags, summary: 'Store an upload\'s readings: all of them, or none when a row has an error', params: idParamsSchema, body: importMappingSchema, response: responses(importReportSchema) },
    handler: async (req) => commitUpload(req.ctx, req.params.id, req.body),
  });

  app.get('/api/impact/telemetry', {
    config: { access: ['admin', 'staff'] },
    schema: { tags, summary: 'The MQTT subscriber of this server: broker, topic, counters', response: responses(telemetryStatusSchema) },
    handler: async (req) => {
      if (!canSeeTelemetry(req.actor)) throw new AppError('auth.forbidden', {});
      return telemetryStatus(req.ctx.config.MQTT_TOPIC_PREFIX);
    },
  });
}
