/** Meters, their reading series, data quality and readings export. */
import { z } from 'zod';
import { idParamsSchema, responses } from '../../../../shared/contracts/common.js';
import { meterInputSchema, meterQualitySchema, meterQuerySchema, meterSchema, meterUpdateSchema, readingQuerySchema, readingSeriesSchema } from '../../../../shared/contracts/impact.js';
import type { App } from '../../../platform/http/types.js';
import { presentMeter } from '../presenters.js';
import { countReadings } from '../repository/readings.js';
import { readingsCsv } from '../service/exports.js';
import { createMeter, getMeter, listMeters, meterQuality, readingSeries, updateMeter } from '../service/meters.js';
import { recorders, tags } from './measures.js';

export function meterRoutes(app: App): void {
  app.get('/api/impact/meters', {
    config: { access: recorders },
    schema: { tags, summary: 'Meters, by site and code, with their first and last reading', querystring: meterQuerySchema, response: responses(z.array(meterSchema)) },
    handler: async (req) => (await listMeters(req.ctx, req.query)).map((m) => presentMeter(m)),
  });

  app.post('/api/impact/meters', {
    config: { access: recorders },
    schema: { tags, summary: 'Register a meter at a site', body: meterInputSchema, response: responses(meterSchema) },
    handler: async (req) => presentMeter(await createMeter(req.ctx, req.body), 0),
  });

  app.get('/api/impact/meters/:id', {
    config: { access: recorders },
    schema: { tags, summary: 'One meter, with its number of readings', params: idParamsSchema, response: responses(meterSchema) },
    handler: async (req) => presentMeter(await getMeter(req.ctx, req.params.id), await countReadings(req.ctx.db, req.params.id)),
  });

  app.patch('/api/impact/meters/:id', {
    config: { access: recorders },
    schema: { tags, summary: 'Rename a meter or change its time zone', params: idParamsSchema, body: meterUpdateSchema, response: responses(meterSchema) },
    handler: async (req) => presentMeter(await updateMeter(req.ctx, req.params.id, req.body)),
  });

  app.get('/api/impact/meters/:id/readings', {
    config: { access: recorders },
    schema: {
      tags,
      summary: 'Readings as stored, or per hour, local day or month (sums; means for temperature)',
      params: idParamsSchema,
      querystring: readingQuerySchema,
      response: responses(readingSeriesSchema),
    },
    handler: async (req) => {
      const s = await readingSeries(req.ctx, req.params.id, req.query);
      return {
        meterId: s.meter.id,
        unit: s.meter.unit,
        resolution: req.query.resolution,
        aggregate: s.aggregate,
        from: s.from.toISOString(),
        to: s.to.toISOString(),
        points: s.points.map((p) => ({ t: p.t.toISOString(), value: p.value, count: p.count })),
        truncated: s.truncated,
      };
    },
  });

  app.get('/api/impact/meters/:id/quality', {
    config: { access: recorders },
    schema: {
      tags,
      summary: 'Gaps, high outliers (CalTRACK: above median + 3 IQR) and negative readings; flagged, never filled',
      params: idParamsSchema,
      querystring: readingQuerySchema.pick({ from: true, to: true }),
      response: responses(meterQualitySchema),
    },
    handler: async (req) => {
      const q = await meterQuality(req.ctx, req.params.id, req.query);
      return {
        ...q,
        from: q.from.toISOString(),
        to: q.to.toISOString(),
        gaps: q.gaps.map((g) => ({ from: g.from.toISOString(), to: g.to.toISOString(), missing: g.missing })),
        outliers: q.outliers.map((o) => ({ start: o.start.toISOString(), value: o.value })),
      };
    },
  });

  app.get('/api/impact/meters/:id/export', {
    config: { access: recorders },
    schema: { tags, summary: 'All readings of a meter as CSV (start, end, value as stored)', params: idParamsSchema, response: responses(z.string().meta({ description: 'CSV file' })) },
    handler: async (req, reply) => {
      const file = await readingsCsv(req.ctx, req.params.id);
      void reply.header('content-disposition', `attachment; filename="${file.filename}"`).type('text/csv; charset=utf-8');
      return reply.send(file.stream as unknown as string); // streamed as is
    },
  });
}
