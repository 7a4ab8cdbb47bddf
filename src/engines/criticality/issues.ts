/**
 * Problems found while reading the shipped criticality tables. Each issue points at a file, a line
 * (1-based, the header is line 1) and a column (header name) where it can, carries a stable `code`
 * (`crm.<what>`) and its parameters for translation, and an English message for logs and the CLI.
 */

/** Parameter values attached to an issue (JSON-friendly). */
export type IssueParam = string | number;

/** One problem in an input table. */
export interface FileIssue {
  readonly file: string;
  readonly line: number | null;
  readonly column: string | null;
  readonly code: string;
  readonly params: Readonly<Record<string, IssueParam>>;
  readonly message: string;
}

/** Outcome of a pure parser: `value` is null whenever `errors` is not empty. */
export interface ParseResult<T> {
  readonly value: T | null;
  readonly warnings: readonly FileIssue[];
  readonly errors: readonly FileIssue[];
}

/** Collects warnings and errors for one file. */
export class IssueLog {
  readonly warnings: FileIssue[] = [];
  readonly errors: FileIssue[] = [];

  constructor(readonly file: string) {}

  /** Records an error (the parse will return no value). */
  error(line: number | null, column: string | null, code: string, message: string, params: Record<string, IssueParam> = {}): void {
    this.errors.push({ file: this.file, line, column, code, params, message });
  }

  /** Records a warning (a quirk kept as published). */
  warn(line: number | null, column: string | null, code: string, message: string, params: Record<string, IssueParam> = {}): void {
    this.warnings.push({ file: this.file, line, column, code, params, message });
  }

  /** Wraps `value` as a parse result, dropping it when there are errors. */
  result<T>(value: T): ParseResult<T> {
    return { value: this.errors.length === 0 ? value : null, warnings: this.warnings, errors: this.errors };
  }
}
