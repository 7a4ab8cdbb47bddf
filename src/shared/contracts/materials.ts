import { z } from 'zod';

export const materialSchema = z
  .object({
    id: z.string(),
    nameEn: z.string(),
    nameEs: z.string(),
    symbol: z.string().nullable(),
    group: z.string(),
    strategic: z.enum(['yes', 'partly', 'no']),
    critical: z.boolean(),
    batteryChain: z.boolean(),
    memberOf: z.string().nullable(),
    source: z.enum(['catalogue', 'custom']),
  })
  .meta({ id: 'Material' });
