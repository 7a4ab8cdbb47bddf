/**
 * Demo data of the materials module. Everything here is either invented (the member companies,
 * their capacities) or an illustrative stand-in for an input the shipped tables lack (governance
 * scores, import reliance, EoL-RIR, substitution indexes, EU capacity shares); all such values are
 * stored with `illustrative = true` and a source that says so.
 */
import type { ValueChainStage } from '../../../shared/value-chain.js';

export const ILLUSTRATIVE_SOURCE = 'Demo: illustrative value, not from the EU study or the WGI';

/** One flat governance score for every country: clearly a placeholder, not a ranking of countries. */
export const DEMO_GOVERNANCE = 5;

/** [IR, EoL-RIR, SI_SR, SI_EI] per material (illustrative magnitudes). */
export const DEMO_PARAMETERS: Readonly<Record<string, readonly [number, number, number, number]>> = {
  lithium: [0.79, 0, 0.99, 0.96],
  cobalt: [0.81, 0.22, 0.99, 0.97],
  nickel: [0.75, 0.16, 0.94, 0.93],
  graphite: [0.98, 0.03, 0.95, 0.92],
  manganese: [0.96, 0.09, 0.98, 0.95],
  copper: [0.48, 0.55, 0.98, 0.7],
  aluminium: [0.62, 0.32, 0.95, 0.8],
  tungsten: [0.42, 0.42, 0.97, 0.95],
  gallium: [0.98, 0, 0.97, 0.94],
  germanium: [0.46, 0.02, 0.95, 0.92],
  magnesium: [0.97, 0.13, 0.91, 0.82],
  'silicon-metal': [0.63, 0, 0.99, 0.98],
  hree: [1, 0.01, 0.96, 0.92],
  lree: [1, 0.01, 0.95, 0.9],
  pgm: [0.9, 0.25, 0.93, 0.9],
};

export interface DemoOrganisation {
  readonly legalName: string;
  readonly tradeName: string;
  readonly kind: 'company' | 'university' | 'research_centre';
  readonly office: string;
  readonly cifDigits: string;
  readonly stages: readonly ValueChainStage[];
  readonly materials: readonly string[];
  readonly publicProfile: boolean;
  readonly descriptionEs: string;
}

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  { legalName: 'Wolframio del Bierzo, S.L.', tradeName: 'Wolframio del Bierzo', kind: 'company', office: 'leon', cifDigits: '2410357', stages: ['exploration', 'extraction'], materials: ['tungsten'], publicProfile: true, descriptionEs: 'Exploración y explotación de scheelita en El Bierzo.' },
  { legalName: 'Litio Extremeño Recursos, S.A.', tradeName: 'LitEx Recursos', kind: 'company', office: 'madrid', cifDigits: '0681422', stages: ['exploration', 'extraction', 'processing'], materials: ['lithium'], publicProfile: true, descriptionEs: 'Proyecto de litio en roca dura con planta de hidróxido prevista.' },
  { legalName: 'Refinería Bética de Cobre, S.A.', tradeName: 'Bética Cobre', kind: 'company', office: 'sevilla', cifDigits: '4190833', stages: ['extraction', 'processing', 'manufacturing'], materials: ['copper', 'silver'], publicProfile: true, descriptionEs: 'Cátodos de cobre a partir de concentrados de la Faja Pirítica.' },
  { legalName: 'Grafitos y Anodos del Sureste, S.L.', tradeName: 'Grafitos del Sureste', kind: 'company', office: 'murcia', cifDigits: '3055172', stages: ['processing', 'manufacturing'], materials: ['graphite'], publicProfile: true, descriptionEs: 'Esferoidización de grafito para ánodos de baterías.' },
  { legalName: 'Reciclaje de Baterías de Levante, S.L.', tradeName: 'ReBat Levante', kind: 'company', office: 'murcia', cifDigits: '3098214', stages: ['recycling', 'processing'], materials: ['lithium', 'cobalt', 'nickel', 'manganese', 'graphite', 'copper', 'aluminium'], publicProfile: true, descriptionEs: 'Masa negra e hidrometalurgia de baterías de ion-litio.' },
  { legalName: 'Pizarras de La Cabrera, S.A.', tradeName: 'Pizarras La Cabrera', kind: 'company', office: 'leon', cifDigits: '2400618', stages: ['extraction', 'processing', 'environment'], materials: ['slate'], publicProfile: true, descriptionEs: 'Pizarra para cubiertas y restauración de escombreras.' },
  { legalName: 'Fluorita y Baritina Cantábricas, S.L.', tradeName: 'FluoBar', kind: 'company', office: 'leon', cifDigits: '3310447', stages: ['extraction', 'processing'], materials: ['fluorspar', 'baryte'], publicProfile: false, descriptionEs: 'Concentrados de fluorita de grado ácido.' },
  { legalName: 'Ingeniería Geominera Ibérica, S.L.', tradeName: 'Geominera Ibérica', kind: 'company', office: 'madrid', cifDigits: '2871903', stages: ['engineering', 'exploration', 'environment'], materials: ['copper', 'tungsten', 'lithium', 'feldspar'], publicProfile: true, descriptionEs: 'Estudios de viabilidad, permisos y restauración.' },
  { legalName: 'Gemelos Digitales Mineros, S.L.', tradeName: 'GeDiMin', kind: 'company', office: 'madrid', cifDigits: '2866510', stages: ['equipment'], materials: ['copper', 'aluminium'], publicProfile: false, descriptionEs: 'Gemelos digitales y automatización de plantas de proceso.' },
  { legalName: 'Aluminios Reciclados del Ebro, S.A.', tradeName: 'AluEbro', kind: 'company', office: 'madrid', cifDigits: '5002391', stages: ['recycling', 'manufacturing'], materials: ['aluminium'], publicProfile: true, descriptionEs: 'Refundición de chatarra de aluminio para automoción.' },
  { legalName: 'Centro Tecnológico de Materiales Críticos del Noroeste', tradeName: 'CTMC Noroeste', kind: 'research_centre', office: 'leon', cifDigits: '2415586', stages: ['research', 'processing'], materials: ['hree', 'lree', 'graphite', 'lithium', 'germanium'], publicProfile: true, descriptionEs: 'Separación de tierras raras y nuevos procesos de refino.' },
  { legalName: 'Silicio Metalúrgico del Sur, S.A.', tradeName: 'SilSur', kind: 'company', office: 'sevilla', cifDigits: '4122706', stages: ['processing', 'manufacturing'], materials: ['silicon-metal', 'silica-sand', 'quartz'], publicProfile: true, descriptionEs: 'Silicio metal a partir de cuarzo de alta pureza.' },
];

export interface DemoCapacity {
  readonly materialId: string;
  readonly scope: 'eu' | 'spain' | 'organisation';
  /** Trade name of a demo organisation, for `organisation` figures. */
  readonly organisation?: string;
  readonly stage: 'extraction' | 'processing' | 'recycling' | 'diversification';
  readonly share: number | null;
  readonly tonnes?: number;
  readonly country?: string;
  readonly illustrative: boolean;
  readonly source: string;
}

const JRC_RANGES = `Illustrative, consistent with the 2022 ranges reported at https://theewastecolumn.com/database/crm-regulations-in-the-eu/the-eu-s-progress-on-critical-raw-materials-under-the-green-deal`;
const EU_SOURCING = 'EU 2023 CRM study, EU sourcing shares (Appendix 7): largest third-country share, used as a proxy for the share of EU consumption';

export const DEMO_CAPACITIES: readonly DemoCapacity[] = [
  { materialId: 'copper', scope: 'eu', stage: 'extraction', share: 0.15, illustrative: true, source: JRC_RANGES },
  { materialId: 'copper', scope: 'eu', stage: 'processing', share: 0.85, illustrative: true, source: JRC_RANGES },
  { materialId: 'copper', scope: 'eu', stage: 'recycling', share: 0.3, illustrative: true, source: JRC_RANGES },
  { materialId: 'cobalt', scope: 'eu', stage: 'extraction', share: 0.12, illustrative: true, source: JRC_RANGES },
  { materialId: 'cobalt', scope: 'eu', stage: 'processing', share: 0.42, illustrative: true, source: JRC_RANGES },
  { materialId: 'lithium', scope: 'eu', stage: 'processing', share: 0, illustrative: true, source: JRC_RANGES },
  { materialId: 'lithium', scope: 'eu', stage: 'recycling', share: 0.01, illustrative: true, source: JRC_RANGES },
  { materialId: 'lithium', scope: 'eu', stage: 'diversification', share: 0.79, country: 'CL', illustrative: false, source: EU_SOURCING },
  { materialId: 'gallium', scope: 'eu', stage: 'extraction', share: 0.01, illustrative: true, source: JRC_RANGES },
  { materialId: 'gallium', scope: 'eu', stage: 'recycling', share: 0.02, illustrative: true, source: JRC_RANGES },
  { materialId: 'gallium', scope: 'eu', stage: 'diversification', share: 0.69, country: 'CN', illustrative: false, source: EU_SOURCING },
  { materialId: 'magnesium', scope: 'eu', stage: 'processing', share: 0, illustrative: true, source: JRC_RANGES },
  { materialId: 'magnesium', scope: 'eu', stage: 'diversification', share: 0.97, country: 'CN', illustrative: false, source: EU_SOURCING },
  { materialId: 'tungsten', scope: 'eu', stage: 'recycling', share: 0.3, illustrative: true, source: JRC_RANGES },
  { materialId: 'tungsten', scope: 'eu', stage: 'diversification', share: 0.31, country: 'CN', illustrative: false, source: EU_SOURCING },
  { materialId: 'graphite', scope: 'eu', stage: 'processing', share: 0, illustrative: true, source: JRC_RANGES },
  { materialId: 'graphite', scope: 'eu', stage: 'diversification', share: 0.4, country: 'CN', illustrative: false, source: EU_SOURCING },
  { materialId: 'tungsten', scope: 'spain', stage: 'extraction', share: 0.08, tonnes: 800, illustrative: true, source: ILLUSTRATIVE_SOURCE },
  { materialId: 'copper', scope: 'spain', stage: 'extraction', share: 0.04, tonnes: 120000, illustrative: true, source: ILLUSTRATIVE_SOURCE },
  { materialId: 'tungsten', scope: 'organisation', organisation: 'Wolframio del Bierzo', stage: 'extraction', share: 0.03, tonnes: 300, illustrative: true, source: 'Demo: figure declared by the (fictional) member' },
  { materialId: 'lithium', scope: 'organisation', organisation: 'LitEx Recursos', stage: 'processing', share: null, tonnes: 20000, illustrative: true, source: 'Demo: planned capacity declared by the (fictional) member' },
  { materialId: 'lithium', scope: 'organisation', organisation: 'ReBat Levante', stage: 'recycling', share: 0.005, tonnes: 400, illustrative: true, source: 'Demo: figure declared by the (fictional) member' },
];
