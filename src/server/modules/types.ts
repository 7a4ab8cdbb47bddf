import type { App } from '../platform/http/types.js';

/** What a module contributes to the app. Jobs register themselves when the module is imported. */
export interface VetaModule {
  name: string;
  routes(app: App): void;
}
