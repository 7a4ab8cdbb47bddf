/**
 * Every message catalog, by language and namespace. A module adds its namespace here (both
 * languages); `resources.test.ts` fails when a key exists in one language only.
 */
import enCommon from './locales/en/common.json' with { type: 'json' };
import esCommon from './locales/es/common.json' with { type: 'json' };
import enErrors from './locales/en/errors.json' with { type: 'json' };
import esErrors from './locales/es/errors.json' with { type: 'json' };
import enValidation from './locales/en/validation.json' with { type: 'json' };
import esValidation from './locales/es/validation.json' with { type: 'json' };
import enMail from './locales/en/mail.json' with { type: 'json' };
import esMail from './locales/es/mail.json' with { type: 'json' };
import enAuth from './locales/en/auth.json' with { type: 'json' };
import esAuth from './locales/es/auth.json' with { type: 'json' };
import enAdmin from './locales/en/admin.json' with { type: 'json' };
import esAdmin from './locales/es/admin.json' with { type: 'json' };
import enImpact from './locales/en/impact.json' with { type: 'json' };
import esImpact from './locales/es/impact.json' with { type: 'json' };
import enMaterials from './locales/en/materials.json' with { type: 'json' };
import esMaterials from './locales/es/materials.json' with { type: 'json' };
import enOrgs from './locales/en/orgs.json' with { type: 'json' };
import esOrgs from './locales/es/orgs.json' with { type: 'json' };
import enFunding from './locales/en/funding.json' with { type: 'json' };
import esFunding from './locales/es/funding.json' with { type: 'json' };
import enScoring from './locales/en/scoring.json' with { type: 'json' };
import esScoring from './locales/es/scoring.json' with { type: 'json' };
import enPayments from './locales/en/payments.json' with { type: 'json' };
import esPayments from './locales/es/payments.json' with { type: 'json' };
import enEvaluation from './locales/en/evaluation.json' with { type: 'json' };
import esEvaluation from './locales/es/evaluation.json' with { type: 'json' };
import enAwards from './locales/en/awards.json' with { type: 'json' };
import esAwards from './locales/es/awards.json' with { type: 'json' };
import type { Locale } from './locales.js';

export type Catalog = { [key: string]: string | Catalog };

export const resources = {
  en: { common: enCommon, errors: enErrors, validation: enValidation, mail: enMail, auth: enAuth, admin: enAdmin, materials: enMaterials, orgs: enOrgs, impact: enImpact, funding: enFunding, scoring: enScoring, payments: enPayments, evaluation: enEvaluation, awards: enAwards },
  es: { common: esCommon, errors: esErrors, validation: esValidation, mail: esMail, auth: esAuth, admin: esAdmin, materials: esMaterials, orgs: esOrgs, impact: esImpact, funding: esFunding, scoring: esScoring, payments: esPayments, evaluation: esEvaluation, awards: esAwards },
} satisfies Record<Locale, Record<string, Catalog>>;

export type Namespace = keyof (typeof resources)['en'];
export const NAMESPACES = Object.keys(resources.en) as Namespace[];
