/** Every module, in the order their routes register. */
import { identityModule } from './identity/index.js';
import { systemModule } from './system/index.js';
import type { VetaModule } from './types.js';

export const modules: VetaModule[] = [systemModule, identityModule];
