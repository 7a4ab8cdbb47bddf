/** The materials catalogue (public) and the members working with a material. */
import { z } from 'zod';
import { responses } from '../../../../shared/contracts/common.js';
import { materialDetailSchema, materialIdParamsSchema, materialSchema, nameMappingRowSchema } from '../../../../shared/contracts/materials.js';
import { materialMembersSchema } from '../../../../shared/contracts/materials-chain.js';
import type { App } from '../../../platform/http/types.js';
import { CLUSTER_ROLES } from '../policy.js';
import { listMaterials, materialDetail, nameMapping } from '../service/catalogue.js';
import { materialMembers } from '../service/coverage.js';

const tags = ['materials'];

export function catalogueRoutes(app: App): void {
  app.get('/api/materials', {
    config: { access: 'public' },
    schema: { tags, summary: 'The materials catalogue (CRMA flags, names in Spanish and English)', response: responses(z.array(materialSchema)) },
    handler: async (req) => listMaterials(req.ctx),
  });

  app.get('/api/materials/name-mapping', {
    config: { access: 'public' },
    schema: { tags, summary: "Names of each material in the Act's list and in the EU study tables, with the mismatches", response: responses(z.array(nameMappingRowSchema)) },
    handler: async () => nameMapping(),
  });

  app.get('/api/materials/:id', {
    config: { access: 'public' },
    schema: { tags, summary: 'One material of the catalogue, with its names per source', params: materialIdParamsSchema, response: responses(materialDetailSchema) },
    handler: async (req) => materialDetail(req.ctx, req.params.id),
  });

  app.get('/api/materials/:id/members', {
    config: { access: CLUSTER_ROLES },
    schema: { tags, summary: 'Member organisations working with a material, and at which stages', params: materialIdParamsSchema, response: responses(materialMembersSchema) },
    handler: async (req) => materialMembers(req.ctx, req.params.id),
  });
}
