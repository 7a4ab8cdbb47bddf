/**
 * The typed API client (generated types from the committed OpenAPI spec). Sends the CSRF token on
 * changes and the interface language; turns problem documents into `ApiError`.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '../../shared/api/schema';

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.title);
  }
  get code(): string {
    return this.problem.code;
  }
}

let csrfToken: string | null = null;
let language = 'es';

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setApiLanguage(lang: string): void {
  language = lang;
}

const middleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept-language', language);
    if (csrfToken && !['GET', 'HEAD', 'OPTIONS'].includes(request.method)) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

/** Headers a raw `fetch` (e.g. a multipart upload) needs to act like the API client. */
export function requestHeaders(): Record<string, string> {
  return { 'accept-language': language, ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) };
}

/** Sends a form (multipart upload) and returns the JSON answer, or throws ApiError. */
export async function postForm<T>(url: string, body: FormData): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', body, credentials: 'same-origin', headers: requestHeaders() });
  } catch {
    throw new ApiError(0, { type: 'about:blank', title: 'offline', status: 0, code: 'network' });
  }
  const json = (await res.json().catch(() => undefined)) as unknown;
  if (!res.ok) throw new ApiError(res.status, toProblem(res.status, json));
  return json as T;
}

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(middleware);

function toProblem(status: number, body: unknown): Problem {
  if (body && typeof body === 'object' && 'code' in body && 'title' in body) return body as Problem;
  return { type: 'about:blank', title: `HTTP ${status}`, status, code: status >= 500 ? 'internal' : 'unknown' };
}

/** Awaits an openapi-fetch call and returns its data, or throws ApiError. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ApiError(0, { type: 'about:blank', title: 'offline', status: 0, code: 'network' });
  }
  if (!result.response.ok) throw new ApiError(result.response.status, toProblem(result.response.status, result.error));
  return result.data as T;
}

/** Downloads a file from an API path (exports): keeps the session cookie. */
export async function download(url: string, filename: string): Promise<void> {
  const res = await fetch(url, { credentials: 'same-origin', headers: { 'accept-language': language } });
  if (!res.ok) throw new ApiError(res.status, toProblem(res.status, await res.json().catch(() => undefined)));
  const blob = await res.blob();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  a.click();
  URL.revokeObjectURL(a.href);
}
