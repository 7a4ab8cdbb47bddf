/** Answers of the demo applications to the two demo forms (budget tables from the requested amounts). */
import type { Answers } from '../../../shared/contracts/funding.js';
import type { DemoApplication } from './demo-applications.js';
import type { PartnerRow } from './repository/applications.js';

/** Files each form asks for, uploaded to submitted demo applications. */
export const DEMO_FILES = {
  mtg: [
    { questionId: 'declarations', name: 'declaraciones-pyme-firmadas.pdf', title: 'Declaraciones de pyme / SME declarations' },
    { questionId: 'workplan', name: 'plan-de-trabajo.pdf', title: 'Plan de trabajo / Work plan' },
  ],
  bonos: [{ questionId: 'oferta', name: 'oferta-proveedor.pdf', title: 'Oferta del proveedor' }],
} as const;

const MORE = ' El proyecto se ejecutará en fases: diagnóstico, instalación, puesta a punto y medición de resultados, con un informe al final de cada fase.';

/** Costs by category (60/30/10 %) adding up to `total(p)` for each confirmed partner with costs. */
function costs(partners: readonly PartnerRow[], categories: readonly string[], total: (p: PartnerRow) => number): Answers[string] {
  const rows: Record<string, Record<string, number>> = {};
  for (const p of partners.filter((x) => x.status === 'confirmed' && total(x) > 0)) {
    const sum = total(p);
    const a = Math.round((sum * 0.6) / 100) * 100;
    const b = Math.round((sum * 0.3) / 100) * 100;
    rows[p.id] = Object.fromEntries(categories.map((cat, i) => [cat, [a, b, sum - a - b][i] ?? 0]));
  }
  return { partners: rows };
}

export function fillAnswers(a: DemoApplication, partners: readonly PartnerRow[], draft: boolean): Answers {
  const requested = (p: PartnerRow) => (p.organisationId && p.status === 'confirmed' ? p.requestedCents : 0);
  const summary = a.text.summary.length >= 200 ? a.text.summary : `${a.text.summary}${MORE}`;
  if (a.call === 'mtg') {
    const answers: Answers = { summary, challenge: a.text.summary.split('. ')[0] ?? a.title, impact: a.text.impact };
    if (draft) return answers;
    return { ...answers, duration: 9, start: '2022-05-02', sdg: ['energy', 'safety'], costs: costs(partners, ['personnel', 'subcontracting', 'equipment'], (p) => Math.round(requested(p) * 1.25)) };
  }
  const answers: Answers = { descripcion: `${a.text.summary}${MORE}`, instalacion: a.text.site ?? a.title };
  if (draft) return answers;
  return { ...answers, consumo: 1_450, ahorro: 14, medicion: 'contadores', costes: costs(partners, ['consultoria', 'software', 'equipos'], (p) => Math.round(requested(p) / 0.8)) };
}
