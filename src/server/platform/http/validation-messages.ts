/** Human messages for field issues, from the `validation` catalog, by zod issue code and origin. */
import type { Translate } from '../../../shared/i18n/i18n.js';
import type { FieldIssue } from './errors.js';

export function issueMessage(t: Translate, issue: FieldIssue): string {
  const p = issue.params ?? {};
  const origin = typeof p.origin === 'string' ? p.origin : 'value';
  switch (issue.code) {
    case 'too_small':
      return t(`validation:too_small.${origin}`, { minimum: Number(p.minimum ?? 0) });
    case 'too_big':
      return t(`validation:too_big.${origin}`, { maximum: Number(p.maximum ?? 0) });
    case 'invalid_format':
      return t(`validation:invalid_format.${typeof p.format === 'string' ? p.format : 'other'}`);
    case 'invalid_type':
      return p.input === undefined || p.received === 'undefined' ? t('validation:required') : t('validation:invalid_type', { expected: String(p.expected ?? '') });
    case 'invalid_value':
      return t('validation:invalid_value', { options: Array.isArray(p.values) ? p.values.join(', ') : '' });
    case 'unrecognized_keys':
      return t('validation:unrecognized_keys', { keys: Array.isArray(p.keys) ? p.keys.join(', ') : '' });
    case 'custom':
      return typeof p.raw === 'string' && p.raw.includes(':') ? t(p.raw, p) : t('validation:invalid');
    case 'invalid_json':
      return t('validation:invalid_json');
    default:
      return t(issue.code.includes(':') ? issue.code : `validation:${issue.code}`, p);
  }
}
