/** Value chain: CRMA benchmarks tracker and capacity figures, member coverage, battery chain. */
import { z } from 'zod';
import { idParamsSchema, okSchema, responses } from '../../../../shared/contracts/common.js';
import {
  batteryViewSchema,
  capacityFigureInputSchema,
  capacityFigureSchema,
  coverageExportQuerySchema,
  coverageQuerySchema,
  coverageSchema,
  optionalDatasetQuerySchema,
  trackerSchema,
} from '../../../../shared/contracts/materials-chain.js';
import type { App } from '../../../platform/http/types.js';
import { CLUSTER_ROLES, MANAGER_ROLES } from '../policy.js';
import { batteryView } from '../service/battery.js';
import { coverage, coverageCsv, coverageXlsx } from '../service/coverage.js';
import { createCapacityFigure, deleteCapacityFigure, listCapacityFigures, tracker, updateCapacityFigure } from '../service/tracker.js';

const tags = ['materials: value chain'];

export function chainRoutes(app: App): void {
  app.get('/api/materials/benchmarks', {
    config: { access: CLUSTER_ROLES },
    schema: { tags, summary: 'CRMA Art. 5 benchmarks per strategic material, with Spain and members', response: responses(trackerSchema) },
    handler: async (req) => tracker(req.ctx),
  });

  app.get('/api/materials/capacity-figures', {
    config: { access: CLUSTER_ROLES },
    schema: { tags, summary: 'Capacity figures (EU, Spain, members)', querystring: z.object({ materialId: z.string().max(60).optional() }), response: responses(z.array(capacityFigureSchema)) },
    handler: async (req) => listCapacityFigures(req.ctx, req.query.materialId),
  });

  app.post('/api/materials/capacity-figures', {
    config: { access: MANAGER_ROLES },
    schema: { tags, summary: 'Enter a capacity figure with its source and year', body: capacityFigureInputSchema, response: responses(capacityFigureSchema) },
    handler: async (req) => createCapacityFigure(req.ctx, req.body),
  });

  app.put('/api/materials/capacity-figures/:id', {
    config: { access: MANAGER_ROLES },
    schema: { tags, summary: 'Change a capacity figure', params: idParamsSchema, body: capacityFigureInputSchema, response: responses(capacityFigureSchema) },
    handler: async (req) => updateCapacityFigure(req.ctx, req.params.id, req.body),
  });

  app.delete('/api/materials/capacity-figures/:id', {
    config: { access: MANAGER_ROLES },
    schema: { tags, summary: 'Delete a capacity figure', params: idParamsSchema, response: responses(okSchema) },
    handler: async (req) => {
      await deleteCapacityFigure(req.ctx, req.params.id);
      return { ok: true as const };
    },
  });
}

/** Member coverage (with exports) and the battery value chain. */
export function coverageRoutes(app: App): void {
  app.get('/api/materials/coverage', {
    config: { access: CLUSTER_ROLES },
    schema: { tags, summary: 'Members per material and value-chain stage, and the gaps', querystring: coverageQuerySchema, response: responses(coverageSchema) },
    handler: async (req) => coverage(req.ctx, req.query.scope),
  });

  app.get('/api/materials/coverage/export', {
    config: { access: CLUSTER_ROLES },
    schema: { tags, summary: 'The coverage matrix as CSV or XLSX', querystring: coverageExportQuerySchema, response: responses(z.string()) },
    handler: async (req, reply) => {
      const lang = req.query.lang ?? req.ctx.locale;
      const name = `coverage-${req.query.scope}.${req.query.format}`;
      void reply.header('content-disposition', `attachment; filename="${name}"`);
      if (req.query.format === 'xlsx') {
        const stream = await coverageXlsx(req.ctx, req.query.scope, lang);
        return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(stream as unknown as string);
      }
      return reply.type('text/csv; charset=utf-8').send(await coverageCsv(req.ctx, req.query.scope, lang));
    },
  });

  app.get('/api/materials/battery', {
    config: { access: CLUSTER_ROLES },
    schema: { tags, summary: 'The battery value chain: materials, suppliers, Battery Regulation targets, members', querystring: optionalDatasetQuerySchema, response: responses(batteryViewSchema) },
    handler: async (req) => batteryView(req.ctx, req.query.datasetId),
  });
}
