/**
 * The text of a decision letter, in the recipient's language: the outcome (selected with the amount
 * per partner, reserve with its position, not selected with the reasons, promoted from the reserve,
 * or the acknowledgement of a declined award with its reason), the evaluation summary
 * (agreed score and comment per criterion, total, rank) from the final consensus report.
 */
import type { CallRankingDoc } from '../../../../shared/contracts/funding.js';
import { translatorFor } from '../../../../shared/i18n/i18n.js';
import { INTL_TAG, type Locale } from '../../../../shared/i18n/locales.js';
import { formatMoney } from '../../../../shared/money.js';
import type { AwardsRow } from '../../../../shared/contracts/awards.js';

export interface LetterData {
  callTitle: { es: string; en: string };
  ranking: CallRankingDoc;
  row: AwardsRow;
  consensus: { scores: Record<string, number>; comments: Record<string, string> } | undefined;
  currency: string;
  /** A reserve promoted after a selected applicant declined. */
  promoted?: boolean;
  /** The applicant declined its funding (the reason staff recorded). */
  declined?: { reason: string };
}

function outcomeOf(data: Pick<LetterData, 'row' | 'promoted' | 'declined'>): 'selected' | 'reserve' | 'rejected' | 'promoted' | 'declined' {
  if (data.declined) return 'declined';
  if (data.promoted) return 'promoted';
  return data.row.decision === 'pending' ? 'rejected' : data.row.decision;
}

function scoreLines(data: LetterData, locale: Locale): string[] {
  const t = translatorFor(locale);
  const num = (v: number) => new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: 1 }).format(v);
  const lines = data.ranking.criteria.map((c) => {
    const score = data.consensus?.scores[c.id];
    const comment = data.consensus?.comments[c.id];
    const head = t('awards:letter.criterion', { criterion: locale === 'es' ? c.labelEs : c.labelEn, score: score === undefined ? '—' : num(score) });
    return comment ? `${head}\n${comment}` : head;
  });
  const max = data.ranking.criteria.length * 5;
  if (data.row.total !== null) lines.push(t('awards:letter.total', { total: num(data.row.total), max }));
  return lines;
}

function outcomeParagraph(data: LetterData, locale: Locale): string {
  const t = translatorFor(locale);
  const money = (c: number) => formatMoney(c, INTL_TAG[locale], data.currency);
  const { row } = data;
  const outcome = outcomeOf(data);
  if (outcome === 'declined') {
    const amount = money(row.partners.reduce((s, p) => s + p.amountCents, 0));
    return t('awards:letter.declined', { amount, reason: data.declined!.reason });
  }
  if (outcome === 'selected' || outcome === 'promoted') {
    const funded = row.partners.filter((p) => p.amountCents > 0);
    const partners = funded.map((p) => t('awards:letter.partnerAmount', { name: p.legalName, amount: money(p.amountCents) }));
    const amount = money(funded.reduce((s, p) => s + p.amountCents, 0));
    return [t(`awards:letter.${outcome}`, { rank: row.rank ?? 0, amount, position: row.reservePosition ?? 0 }), ...partners].join('\n');
  }
  if (outcome === 'reserve') return t('awards:letter.reserve', { rank: row.rank ?? 0, position: row.reservePosition ?? 0 });
  return t('awards:letter.rejected');
}

/** Subject and body of the letter for one application. */
export function composeLetter(data: LetterData, locale: Locale, name: string): { subject: string; body: string } {
  const t = translatorFor(locale);
  const call = data.callTitle[locale];
  const acronym = data.row.acronym ?? data.row.reference;
  const subject = t(`awards:letter.subject.${outcomeOf(data)}`, { acronym, call });
  const body = [
    t('awards:letter.greeting', { name }),
    t('awards:letter.intro', { reference: data.row.reference, acronym, call }),
    outcomeParagraph(data, locale),
    t('awards:letter.summary'),
    ...scoreLines(data, locale),
    t('awards:letter.closing'),
  ].join('\n\n');
  return { subject, body };
}
