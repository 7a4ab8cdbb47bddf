/** Temperature unit helpers. CalTRACK works in degF internally; inputs may come in degC. */

/** Converts a temperature from degC to degF. */
export function celsiusToFahrenheit(c: number): number {
  return c * 1.8 + 32;
}

/** Converts a temperature from degF to degC. */
export function fahrenheitToCelsius(f: number): number {
  return (f - 32) / 1.8;
}

/** Converts a temperature difference or a degree-day amount from degC to degF (x 1.8). */
export function celsiusDeltaToFahrenheit(c: number): number {
  return c * 1.8;
}

/** Converts a temperature difference or a degree-day amount from degF to degC (/ 1.8). */
export function fahrenheitDeltaToCelsius(f: number): number {
  return f / 1.8;
}

/** Converts a series of degC readings (null = missing) to degF. */
export function celsiusSeriesToFahrenheit(values: readonly (number | null)[]): (number | null)[] {
  return values.map((v) => (v === null ? null : celsiusToFahrenheit(v)));
}
