/**
 * CO2e avoided = saved energy x emission factor of that carrier and year (DOMAIN.md section 6).
 * The factors come from a table the cluster maintains; this module only looks them up and
 * multiplies.
 */

/** One row of the emission-factor table. */
export interface EmissionFactor {
  /** Carrier key, e.g. 'electricity-es-grid', 'natural-gas'. */
  carrier: string;
  year: number;
  /** kg CO2e per unit of energy. */
  kgCo2ePerUnit: number;
  /** The energy unit the factor is per, e.g. 'kWh'. */
  unit: string;
  /** Where the factor comes from (publication, edition). */
  source?: string;
}

/** The factor for a carrier and year, or undefined when the table has none. */
export function findEmissionFactor(table: readonly EmissionFactor[], carrier: string, year: number): EmissionFactor | undefined {
  return table.find((f) => f.carrier === carrier && f.year === year);
}

/**
 * kg CO2e avoided by `savedEnergy` (in `unit`). Throws RangeError when the units differ, so a
 * kWh saving is never multiplied by a per-MWh factor.
 */
export function co2eAvoidedKg(savedEnergy: number, unit: string, factor: EmissionFactor): number {
  if (unit !== factor.unit) throw new RangeError(`energy in ${unit} but the factor is per ${factor.unit}`);
  return savedEnergy * factor.kgCo2ePerUnit;
}

/**
 * The factor in force for a carrier and unit in `year`: the row of the latest year at or before it
 * (a published factor stays in force until the table has a later one). Undefined when every row is
 * later than `year`.
 */
export function emissionFactorInForce(table: readonly EmissionFactor[], carrier: string, unit: string, year: number): EmissionFactor | undefined {
  let best: EmissionFactor | undefined;
  for (const f of table) {
    if (f.carrier !== carrier || f.unit !== unit || f.year > year) continue;
    if (!best || f.year > best.year) best = f;
  }
  return best;
}
