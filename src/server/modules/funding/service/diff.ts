/** What a change changes, for audit summaries: `{ field: { from, to } }` for each field that differs. */
export function changedFields(before: object, changes: object): Record<string, unknown> {
  const prior = before as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, to] of Object.entries(changes)) {
    if (to !== undefined && JSON.stringify(prior[k]) !== JSON.stringify(to)) out[k] = { from: prior[k], to };
  }
  return out;
}
