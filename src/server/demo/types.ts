import type { Ctx } from '../platform/context.js';
import type { OperationIo } from '../operations/registry.js';

/** What earlier demo steps created, for later ones (e.g. office ids by code, user ids by role). */
export interface DemoState {
  offices: Record<string, string>;
  users: Record<string, string>;
  [key: string]: unknown;
}

export interface DemoStep {
  name: string;
  seed(ctx: Ctx, state: DemoState, io: OperationIo): Promise<void>;
}
