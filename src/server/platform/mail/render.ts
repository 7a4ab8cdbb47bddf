/**
 * Renders a mail from the `mail` catalog: `mail:<template>.subject` and `mail:<template>.body`
 * (ICU messages; paragraphs separated by blank lines), plus an optional call-to-action link.
 */
import { translatorFor } from '../../../shared/i18n/i18n.js';
import type { Locale } from '../../../shared/i18n/locales.js';

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export function renderMail(
  locale: Locale,
  template: string,
  params: Record<string, unknown>,
  action?: { url: string; labelKey: string },
): MailContent {
  const t = translatorFor(locale);
  const subject = t(`mail:${template}.subject`, params);
  const body = t(`mail:${template}.body`, params);
  const signature = t('mail:signature');
  const label = action ? t(action.labelKey, params) : '';
  const text = [body, action ? `${label}: ${action.url}` : '', signature].filter(Boolean).join('\n\n');
  const paragraphs = body
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 16px">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1c5d4f;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(label)}</a></p><p style="font-size:12px;color:#666">${escapeHtml(action.url)}</p>`
    : '';
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;color:#1d2521;max-width:560px;margin:0 auto;padding:24px"><h1 style="font-size:18px;color:#1c5d4f">${escapeHtml(subject)}</h1>${paragraphs}${button}<p style="color:#666;margin-top:32px">${escapeHtml(signature)}</p></body></html>`;
  return { subject, text, html };
}
