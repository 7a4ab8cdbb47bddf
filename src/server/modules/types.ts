import type { Platform } from '../platform/context.js';
import type { App } from '../platform/http/types.js';

export type ProcessMode = 'server' | 'cli' | 'test';

/** What a module contributes to the app. Jobs register themselves when the module is imported. */
export interface VetaModule {
  name: string;
  routes(app: App): void;
  /**
   * Runs once when a process opens the platform, after migrations: `server` (long-running: may
   * subscribe to brokers, start timers), `cli` and `test` (short-lived: data upkeep only).
   */
  start?(platform: Platform, mode: ProcessMode): Promise<void>;
  /** Runs when the process closes the platform (close brokers, listeners, timers). */
  stop?(platform: Platform): Promise<void>;
}
