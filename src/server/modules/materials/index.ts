/**
 * Raw materials: the catalogue (kept in step with the code at every start), assessment datasets and
 * the EU criticality method, what-if scenarios, the CRMA benchmarks tracker, member coverage and the
 * battery value chain.
 */
import type { VetaModule } from '../types.js';
import { syncCatalogue } from './catalogue-sync.js';
import './errors.js';
import { assessmentRoutes } from './routes/assessment.js';
import { catalogueRoutes } from './routes/catalogue.js';
import { chainRoutes, coverageRoutes } from './routes/chain.js';
import { datasetRoutes, governanceRoutes, parameterRoutes } from './routes/datasets.js';

export { material } from './schema.js';
export { syncCatalogue } from './catalogue-sync.js';
export { importEu2023, parseEu2023 } from './service/datasets.js';
export { materialsReport } from './service/assessment.js';
export { readEu2023Files } from './service/reference.js';
export { materialsDemo } from './demo.js';

export const materialsModule: VetaModule = {
  name: 'materials',
  routes(app) {
    catalogueRoutes(app);
    datasetRoutes(app);
    governanceRoutes(app);
    parameterRoutes(app);
    assessmentRoutes(app);
    chainRoutes(app);
    coverageRoutes(app);
  },
  async start(platform) {
    await syncCatalogue(platform.database.db);
  },
};
