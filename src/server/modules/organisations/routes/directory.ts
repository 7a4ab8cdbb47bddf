/** The directories (internal and public), the value-chain map, membership growth, exports. */
import { idParamsSchema, responses } from '../../../../shared/contracts/common.js';
import {
  directoryFilterSchema,
  directoryPageSchema,
  directoryQuerySchema,
  exportQuerySchema,
  growthSchema,
  publicDirectoryPageSchema,
  publicDirectoryQuerySchema,
  publicOrganisationSchema,
  valueChainSchema,
} from '../../../../shared/contracts/organisations.js';
import { audit } from '../../../platform/audit/audit.js';
import type { App } from '../../../platform/http/types.js';
import { publicProfile, searchInternal, searchPublic, valueChain } from '../service/directory.js';
import { exportCsv, exportXlsx } from '../service/export.js';
import { membershipGrowth } from '../service/membership.js';

const tags = ['directory'];
const internal = ['admin', 'staff', 'finance'] as const;
const publicFilter = directoryFilterSchema.omit({ size: true, status: true, office: true });

export function directoryRoutes(app: App): void {
  app.get('/api/organisations', {
    config: { access: internal },
    schema: { tags, summary: 'Internal directory: text search (accents and typos tolerated) with facets', querystring: directoryQuerySchema, response: responses(directoryPageSchema) },
    handler: async (req) => searchInternal(req.ctx, req.query),
  });

  app.get('/api/organisations/value-chain', {
    config: { access: internal },
    schema: { tags, summary: 'Value-chain map: stage x material and province counts of the filtered organisations', querystring: directoryFilterSchema, response: responses(valueChainSchema) },
    handler: async (req) => valueChain(req.ctx, req.query),
  });

  app.get('/api/organisations/growth', {
    config: { access: internal },
    schema: { tags, summary: 'Members at the end of each month, with joins and departures', response: responses(growthSchema) },
    handler: async (req) => ({ points: await membershipGrowth(req.ctx) }),
  });

  app.get('/api/organisations/export', {
    config: { access: internal },
    schema: { tags, summary: 'Export the filtered directory as CSV or XLSX (the import format)', querystring: exportQuerySchema },
    handler: async (req, reply) => {
      const { format, ...filter } = req.query;
      await audit(req.ctx, { action: 'orgs.exported', entityType: 'organisation', summary: { format, filter } });
      const stamp = req.ctx.clock.now().toISOString().slice(0, 10);
      void reply.header('content-disposition', `attachment; filename="organisations-${stamp}.${format}"`);
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(exportCsv(req.ctx, filter));
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(exportXlsx(req.ctx, filter));
    },
  });

  app.get('/api/public/organisations', {
    config: { access: 'public' },
    schema: { tags: ['public'], summary: 'Public directory: organisations that opted in, public fields only', querystring: publicDirectoryQuerySchema, response: responses(publicDirectoryPageSchema) },
    handler: async (req) => searchPublic(req.ctx, req.query),
  });

  app.get('/api/public/organisations/:id', {
    config: { access: 'public' },
    schema: { tags: ['public'], summary: 'Public profile of an organisation that opted in', params: idParamsSchema, response: responses(publicOrganisationSchema) },
    handler: async (req) => publicProfile(req.ctx, req.params.id),
  });

  app.get('/api/public/value-chain', {
    config: { access: 'public' },
    schema: { tags: ['public'], summary: 'Value-chain map of the organisations in the public directory', querystring: publicFilter, response: responses(valueChainSchema) },
    handler: async (req) => valueChain(req.ctx, req.query, true),
  });
}

