/** Raw materials: the catalogue (this file's start hook keeps it in step with the code). */
import type { VetaModule } from '../types.js';
import { syncCatalogue } from './catalogue-sync.js';
import { materialRoutes } from './routes.js';

export { material } from './schema.js';
export { syncCatalogue } from './catalogue-sync.js';

export const materialsModule: VetaModule = {
  name: 'materials',
  routes: materialRoutes,
  async start(platform) {
    await syncCatalogue(platform.database.db);
  },
};
