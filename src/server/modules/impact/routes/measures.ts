/** Measures, the organisations and sites they can belong to, and the measures export. */
import { z } from 'zod';
import { idParamsSchema, okSchema, pageQuerySchema, pageSchema, responses } from '../../../../shared/contracts/common.js';
import { impactAwardSchema, impactOrganisationSchema, measureInputSchema, measureQuerySchema, measureSchema, measureUpdateSchema } from '../../../../shared/contracts/impact.js';
import type { App } from '../../../platform/http/types.js';
import { presentMeasure } from '../presenters.js';
import { listOrganisationsWithSites } from '../repository/common.js';
import { allMeasures } from '../repository/measures.js';
import { measuresCsv, measuresXlsx } from '../service/exports.js';
import { awardsForMeasures, createMeasure, deleteMeasure, getMeasure, listMeasures, searchText, updateMeasure } from '../service/measures.js';
import { visibleFor } from '../service/scope.js';

export const tags = ['impact'];
/** Who works with measures, meters and readings (finer rules: policy.ts). */
export const recorders = ['admin', 'staff', 'member'] as const;

export function measureRoutes(app: App): void {
  app.get('/api/impact/organisations', {
    config: { access: recorders },
    schema: { tags, summary: 'Organisations (with their sites) whose impact records you may see', response: responses(z.array(impactOrganisationSchema)) },
    handler: async (req) => listOrganisationsWithSites(req.ctx.db, await visibleFor(req.ctx)),
  });

  app.get('/api/impact/organisations/:id/awards', {
    config: { access: recorders },
    schema: { tags, summary: "The organisation's awards (to link a measure to the money behind it)", params: idParamsSchema, response: responses(z.array(impactAwardSchema)) },
    handler: async (req) => awardsForMeasures(req.ctx, req.params.id),
  });

  app.get('/api/impact/measures', {
    config: { access: recorders },
    schema: { tags, summary: 'Measures, newest first, with their latest verified savings', querystring: pageQuerySchema.extend(measureQuerySchema.shape), response: responses(pageSchema(measureSchema)) },
    handler: async (req) => {
      const page = await listMeasures(req.ctx, req.query);
      return { items: page.items.map(presentMeasure), total: page.total };
    },
  });

  app.get('/api/impact/measures/export', {
    config: { access: recorders },
    schema: {
      tags,
      summary: 'Measures with their verified savings as CSV or XLSX (same filters as the list)',
      querystring: measureQuerySchema.extend({ format: z.enum(['csv', 'xlsx']).default('xlsx') }),
      response: responses(z.string().meta({ description: 'The file' })),
    },
    handler: async (req, reply) => {
      const { format, q, ...rest } = req.query;
      const measures = await allMeasures(req.ctx.db, { ...rest, q: q ? searchText(q) : undefined, visibility: await visibleFor(req.ctx) });
      const xlsx = format === 'xlsx';
      void reply
        .header('content-disposition', `attachment; filename="impact-measures.${format}"`)
        .type(xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8');
      // A stream is sent as is (no serialisation); the schema only documents the file.
      return reply.send((xlsx ? measuresXlsx(req.ctx, measures) : measuresCsv(req.ctx, measures)) as unknown as string);
    },
  });

  app.post('/api/impact/measures', {
    config: { access: recorders },
    schema: { tags, summary: 'Record a measure', body: measureInputSchema, response: responses(measureSchema) },
    handler: async (req) => presentMeasure(await createMeasure(req.ctx, req.body)),
  });

  app.get('/api/impact/measures/:id', {
    config: { access: recorders },
    schema: { tags, summary: 'One measure', params: idParamsSchema, response: responses(measureSchema) },
    handler: async (req) => presentMeasure(await getMeasure(req.ctx, req.params.id)),
  });

  app.patch('/api/impact/measures/:id', {
    config: { access: recorders },
    schema: { tags, summary: 'Change a measure or its meters', params: idParamsSchema, body: measureUpdateSchema, response: responses(measureSchema) },
    handler: async (req) => presentMeasure(await updateMeasure(req.ctx, req.params.id, req.body)),
  });

  app.delete('/api/impact/measures/:id', {
    config: { access: recorders },
    schema: { tags, summary: 'Remove a measure without verified savings', params: idParamsSchema, response: responses(okSchema) },
    handler: async (req) => {
      await deleteMeasure(req.ctx, req.params.id);
      return { ok: true as const };
    },
  });
}
