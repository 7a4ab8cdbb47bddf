import type { VetaModule } from '../types.js';
import { systemRoutes } from './routes.js';

export const systemModule: VetaModule = { name: 'system', routes: systemRoutes };
