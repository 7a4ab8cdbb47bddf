/**
 * The demo's expert pool and the panels' agreed scores (fictional people). The 2024 voucher call
 * is scored so that its ranking has a tie broken by Excellence, two proposals on the reserve list
 * and three below the thresholds (a criterion, the total, another criterion).
 */
export interface DemoExpert {
  key: string;
  name: string;
  email: string;
  locale: 'es' | 'en';
  country: string;
  organisationName: string;
  /** An organisation of the registry, by legal name (same-organisation conflicts). */
  registryOrganisation?: string;
  languages: string[];
  topics: string[];
  keywords: string[];
  minLoad: number;
  maxLoad: number;
  relations?: { name: string; kind: string }[];
}

export const DEMO_EXPERTS: DemoExpert[] = [
  { key: 'virtanen', name: 'Dr. Helena Virtanen', email: 'evaluator@demo.veta.local', locale: 'en', country: 'FI', organisationName: 'Nordic Mining Research Oy', languages: ['en', 'es'], topics: ['gemelos', 'digital', 'processing'], keywords: ['gemelo digital', 'digital twin', 'sensores', 'flotación'], minLoad: 0, maxLoad: 8 },
  { key: 'iglesias', name: 'Dra. Marta Iglesias Pardo', email: 'marta.iglesias@demo.veta.local', locale: 'es', country: 'ES', organisationName: 'Universidad Técnica del Noroeste', registryOrganisation: 'Universidad Técnica del Noroeste', languages: ['es', 'en'], topics: ['gemelos', 'extraction', 'digital'], keywords: ['pizarra', 'cantera', 'gemelo digital', 'voladuras'], minLoad: 0, maxLoad: 8 },
  { key: 'cano', name: 'Rafael Cano Morillo', email: 'rafael.cano@demo.veta.local', locale: 'es', country: 'ES', organisationName: 'Instituto de Materias Primas de Andalucía', registryOrganisation: 'Instituto de Materias Primas de Andalucía', languages: ['es'], topics: ['eficiencia'], keywords: ['variadores', 'motores', 'aire comprimido', 'bombeo'], minLoad: 0, maxLoad: 8 },
  { key: 'almeida', name: 'Dr. Sofia Almeida', email: 'sofia.almeida@demo.veta.local', locale: 'en', country: 'PT', organisationName: 'Universidade do Minho', languages: ['en', 'es'], topics: ['eficiencia', 'processing', 'environment'], keywords: ['horno', 'combustión', 'secadero', 'kiln'], minLoad: 0, maxLoad: 8 },
  { key: 'richter', name: 'Dr. Klaus Richter', email: 'klaus.richter@demo.veta.local', locale: 'en', country: 'DE', organisationName: 'Institut für Bergbau und Energie e.V.', languages: ['en', 'es'], topics: ['eficiencia', 'environment', 'extraction'], keywords: ['recuperación de calor', 'caldera', 'heat recovery', 'tailings'], minLoad: 0, maxLoad: 8 },
  { key: 'vidal', name: 'Carmen Vidal Rius', email: 'carmen.vidal@demo.veta.local', locale: 'es', country: 'ES', organisationName: 'Vidal Energía Consultores', languages: ['es', 'en'], topics: ['eficiencia', 'gemelos'], keywords: ['auditoría energética', 'IPMVP', 'contadores', 'medida'], minLoad: 0, maxLoad: 8 },
  { key: 'lefevre', name: 'Dr. Pierre Lefèvre', email: 'pierre.lefevre@demo.veta.local', locale: 'en', country: 'FR', organisationName: 'École des Mines d’Alès', languages: ['en', 'es'], topics: ['gemelos', 'digital', 'extraction'], keywords: ['simulación', 'mantenimiento predictivo', 'telemetría', 'predictive maintenance'], minLoad: 0, maxLoad: 8 },
  { key: 'salgado', name: 'Irene Salgado Muñoz', email: 'irene.salgado@demo.veta.local', locale: 'es', country: 'ES', organisationName: 'Consultora Minera del Sur S.L.', registryOrganisation: 'Consultora Minera del Sur S.L.', languages: ['es'], topics: ['eficiencia'], keywords: ['áridos', 'cintas', 'cribas', 'molienda'], minLoad: 0, maxLoad: 8, relations: [{ name: 'Áridos Guadalquivir S.L.', kind: 'Consultoría en 2023' }] },
];

/** Agreed scores (excellence, impact, implementation) by application acronym. */
export const AGREED: Record<string, [number, number, number]> = {
  'TWIN-PEÑAGRIS': [5, 5, 4.5],
  'SAND-TWIN': [4.5, 5, 4.5],
  'VFD-ECIJA': [4.5, 4.5, 5],
  'LABRADO-TWIN': [4.5, 4.5, 4.5],
  'KILN-HEAT': [4, 4.5, 4.5],
  'TELAR-TWIN': [4, 4.5, 4],
  'CALDERA-GREDOS': [4.5, 4, 4],
  'MOLINO-EFICIENTE': [4, 4, 4.5],
  'HORNO-TEJA': [4, 4, 4],
  'SECADERO-CAOLIN': [3.5, 4, 4],
  'AIRE-RECICLA': [4, 3.5, 4],
  'GRAVERA-SOLAR': [3.5, 3.5, 4],
  'PERLITA-LED': [3.5, 3.5, 3.5],
  'CIZALLA-EE': [3, 3.5, 3.5],
  'HORMIGON-TWIN': [3.5, 3, 3.5],
  'MAG-HORNO': [4, 2.5, 4],
  'VIVERO-EE': [3, 3, 3.5],
  'PIEDRA-3D': [2.5, 4, 4],
  'SLATE-EYE': [4.5, 4.5, 4],
  'TAILINGS-TWIN': [4.5, 5, 4.5],
};

/** The panel did not agree on this one: the majority's scores stand, with the minority view recorded. */
export const MINORITY_VIEW: Record<string, string> = {
  'HORMIGON-TWIN': 'Un evaluador considera que la planificación de amasadas ya está resuelta por el software comercial de la central y puntuaría el impacto con un 2,5: el ahorro atribuible al gemelo digital sería marginal.',
};

/** The expert who declares a conflict for the first application she is given in that call (a client of hers). */
export const DECLARED_CONFLICT = { expert: 'vidal', call: 'BI24', note: 'Hice la auditoría energética de esta planta en 2023 por encargo de la empresa.' };

const CRITERION_TEXT: Record<'es' | 'en', Record<string, (title: string, s: number) => string>> = {
  es: {
    excellence: (t, s) => `Calidad técnica de «${t}»: ${s >= 4 ? 'la solución está bien definida, con una línea base medida y una tecnología probada en instalaciones parecidas' : s >= 3 ? 'la propuesta es correcta, aunque la línea base y la tecnología elegida se describen con poco detalle' : 'la propuesta no explica cómo se medirá la situación de partida ni por qué la tecnología elegida es la adecuada'}. Se valora el plan de medida y la claridad de los objetivos.`,
    impact: (t, s) => `Ahorro y replicabilidad de «${t}»: ${s >= 4 ? 'el ahorro esperado es relevante, está cuantificado con datos de la instalación y la solución es replicable en otras empresas del clúster' : s >= 3 ? 'el ahorro esperado es razonable, aunque la estimación se apoya en datos genéricos y la replicabilidad apenas se argumenta' : 'el ahorro no está cuantificado o es marginal respecto al consumo de la instalación, y no se justifica la replicabilidad'}.`,
    implementation: (t, s) => `Viabilidad de «${t}»: ${s >= 4 ? 'el calendario, el presupuesto y el proveedor son realistas, con hitos claros y responsables identificados' : s >= 3 ? 'el plan es ejecutable, aunque el calendario es ajustado y algunos costes se justifican de forma somera' : 'el plan de trabajo y el presupuesto no permiten ejecutar la actuación en el plazo del bono'}. Riesgos principales identificados y mitigables.`,
  },
  en: {
    excellence: (t, s) => `Technical quality of "${t}": ${s >= 4 ? 'the solution is well defined, with a measured baseline and a technology proven in similar plants' : s >= 3 ? 'the proposal is sound, although the baseline and the chosen technology are described with little detail' : 'the proposal does not explain how the starting situation will be measured nor why the chosen technology fits'}. The metering plan and the clarity of the objectives are appreciated.`,
    impact: (t, s) => `Savings and replicability of "${t}": ${s >= 4 ? 'the expected savings are significant, quantified with data from the site, and the solution can be replicated by other members of the cluster' : s >= 3 ? 'the expected savings are reasonable, although the estimate relies on generic figures and replicability is hardly argued' : 'the savings are not quantified or are marginal compared with the site’s consumption, and replicability is not justified'}.`,
    implementation: (t, s) => `Feasibility of "${t}": ${s >= 4 ? 'the schedule, budget and provider are realistic, with clear milestones and named people in charge' : s >= 3 ? 'the plan can be carried out, although the schedule is tight and some costs are justified only briefly' : 'the work plan and budget do not allow the measure to be completed within the voucher period'}. The main risks are identified and can be mitigated.`,
  },
};

/** A comment of at least 200 characters on a criterion, in the evaluator's language. */
export function demoComment(locale: 'es' | 'en', criterion: string, title: string, score: number): string {
  const text = CRITERION_TEXT[locale][criterion]?.(title, score) ?? `${criterion}: ${title}.`;
  return text.length >= 200 ? text : `${text} ${locale === 'es' ? 'Valoración coherente con la documentación presentada y con la visita técnica.' : 'Assessment consistent with the documents submitted and the technical visit.'}`;
}

/** An individual score near the agreed one: the three panel members spread around it, keeping its median. */
export function individualScore(agreed: number, member: number): number {
  const spread = [0, 0.5, -0.5][member % 3] ?? 0;
  return Math.min(5, Math.max(0, agreed + spread));
}
