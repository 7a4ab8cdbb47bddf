/** The membership certificate: a printable page (the browser prints it or saves it as PDF). */
import { createHash } from 'node:crypto';
import { translatorFor } from '../../../../shared/i18n/i18n.js';
import { INTL_TAG, type Locale } from '../../../../shared/i18n/locales.js';
import type { Ctx } from '../../../platform/context.js';
import { AppError } from '../../../platform/http/errors.js';
import { escapeHtml } from '../../../platform/mail/render.js';
import { audit } from '../../../platform/audit/audit.js';
import * as orgs from '../repository/organisations.js';
import { loadFor } from './access.js';
import { today } from './dates.js';

/** A short code that ties the certificate to the organisation, its membership date and the issue date. */
export function certificateCode(id: string, memberSince: string, issuedOn: string): string {
  return createHash('sha256').update(`${id}|${memberSince}|${issuedOn}`).digest('hex').slice(0, 12).toUpperCase();
}

const STYLE = `body{font-family:Georgia,'Times New Roman',serif;color:#1d2521;margin:0;background:#f4f1ea}
main{max-width:760px;margin:32px auto;background:#fff;padding:64px 72px;border:12px double #1c5d4f}
h1{font-size:30px;color:#1c5d4f;margin:0 0 8px;text-align:center;letter-spacing:.5px}
.cluster{text-align:center;font-size:15px;color:#555;margin-bottom:40px;text-transform:uppercase;letter-spacing:2px}
.name{font-size:26px;text-align:center;margin:24px 0 4px;font-weight:bold}.id{text-align:center;color:#555}
p{font-size:17px;line-height:1.6}dl{display:grid;grid-template-columns:max-content 1fr;gap:6px 24px;margin-top:32px;font-size:15px}
dt{color:#666}dd{margin:0}.foot{margin-top:48px;font-size:13px;color:#666;text-align:center}
@media print{body{background:#fff}main{margin:0;border-width:8px}}`;

export async function certificateHtml(ctx: Ctx, id: string, locale: Locale): Promise<string> {
  const org = await loadFor(ctx, id, 'view');
  if (org.membershipStatus !== 'active' || !org.memberSince) throw new AppError('orgs.not_member', { name: org.legalName });
  const t = translatorFor(locale);
  const issuedOn = today(ctx);
  const date = (d: string) => new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
  const hq = (await orgs.listSites(ctx.db, id))[0];
  const code = certificateCode(org.id, org.memberSince, issuedOn);
  const cluster = t('common:app.cluster');
  const rows: [string, string][] = [
    [t('orgs:certificate.tier'), org.membershipTier ? t(`orgs:tier.${org.membershipTier}`) : '—'],
    [t('orgs:certificate.memberSince'), date(org.memberSince)],
    [t('orgs:certificate.issuedOn'), date(issuedOn)],
    [t('orgs:certificate.code'), code],
  ];
  await audit(ctx, { action: 'orgs.certificate_issued', entityType: 'organisation', entityId: id, summary: { code, issuedOn } });
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(t('orgs:certificate.title'))} — ${escapeHtml(org.legalName)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${escapeHtml(t('orgs:certificate.title'))}</h1><div class="cluster">${escapeHtml(cluster)}</div>
<p>${escapeHtml(t('orgs:certificate.certifies', { cluster }))}</p>
<div class="name">${escapeHtml(org.legalName)}</div>
<div class="id">${escapeHtml([org.taxId, hq?.city].filter(Boolean).join(' · '))}</div>
<p>${escapeHtml(t('orgs:certificate.body', { since: date(org.memberSince), date: date(issuedOn) }))}</p>
<dl>${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>
<div class="foot">${escapeHtml(t('orgs:certificate.footer'))}</div></main></body></html>`;
}
