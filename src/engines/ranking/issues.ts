/**
 * Input problems reported by the evaluation and payment engines (ranking, selection, ledger).
 * Every validation collects all issues before failing, so that a caller can show them together
 * (the HTTP layer renders them as `errors[]`).
 */

/** A parameter value attached to an issue or a decision (kept JSON-friendly). */
export type ParamValue = string | number | boolean | readonly string[];

/** One problem found in an engine's input. `path` points at the field, e.g. `proposals[2].scores.impact`. */
export interface Issue {
  readonly path: string;
  readonly code: string;
  readonly params?: Readonly<Record<string, ParamValue>>;
}

/** Thrown by an engine entry point when its input is invalid; carries every issue found. */
export class EngineInputError extends Error {
  readonly code: string;
  readonly issues: readonly Issue[];

  constructor(code: string, issues: readonly Issue[]) {
    super(`${code}: ${issues.map((i) => `${i.path} ${i.code}`).join('; ')}`);
    this.name = 'EngineInputError';
    this.code = code;
    this.issues = issues;
  }
}

/** Throws `EngineInputError(code, issues)` when `issues` is not empty. */
export function throwIfIssues(code: string, issues: readonly Issue[]): void {
  if (issues.length > 0) throw new EngineInputError(code, issues);
}

/** Reports duplicated values of `key(item)` as issues with the given code. */
export function duplicateIssues<T>(
  items: readonly T[],
  key: (item: T) => string,
  pathOf: (index: number) => string,
  code: string,
): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  items.forEach((item, index) => {
    const k = key(item);
    if (seen.has(k)) issues.push({ path: pathOf(index), code, params: { value: k } });
    seen.add(k);
  });
  return issues;
}
