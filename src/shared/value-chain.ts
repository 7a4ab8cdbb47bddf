/**
 * Value-chain stages (DOMAIN.md section 2): a fixed, ordered list. The first six follow the material
 * from the ground to recycling; the rest are cross-cutting services.
 */
export const VALUE_CHAIN_STAGES = [
  'exploration',
  'extraction',
  'processing',
  'manufacturing',
  'use',
  'recycling',
  'engineering',
  'equipment',
  'environment',
  'research',
  'finance',
] as const;

export type ValueChainStage = (typeof VALUE_CHAIN_STAGES)[number];

/** Stages along the material's path (the rest are cross-cutting services). */
export const PRIMARY_STAGES: readonly ValueChainStage[] = ['exploration', 'extraction', 'processing', 'manufacturing', 'use', 'recycling'];

export function isValueChainStage(v: unknown): v is ValueChainStage {
  return typeof v === 'string' && (VALUE_CHAIN_STAGES as readonly string[]).includes(v);
}
