import { asc } from 'drizzle-orm';
import { z } from 'zod';
import { responses } from '../../../shared/contracts/common.js';
import { materialSchema } from '../../../shared/contracts/materials.js';
import type { App } from '../../platform/http/types.js';
import { material } from './schema.js';

export function materialRoutes(app: App): void {
  app.get('/api/materials', {
    config: { access: 'public' },
    schema: { tags: ['materials'], summary: 'The materials catalogue (CRMA flags, names in Spanish and English)', response: responses(z.array(materialSchema)) },
    handler: async (req) => req.ctx.db.select().from(material).orderBy(asc(material.nameEn)).then((rows) => rows.map(({ createdAt: _c, updatedAt: _u, ...m }) => m)),
  });
}
