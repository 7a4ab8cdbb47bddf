/**
 * Renders every error as RFC 9457 problem JSON, translated into the request's language:
 * `{ type, title, status, code, detail?, errors[], params?, requestId }`. Unknown errors become a
 * generic 500 and are logged with their stack.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { hasMessage, translatorFor } from '../../../shared/i18n/i18n.js';
import { pickLocale, type Locale } from '../../../shared/i18n/locales.js';
import { AppError, type FieldIssue, type Problem } from './errors.js';
import { issueMessage } from './validation-messages.js';

export function requestLocale(req: FastifyRequest): Locale {
  if (req.actor?.kind === 'user') return req.actor.locale;
  return pickLocale(req.headers['accept-language']);
}

function fromFastify(err: FastifyError): AppError | undefined {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = err.validationContext;
    const issues: FieldIssue[] = err.validation.map((v) => ({
      path: v.instancePath.replace(/^\//, '').replace(/\//g, '.'),
      code: v.keyword,
      params: { ...v.params, where, raw: v.message },
    }));
    return new AppError('validation.failed', { count: issues.length }, { issues });
  }
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || err.statusCode === 413) return new AppError('payload.too_large', {});
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || err.statusCode === 415) return new AppError('payload.unsupported_type', {});
  if (err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.statusCode === 400) {
    return new AppError('validation.failed', { count: 1 }, { issues: [{ path: '', code: 'invalid_json', params: {} }] });
  }
  if (err.statusCode === 429) return new AppError('rate.limited', {});
  return undefined;
}

export function toProblem(error: AppError, locale: Locale, requestId: string): Problem {
  const t = translatorFor(locale);
  const key = `errors:${error.code}`;
  const title = hasMessage(locale, key) ? t(key, error.params) : t('errors:internal');
  const errors = error.issues.map((i) => ({ ...i, message: i.message ?? issueMessage(t, i) }));
  const detail = errors.length > 0 ? errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ') : undefined;
  return {
    type: `urn:veta:problem:${error.code}`,
    title,
    status: error.status,
    code: error.code,
    ...(detail ? { detail } : {}),
    errors,
    ...(Object.keys(error.params).length > 0 ? { params: error.params } : {}),
    requestId,
  };
}

export function errorHandler(err: FastifyError | AppError | Error, req: FastifyRequest, reply: FastifyReply): void {
  let appError = err instanceof AppError ? err : fromFastify(err as FastifyError);
  if (!appError) {
    if (isResponseSerializationError(err as FastifyError)) req.log.error({ err }, 'response does not match its schema');
    else req.log.error({ err }, 'unhandled error');
    appError = new AppError('internal', {}, { status: 500 });
  } else if (appError.status >= 500) {
    req.log.error({ err }, appError.code);
  }
  const problem = toProblem(appError, requestLocale(req), String(req.id));
  if (appError.code === 'rate.limited' && typeof appError.params.retryAfterSeconds === 'number') {
    void reply.header('retry-after', String(appError.params.retryAfterSeconds));
  }
  void reply.status(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}
