/**
 * The emission-factor table: kg CO2e per unit of each carrier from a year on, maintained by staff.
 * A factor stays in force until a later year's row for the same carrier and unit; an analysis
 * records which year's factor it applied. Seeded once with documented values (SEED below).
 */
import { eq } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { systemSetting } from '../../../platform/db/settings-schema.js';
import type { Db } from '../../../platform/db/types.js';
import { AppError, forbidden, notFound } from '../../../platform/http/errors.js';
import type { EmissionFactorInput } from '../../../../shared/contracts/impact.js';
import { canMaintainFactors } from '../policy.js';
import * as repo from '../repository/analyses.js';

const SEEDED_KEY = 'impact.emission_factors_seeded';

/**
 * Documented starting values. Staff add each new year's official factor (MITECO "Factores de
 * emisión" / Red Eléctrica) as it is published; until then the latest earlier one applies.
 */
export const SEED: EmissionFactorInput[] = [
  {
    carrier: 'electricity',
    unit: 'kWh',
    year: 2019,
    kgCo2ePerUnit: 0.19,
    kwhPerUnit: 1,
    source: 'Red Eléctrica de España, "Emisiones de CO2 asociadas a la generación eléctrica en España" (2020): 0.19 t CO2-eq/MWh generated in 2019',
    notes: 'Spanish generation mix (national), not a supplier mix.',
  },
  {
    carrier: 'electricity',
    unit: 'kWh',
    year: 2020,
    kgCo2ePerUnit: 0.144,
    kwhPerUnit: 1,
    source: 'Red Eléctrica de España, provisional 2020 data (36.2 Mt CO2), as reported by the Asociación Empresarial Eólica (January 2021): 144 g CO2/kWh',
    notes: 'CO2 only (the other gases add under 1 %). Add later years from MITECO or Red Eléctrica.',
  },
  {
    carrier: 'gas',
    unit: 'kWh',
    year: 2006,
    kgCo2ePerUnit: 0.182,
    kwhPerUnit: 1,
    source: 'IPCC 2006 Guidelines, vol. 2 ch. 1 table 1.4: natural gas 56,100 kg CO2/TJ (net calorific value), times 0.90 (net/gross) for the gross-calorific kWh of Spanish gas bills',
    notes: 'Combustion CO2; the same for every year.',
  },
  {
    carrier: 'diesel',
    unit: 'l',
    year: 2006,
    kgCo2ePerUnit: 2.68,
    kwhPerUnit: 10.03,
    source: 'IPCC 2006 Guidelines, vol. 2 ch. 1 tables 1.2 and 1.4: gas/diesel oil 74,100 kg CO2/TJ, 43.0 TJ/Gg; density 0.84 kg/l (EN 590: 0.820-0.845)',
    notes: 'Fossil diesel without biofuel blend; 36.1 MJ/l = 10.03 kWh/l.',
  },
];

/** Inserts the documented values once per installation (a deleted row stays deleted). */
export async function seedEmissionFactors(db: Db): Promise<void> {
  const [done] = await db.select().from(systemSetting).where(eq(systemSetting.key, SEEDED_KEY));
  if (done) return;
  for (const f of SEED) {
    if (!(await repo.findFactorByKey(db, f.carrier, f.unit, f.year))) await repo.insertEmissionFactor(db, { ...f, notes: f.notes ?? null });
  }
  await db.insert(systemSetting).values({ key: SEEDED_KEY, value: { at: new Date().toISOString() } }).onConflictDoNothing();
}

function assertMaintainer(ctx: Ctx): void {
  if (!canMaintainFactors(ctx.actor)) throw forbidden('impact.emission_factor');
}

export function listEmissionFactors(ctx: Ctx) {
  return repo.listEmissionFactors(ctx.db);
}

export async function createEmissionFactor(ctx: Ctx, input: EmissionFactorInput) {
  assertMaintainer(ctx);
  return inTransaction(ctx, async (tx) => {
    if (await repo.findFactorByKey(tx.db, input.carrier, input.unit, input.year)) throw new AppError('impact.emission_factor_exists', { carrier: input.carrier, unit: input.unit, year: input.year });
    const row = await repo.insertEmissionFactor(tx.db, { ...input, notes: input.notes ?? null });
    await audit(tx, { action: 'impact.emission_factor_created', entityType: 'impact_emission_factor', entityId: row.id, summary: { ...input } });
    return row;
  });
}

export async function updateEmissionFactor(ctx: Ctx, id: string, input: EmissionFactorInput) {
  assertMaintainer(ctx);
  return inTransaction(ctx, async (tx) => {
    const before = await repo.findEmissionFactorRow(tx.db, id);
    if (!before) throw notFound('emission_factor', id);
    const clash = await repo.findFactorByKey(tx.db, input.carrier, input.unit, input.year);
    if (clash && clash.id !== id) throw new AppError('impact.emission_factor_exists', { carrier: input.carrier, unit: input.unit, year: input.year });
    await repo.updateEmissionFactor(tx.db, id, { ...input, notes: input.notes ?? null, updatedAt: tx.clock.now() });
    await audit(tx, { action: 'impact.emission_factor_updated', entityType: 'impact_emission_factor', entityId: id, summary: { from: { kgCo2ePerUnit: before.kgCo2ePerUnit, year: before.year, source: before.source }, to: input } });
    return (await repo.findEmissionFactorRow(tx.db, id)) as repo.EmissionFactorRow;
  });
}

export async function deleteEmissionFactor(ctx: Ctx, id: string): Promise<void> {
  assertMaintainer(ctx);
  await inTransaction(ctx, async (tx) => {
    const before = await repo.findEmissionFactorRow(tx.db, id);
    if (!before) throw notFound('emission_factor', id);
    await repo.deleteEmissionFactor(tx.db, id);
    await audit(tx, { action: 'impact.emission_factor_deleted', entityType: 'impact_emission_factor', entityId: id, summary: { carrier: before.carrier, unit: before.unit, year: before.year } });
  });
}
