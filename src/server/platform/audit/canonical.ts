/** Canonical JSON: keys sorted at every level, no whitespace; stable across jsonb round trips. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** A plain-JSON copy (Dates become ISO strings), as it will read back from jsonb. */
export function toPlainJson<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value ?? null)) as unknown;
}
