/** Problems found in input files: translated for people, and as a problem (422) when a commit is refused. */
import type { FileIssue } from '../../../../engines/criticality/index.js';
import { hasMessage } from '../../../../shared/i18n/i18n.js';
import { getMaterial } from '../../../../shared/materials/catalogue.js';
import type { FileIssueDto } from '../../../../shared/contracts/materials.js';
import type { Ctx } from '../../../platform/context.js';
import { AppError } from '../../../platform/http/errors.js';

function key(code: string): string {
  return `materials:issue.${code}`;
}

/** Message parameters for people: a material id becomes its name, a stage its label, in the caller's language. */
function readable(ctx: Ctx, params: FileIssue['params']): FileIssue['params'] {
  const out = { ...params };
  const m = typeof params.material === 'string' ? getMaterial(params.material) : undefined;
  if (m !== undefined) out.material = ctx.locale === 'es' ? m.nameEs : m.nameEn;
  if (params.stage === 'extraction' || params.stage === 'processing') out.stage = ctx.t(`materials:stage.${params.stage}`).toLocaleLowerCase(ctx.locale);
  return out;
}

/** The issue with its message in the caller's language (the engine's English one when untranslated). */
export function presentIssue(ctx: Ctx, issue: FileIssue): FileIssueDto {
  const message = hasMessage(ctx.locale, key(issue.code)) ? ctx.t(key(issue.code), readable(ctx, issue.params)) : issue.message;
  return { file: issue.file, line: issue.line, column: issue.column, code: issue.code, params: { ...issue.params }, message };
}

/** Refuses a commit: every error, each with `file:line:column` as its path. */
export function importInvalid(errors: readonly FileIssue[]): AppError {
  const issues = errors.map((e) => ({
    path: [e.file, e.line ?? '', e.column ?? ''].filter((p) => p !== '').join(':'),
    code: key(e.code),
    params: { ...e.params },
  }));
  return new AppError('materials.import_invalid', { count: errors.length }, { issues });
}
