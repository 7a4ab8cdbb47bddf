import { describe, expect, it } from 'vitest';
import { translatorFor } from './i18n/i18n.js';
import { formatMoney } from './money.js';
import { describeRule, ruleName } from './funding-rules.js';

const names = { 'org-1': 'Pizarras del Teleno S.L.', 'org-2': 'Geodados Lda' };
const es = { t: translatorFor('es'), money: (c: number) => formatMoney(c, 'es-ES'), names };
const en = { t: translatorFor('en'), money: (c: number) => formatMoney(c, 'en-GB'), names, label: (kind: string, id: string) => (kind === 'role' ? { adopter: 'adopter', provider: 'technology provider' }[id] ?? id : id) };

describe('rule messages', () => {
  it('names the partner and formats amounts', () => {
    const r = { code: 'eligibility.programme_cap', pass: false, partnerId: 'org-2', params: { requestedCents: 3_000_000, priorCents: 2_500_000, totalCents: 5_500_000, capCents: 5_000_000 } };
    expect(describeRule(r, en)).toBe('Geodados Lda already has €25,000.00 in the programme; with €30,000.00 more it would reach €55,000.00, above the cap of €50,000.00.');
    expect(describeRule(r, es)).toBe('Geodados Lda ya tiene 25.000,00\u00a0€ en el programa; con 30.000,00\u00a0€ más llegaría a 55.000,00\u00a0€, por encima del límite de 50.000,00\u00a0€.');
  });

  it('reads consortium rules with plurals and labels', () => {
    expect(describeRule({ code: 'eligibility.min_partners', pass: false, params: { count: 1, min: 2 } }, en)).toBe('The consortium has 1 partner; at least 2 are needed.');
    expect(describeRule({ code: 'eligibility.role', pass: false, params: { role: 'provider', count: 0, min: 1, partners: [] } }, en)).toBe('At least 1 partner must be technology provider; 0 is.');
    expect(describeRule({ code: 'eligibility.region', pass: false, params: { rule: 0, count: 0, min: 1, matching: [], prefixes: ['ES41', 'ES61'] } }, es)).toBe('0 socios en las regiones de la convocatoria (ES41, ES61); hacen falta al menos 1.');
    expect(describeRule({ code: 'eligibility.trl', pass: false, params: { missing: true, min: 6, max: 7 } }, en)).toBe("Give the project's TRL (this voucher needs 6-7).");
  });

  it('falls back to the code for rules it does not know', () => {
    expect(describeRule({ code: 'eligibility.future_rule', pass: false, partnerId: 'org-1', params: {} }, en)).toBe('future_rule (Pizarras del Teleno S.L.)');
    expect(ruleName('eligibility.min_countries', translatorFor('es'))).toBe('Países distintos');
  });
});
