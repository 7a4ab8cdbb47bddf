/**
 * One error type. Modules declare their codes with a status (`registerErrors`); the HTTP layer renders
 * every error as RFC 9457 problem JSON with a stable `code`, a translated `title`/`detail` and, for
 * invalid input, every issue with its field path.
 */
export interface FieldIssue {
  /** Dotted path of the field, e.g. `sites.0.postcode`; empty for the whole input. */
  path: string;
  /** Stable code of the issue, e.g. `too_small`, `id.bad_control`. */
  code: string;
  /** Human message in the request's language (filled by the HTTP layer when empty). */
  message?: string;
  params?: Record<string, unknown>;
}

const statuses = new Map<string, number>();

/** Declares error codes and their HTTP status; returns the same map for reference. */
export function registerErrors<const T extends Record<string, number>>(defs: T): T {
  for (const [code, status] of Object.entries(defs)) statuses.set(code, status);
  return defs;
}

export function errorStatus(code: string): number | undefined {
  return statuses.get(code);
}

export function registeredErrorCodes(): string[] {
  return [...statuses.keys()];
}

export const platformErrors = registerErrors({
  'validation.failed': 400,
  'auth.required': 401,
  'auth.forbidden': 403,
  'csrf.invalid': 403,
  'not_found': 404,
  'route.not_found': 404,
  'conflict.stale': 409,
  'payload.too_large': 413,
  'payload.unsupported_type': 415,
  'rate.limited': 429,
  'internal': 500,
  'unavailable': 503,
});

export class AppError extends Error {
  readonly status: number;
  readonly params: Record<string, unknown>;
  readonly issues: FieldIssue[];

  constructor(
    readonly code: string,
    params: Record<string, unknown> = {},
    opts: { status?: number; issues?: FieldIssue[]; cause?: unknown } = {},
  ) {
    super(code, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'AppError';
    this.params = params;
    this.issues = opts.issues ?? [];
    this.status = opts.status ?? statuses.get(code) ?? 400;
  }
}

/** Invalid input found by a service (not by a schema): one or more field issues. */
export function invalid(issues: FieldIssue[]): AppError {
  return new AppError('validation.failed', { count: issues.length }, { issues });
}

export function notFound(entity: string, id?: string): AppError {
  return new AppError('not_found', { entity, id: id ?? '' });
}

export function forbidden(action?: string): AppError {
  return new AppError('auth.forbidden', { action: action ?? '' });
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  errors?: FieldIssue[];
  params?: Record<string, unknown>;
  requestId?: string;
}
