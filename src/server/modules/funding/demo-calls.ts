/**
 * Two calls expressed purely as data (no code is specific to either): the MINE.THE.GAP open call #2
 * of DOMAIN.md section 3 (H2020 INNOSUP cascade funding, deadline 14 March 2022 17:00 Brussels) and a
 * current regional innovation-voucher call of the cluster. Used by `veta demo load` and the tests.
 */
import type { z } from 'zod';
import type { callInputSchema, programmeInputSchema } from '../../../shared/contracts/funding-calls.js';
import type { formSchema } from '../../../shared/contracts/funding.js';
import { euros } from '../../../shared/money.js';
import { MINE_THE_GAP_CALL_2 } from '../../../engines/eligibility/mine-the-gap.fixture.js';

// The engine's fixture of the same call; the cap per recipient comes from the programme, and the
// instruments get their names and duration.
const MTG_NAMES: Record<string, { nameEs: string; nameEn: string }> = {
  'MINE-PoC': { nameEs: 'MINE-PoC (prueba de concepto)', nameEn: 'MINE-PoC (proof of concept)' },
  'MINE-Demo': { nameEs: 'MINE-Demo (demostración)', nameEn: 'MINE-Demo (demonstration)' },
};
const fixture = MINE_THE_GAP_CALL_2;
const mtgRules = {
  minPartners: fixture.minPartners,
  maxPartners: fixture.maxPartners,
  minDistinctCountries: fixture.minDistinctCountries,
  eligibleCountries: [...(fixture.eligibleCountries ?? [])],
  requiredRoles: (fixture.requiredRoles ?? []).map((r) => ({ ...r })),
  smeOnly: fixture.smeOnly,
  instruments: fixture.instruments.map((i) => ({ ...i, nameEs: MTG_NAMES[i.id]?.nameEs ?? i.id, nameEn: MTG_NAMES[i.id]?.nameEn ?? i.id, durationMonths: 9 })),
};

export type ProgrammeInput = z.input<typeof programmeInputSchema>;
type CallInput = Omit<z.input<typeof callInputSchema>, 'programmeId'>;
type FormInput = z.input<typeof formSchema>;

const entry = (id: string, labelEs: string, labelEn: string) => ({ id, labelEs, labelEn });

export const MTG_PROGRAMME: ProgrammeInput = {
  code: 'MTG',
  name: 'MINE.THE.GAP – cascade funding for mining SMEs (H2020 INNOSUP)',
  description: 'Financial support to third parties of an H2020 INNOSUP-01 cluster project: innovation vouchers for consortia of SMEs across the mining value chain.',
  source: 'horizon_europe',
  grantReference: 'H2020-INNOSUP-01 (demo)',
  totalBudgetCents: euros(3_000_000),
  recipientCapCents: euros(50_000),
  fstp: true,
  deMinimis: false,
  envelopes: [],
  startsOn: '2020-09-01',
  endsOn: '2023-08-31',
};

const MTG_FORM: FormInput = {
  sections: [
    {
      id: 'project',
      titleEs: 'El proyecto',
      titleEn: 'The project',
      helpEs: 'Describe el reto de la cadena de valor minera y la solución que se probará o demostrará.',
      helpEn: 'Describe the mining value-chain challenge and the solution to be tested or demonstrated.',
      questions: [
        { id: 'summary', type: 'long_text', labelEs: 'Resumen del proyecto', labelEn: 'Project summary', required: true, minLength: 200, maxLength: 3000, helpEs: 'Entre 200 y 3.000 caracteres.', helpEn: 'Between 200 and 3,000 characters.' },
        { id: 'challenge', type: 'long_text', labelEs: 'Reto que resuelve para el adoptante', labelEn: "Challenge solved for the adopter", required: true, maxLength: 2000 },
        { id: 'duration', type: 'number', labelEs: 'Duración (meses)', labelEn: 'Duration (months)', required: true, integer: true, min: 1, max: 9, unit: 'months' },
        { id: 'start', type: 'date', labelEs: 'Inicio previsto', labelEn: 'Planned start', required: true, min: '2022-04-01', max: '2022-12-31' },
      ],
    },
    {
      id: 'impact',
      titleEs: 'Impacto',
      titleEn: 'Impact',
      questions: [
        { id: 'impact', type: 'long_text', labelEs: 'Impacto esperado (económico, ambiental, social)', labelEn: 'Expected impact (economic, environmental, social)', required: true, maxLength: 3000 },
        {
          id: 'sdg',
          type: 'multiple_choice',
          labelEs: 'Objetivos de sostenibilidad a los que contribuye',
          labelEn: 'Sustainability goals it contributes to',
          required: false,
          maxSelected: 3,
          options: [entry('energy', 'Energía y clima', 'Energy and climate'), entry('water', 'Agua', 'Water'), entry('circular', 'Economía circular', 'Circular economy'), entry('safety', 'Seguridad y salud', 'Health and safety'), entry('biodiversity', 'Biodiversidad', 'Biodiversity')],
        },
      ],
    },
    {
      id: 'budget',
      titleEs: 'Presupuesto',
      titleEn: 'Budget',
      helpEs: 'Costes estimados de cada socio (la ayuda es una cantidad fija por socio).',
      helpEn: "Each partner's estimated costs (the support is a lump sum per partner).",
      questions: [
        {
          id: 'costs',
          type: 'budget',
          labelEs: 'Costes por socio',
          labelEn: 'Costs per partner',
          required: true,
          categories: [entry('personnel', 'Personal', 'Personnel'), entry('subcontracting', 'Subcontratación', 'Subcontracting'), entry('equipment', 'Equipos', 'Equipment'), entry('other', 'Otros', 'Other')],
        },
      ],
    },
    {
      id: 'annexes',
      titleEs: 'Anexos',
      titleEn: 'Annexes',
      questions: [
        { id: 'declarations', type: 'file', labelEs: 'Declaraciones de pyme firmadas (PDF)', labelEn: 'Signed SME declarations (PDF)', required: true, allowedTypes: ['application/pdf'], maxSizeMb: 10, maxFiles: 3 },
        { id: 'workplan', type: 'file', labelEs: 'Plan de trabajo (PDF u hoja de cálculo)', labelEn: 'Work plan (PDF or spreadsheet)', required: false, allowedTypes: ['application/pdf', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], maxSizeMb: 10, maxFiles: 1 },
      ],
    },
  ],
};

export const MTG_CALL_2: CallInput = {
  code: 'MTG-OC2',
  titleEs: 'MINE.THE.GAP – convocatoria abierta n.º 2: bonos de innovación para pymes mineras',
  titleEn: 'MINE.THE.GAP open call #2: innovation vouchers for mining SMEs',
  summaryEs: 'Consorcios de 2 o 3 pymes de al menos dos países admisibles, con un adoptante y un proveedor: prueba de concepto (hasta 25.000 € por pyme) o demostración (hasta 50.000 € por pyme).',
  summaryEn: 'Consortia of 2 or 3 SMEs from at least two eligible countries, with an adopter and a provider: proof of concept (up to EUR 25,000 per SME) or demonstration (up to EUR 50,000 per SME).',
  textEs:
    'La segunda convocatoria abierta de MINE.THE.GAP financia proyectos de innovación en los que una pyme proveedora de tecnología y una pyme de la cadena de valor minera (la adoptante) prueban o demuestran juntas una solución.\n\nPueden participar pymes establecidas en Bulgaria, Finlandia, Francia, Alemania, Grecia, Polonia, Portugal, España y Suecia. Cada consorcio reúne 2 o 3 pymes de al menos dos países distintos.\n\nLa ayuda se concede como cantidad fija por pyme. Ninguna pyme puede recibir más de 50.000 € en el conjunto de las convocatorias del programa.',
  textEn:
    'The second open call of MINE.THE.GAP funds innovation projects in which a technology provider SME and an SME of the mining value chain (the adopter) test or demonstrate a solution together.\n\nSMEs established in Bulgaria, Finland, France, Germany, Greece, Poland, Portugal, Spain and Sweden may take part. Each consortium brings together 2 or 3 SMEs from at least two different countries.\n\nSupport is granted as a lump sum per SME. No SME may receive more than EUR 50,000 over all calls of the programme.',
  opensAt: '2022-01-17T09:00:00+01:00',
  deadlineLocal: '2022-03-14T17:00',
  deadlineZone: 'Europe/Brussels',
  budgetCents: euros(1_500_000),
  maxAwards: 36,
  activities: [
    entry('poc', 'Prueba de concepto de una tecnología en el entorno del adoptante', "Proof of concept of a technology in the adopter's environment"),
    entry('demo', 'Demostración en condiciones reales de operación', 'Demonstration in real operating conditions'),
    entry('integration', 'Integración con los sistemas del adoptante', "Integration with the adopter's systems"),
    entry('training', 'Formación del personal del adoptante en la solución', "Training of the adopter's staff in the solution"),
  ],
  topics: [
    entry('exploration', 'Exploración y modelización geológica', 'Exploration and geological modelling'),
    entry('extraction', 'Extracción segura y eficiente', 'Safe and efficient extraction'),
    entry('processing', 'Procesamiento y eficiencia energética', 'Processing and energy efficiency'),
    entry('environment', 'Gestión ambiental y restauración', 'Environmental management and restoration'),
    entry('digital', 'Digitalización y gemelos digitales', 'Digitalisation and digital twins'),
  ],
  partnerRoles: [entry('adopter', 'Adoptante', 'Adopter'), entry('provider', 'Proveedor de tecnología', 'Technology provider')],
  // The engine's fixture of the same call (src/engines/eligibility/mine-the-gap.fixture.ts).
  rules: mtgRules,
  ranking: {
    criteria: [
      { id: 'excellence', labelEs: 'Excelencia', labelEn: 'Excellence', threshold: 3, weight: 1 },
      { id: 'impact', labelEs: 'Impacto', labelEn: 'Impact', threshold: 3, weight: 1.5 },
      { id: 'implementation', labelEs: 'Calidad y eficiencia de la ejecución', labelEn: 'Quality and efficiency of the implementation', threshold: 3, weight: 1 },
    ],
    totalThreshold: 10,
    tieOrder: ['tie.topics', 'tie.impact', 'tie.excellence', 'tie.gender', 'tie.countries'],
  },
  paymentScheme: {
    tranches: [
      { milestone: 'signature', labelEs: 'Prefinanciación a la firma', labelEn: 'Pre-financing on signature', percent: 40 },
      { milestone: 'midTermReview', labelEs: 'Revisión intermedia', labelEn: 'Mid-term review', percent: 45 },
      { milestone: 'finalReport', labelEs: 'Aceptación del informe final', labelEn: 'Final report accepted', percent: 15 },
    ],
    rounding: 'largestRemainder',
  },
  amountRule: {
    method: 'lump_sum',
    textEs: 'Cantidad fija por pyme según el bono: hasta 25.000 € (MINE-PoC) o 50.000 € (MINE-Demo), según lo solicitado y justificado en el presupuesto.',
    textEn: 'Lump sum per SME by voucher: up to EUR 25,000 (MINE-PoC) or EUR 50,000 (MINE-Demo), as requested and justified in the budget.',
  },
  form: MTG_FORM,
};

/** The cluster's regional voucher programme (de minimis aid). */
export const BONOS_PROGRAMME: ProgrammeInput = {
  code: 'BONOS-CYL-AND',
  name: 'Programa de bonos de innovación del clúster (Castilla y León y Andalucía)',
  description: 'Bonos de innovación cofinanciados por las agencias regionales de Castilla y León y Andalucía para pymes socias del clúster. Ayudas de minimis (Reglamento (UE) 2023/2831).',
  source: 'regional',
  grantReference: 'Convenios ADE-CyL / IDEA 2026 (demo)',
  totalBudgetCents: euros(400_000),
  recipientCapCents: euros(25_000),
  fstp: false,
  deMinimis: true,
  envelopes: [
    { nutsPrefix: 'ES41', label: 'Castilla y León', budgetCents: euros(200_000) },
    { nutsPrefix: 'ES61', label: 'Andalucía', budgetCents: euros(200_000) },
  ],
};

const BONOS_FORM: FormInput = {
  sections: [
    {
      id: 'proyecto',
      titleEs: 'Proyecto',
      titleEn: 'Project',
      questions: [
        { id: 'descripcion', type: 'long_text', labelEs: 'Descripción de la actuación', labelEn: 'Description of the measure', required: true, minLength: 100, maxLength: 4000 },
        { id: 'instalacion', type: 'short_text', labelEs: 'Instalación donde se aplica (cantera, planta…)', labelEn: 'Site where it applies (quarry, plant...)', required: true, maxLength: 200 },
        { id: 'consumo', type: 'number', labelEs: 'Consumo eléctrico anual actual (MWh)', labelEn: 'Current yearly electricity use (MWh)', required: true, min: 0, max: 1_000_000, unit: 'MWh' },
        { id: 'ahorro', type: 'number', labelEs: 'Ahorro esperado (%)', labelEn: 'Expected savings (%)', required: true, min: 0, max: 100, unit: '%' },
        {
          id: 'medicion',
          type: 'single_choice',
          labelEs: '¿Cómo se medirá el ahorro?',
          labelEn: 'How will the savings be measured?',
          required: true,
          options: [entry('contadores', 'Contadores existentes', 'Existing meters'), entry('nuevos', 'Contadores nuevos financiados por el bono', 'New meters funded by the voucher'), entry('gemelo', 'Gemelo digital conectado', 'Connected digital twin')],
        },
      ],
    },
    {
      id: 'presupuesto',
      titleEs: 'Presupuesto y documentos',
      titleEn: 'Budget and documents',
      questions: [
        { id: 'costes', type: 'budget', labelEs: 'Costes subvencionables', labelEn: 'Eligible costs', required: true, categories: [entry('consultoria', 'Consultoría', 'Consultancy'), entry('software', 'Software y licencias', 'Software and licences'), entry('equipos', 'Equipos de medida', 'Metering equipment')] },
        { id: 'oferta', type: 'file', labelEs: 'Oferta del proveedor (PDF)', labelEn: "Provider's quotation (PDF)", required: true, allowedTypes: ['application/pdf'], maxSizeMb: 10, maxFiles: 2 },
      ],
    },
  ],
};

/** A current open call; its dates are set relative to when the demo is loaded. */
export function bonosCall(opensAt: string, deadlineLocal: string, year: number): CallInput {
  return {
    code: `BI${String(year).slice(2)}`,
    titleEs: `Bonos de innovación ${year}: gemelos digitales y eficiencia energética`,
    titleEn: `Innovation vouchers ${year}: digital twins and energy efficiency`,
    summaryEs: '13 bonos de hasta 25.000 € para que las pymes socias del clúster implanten gemelos digitales o medidas de eficiencia energética en sus explotaciones y plantas.',
    summaryEn: '13 vouchers of up to EUR 25,000 for the cluster’s member SMEs to deploy digital twins or energy-efficiency measures in their quarries and plants.',
    textEs:
      'El clúster abre la convocatoria de bonos de innovación de este año, dedicada a los gemelos digitales y a la eficiencia energética en la cadena de valor de las materias primas.\n\nPueden solicitarlos las pymes socias del clúster con centro de trabajo en Castilla y León o Andalucía, solas o con un proveedor tecnológico. El bono cubre consultoría, software y equipos de medida, hasta 25.000 € por empresa.\n\nEl ahorro se medirá durante al menos doce meses después de la actuación (protocolo IPMVP, opción C).',
    textEn:
      'The cluster opens this year’s innovation-voucher call, devoted to digital twins and energy efficiency along the raw-materials value chain.\n\nMember SMEs of the cluster with a site in Castilla y León or Andalucía may apply, alone or with a technology provider. The voucher covers consultancy, software and metering equipment, up to EUR 25,000 per company.\n\nSavings will be measured for at least twelve months after the measure (IPMVP, option C).',
    opensAt,
    deadlineLocal,
    deadlineZone: 'Europe/Madrid',
    budgetCents: euros(325_000),
    maxAwards: 13,
    activities: [
      entry('gemelo', 'Gemelo digital de una línea, cantera o planta', 'Digital twin of a line, quarry or plant'),
      entry('auditoria', 'Auditoría energética y plan de medida', 'Energy audit and metering plan'),
      entry('variadores', 'Variadores y motores eficientes', 'Variable-speed drives and efficient motors'),
      entry('monitorizacion', 'Monitorización de consumos en tiempo real', 'Real-time monitoring of energy use'),
    ],
    topics: [entry('gemelos', 'Gemelos digitales', 'Digital twins'), entry('eficiencia', 'Eficiencia energética', 'Energy efficiency')],
    partnerRoles: [entry('beneficiary', 'Pyme beneficiaria', 'Beneficiary SME'), entry('provider', 'Proveedor tecnológico', 'Technology provider')],
    rules: {
      minPartners: 1,
      maxPartners: 2,
      requiredRoles: [{ role: 'beneficiary', min: 1 }],
      smeOnly: true,
      regions: [{ nutsPrefixes: ['ES41', 'ES61'], quantifier: { atLeast: 1 } }],
      membershipRequired: { atLeast: 1 },
      membershipStatuses: ['active'],
      instruments: [
        { id: 'BONO-GD', nameEs: 'Bono gemelo digital', nameEn: 'Digital-twin voucher', maxPerRecipientCents: euros(25_000), maxPerProjectCents: euros(25_000), durationMonths: 12 },
        { id: 'BONO-EE', nameEs: 'Bono eficiencia energética', nameEn: 'Energy-efficiency voucher', maxPerRecipientCents: euros(15_000), maxPerProjectCents: euros(15_000), durationMonths: 12 },
      ],
    },
    ranking: {
      criteria: [
        { id: 'excellence', labelEs: 'Calidad técnica', labelEn: 'Technical quality', threshold: 3, weight: 1 },
        { id: 'impact', labelEs: 'Ahorro y replicabilidad', labelEn: 'Savings and replicability', threshold: 3, weight: 1.5 },
        { id: 'implementation', labelEs: 'Viabilidad', labelEn: 'Feasibility', threshold: 3, weight: 1 },
      ],
      totalThreshold: 10,
      tieOrder: ['tie.topics', 'tie.impact', 'tie.excellence', 'tie.gender', 'tie.countries'],
    },
    paymentScheme: {
      tranches: [
        { milestone: 'signature', labelEs: 'Anticipo a la firma', labelEn: 'Advance on signature', percent: 40 },
        { milestone: 'finalReport', labelEs: 'Informe final y medida del ahorro aceptados', labelEn: 'Final report and measured savings accepted', percent: 60 },
      ],
      rounding: 'largestRemainder',
    },
    amountRule: {
      method: 'cost_share',
      fundingRatePercent: 80,
      textEs: 'El 80 % de los costes subvencionables, con un máximo de 25.000 € (gemelo digital) o 15.000 € (eficiencia energética) por bono.',
      textEn: '80 % of the eligible costs, up to EUR 25,000 (digital twin) or EUR 15,000 (energy efficiency) per voucher.',
    },
    form: BONOS_FORM,
  };
}
