/** Every module, in the order their routes register. */
import { awardsModule } from './awards/index.js';
import { evaluationModule } from './evaluation/index.js';
import { fundingModule } from './funding/index.js';
import { identityModule } from './identity/index.js';
import { impactModule } from './impact/index.js';
import { materialsModule } from './materials/index.js';
import { organisationsModule } from './organisations/index.js';
import { paymentsModule } from './payments/index.js';
import { systemModule } from './system/index.js';
import type { Platform } from '../platform/context.js';
import type { ProcessMode, VetaModule } from './types.js';

export const modules: VetaModule[] = [systemModule, identityModule, materialsModule, organisationsModule, fundingModule, evaluationModule, awardsModule, paymentsModule, impactModule];

/** Runs every module's start hook (after migrations). */
export async function startModules(platform: Platform, mode: ProcessMode): Promise<void> {
  for (const m of modules) await m.start?.(platform, mode);
}

export async function stopModules(platform: Platform): Promise<void> {
  for (const m of [...modules].reverse()) await m.stop?.(platform);
}
