/**
 * The demo's applicants and applications (fictional people and projects): to MINE.THE.GAP open call
 * #2 (2022, closed), eligible and not; and to the cluster's current voucher call (open), submitted and
 * in progress. Organisations are the registry demo's, plus a few foreign SMEs created here.
 */
import { euros } from '../../../shared/money.js';

export interface DemoPerson {
  key: string;
  name: string;
  email: string;
  locale: 'es' | 'en';
  /** Legal name of the organisation the person acts for. */
  organisation: string;
}

/** SME SMEs outside Spain (and one outside the eligible countries) for the MINE.THE.GAP consortia. */
export const FOREIGN_ORGANISATIONS = [
  { legalName: 'Geodados Lda', country: 'PT', city: 'Porto', nutsCode: 'PT11', stages: ['equipment', 'engineering'], nace: ['71.12'], en: 'Geospatial data and drone surveys for quarries.' },
  { legalName: 'Kaivosdata Oy', country: 'FI', city: 'Oulu', nutsCode: 'FI1D', stages: ['equipment'], nace: ['62.01'], en: 'Process analytics software for concentrators.' },
  { legalName: 'Bergbau Sensorik GmbH', country: 'DE', city: 'Freiberg', nutsCode: 'DED2', stages: ['equipment'], nace: ['26.51'], en: 'Vibration and dust sensors for mining machinery.' },
  { legalName: 'Mining Robotics Inc.', country: 'US', city: 'Denver', nutsCode: null, stages: ['equipment'], nace: ['28.92'], en: 'Autonomous drilling robots.' },
] as const;

export const DEMO_APPLICANTS: DemoPerson[] = [
  { key: 'bierzo', name: 'Beatriz Cuesta Robles', email: 'beatriz.cuesta@demo.veta.local', locale: 'es', organisation: 'Pizarras del Bierzo Alto S.A.' },
  { key: 'geodados', name: 'Rui Costa Almeida', email: 'rui.costa@demo.veta.local', locale: 'en', organisation: 'Geodados Lda' },
  { key: 'andevalo', name: 'Manuel Requejo Villar', email: 'manuel.requejo@demo.veta.local', locale: 'es', organisation: 'Minera Cobre Andévalo S.A.' },
  { key: 'kaivos', name: 'Aino Lehtonen', email: 'aino.lehtonen@demo.veta.local', locale: 'en', organisation: 'Kaivosdata Oy' },
  { key: 'bergbau', name: 'Jonas Weber', email: 'jonas.weber@demo.veta.local', locale: 'en', organisation: 'Bergbau Sensorik GmbH' },
  { key: 'cabrera', name: 'Pilar Marcos Tejerina', email: 'pilar.marcos@demo.veta.local', locale: 'es', organisation: 'Canteras de la Cabrera S.L.' },
  { key: 'sensorica', name: 'Iván Llamas Prieto', email: 'ivan.llamas@demo.veta.local', locale: 'es', organisation: 'Sensórica de Canteras S.L.' },
  { key: 'refineria', name: 'Carmen Sahagún Álvarez', email: 'carmen.sahagun@demo.veta.local', locale: 'es', organisation: 'Refinería Onubense de Cobre S.A.' },
  { key: 'robotics', name: 'Grace Miller', email: 'grace.miller@demo.veta.local', locale: 'en', organisation: 'Mining Robotics Inc.' },
  { key: 'orbigo', name: 'Diego Castaño Cuesta', email: 'diego.castano@demo.veta.local', locale: 'es', organisation: 'Áridos del Órbigo S.L.' },
  { key: 'sanabria', name: 'Rosa Villar Robles', email: 'rosa.villar@demo.veta.local', locale: 'es', organisation: 'Caolines de Sanabria S.L.' },
  { key: 'gemelos', name: 'Sara Tejerina Marcos', email: 'sara.tejerina@demo.veta.local', locale: 'es', organisation: 'Gemelos Digitales Mineros S.L.' },
  { key: 'sabero', name: 'Álvaro Prieto García', email: 'alvaro.prieto@demo.veta.local', locale: 'es', organisation: 'Calizas de Sabero S.L.' },
  { key: 'yesera', name: 'Nuria Fernández Cuesta', email: 'nuria.fernandez@demo.veta.local', locale: 'es', organisation: 'Yesera Bética S.L.' },
  { key: 'macael', name: 'Javier Robles Sahagún', email: 'javier.robles@demo.veta.local', locale: 'es', organisation: 'Mármoles de Macael Sur S.L.' },
];

/** The class each organisation declares in its SME self-declaration (AWU, turnover and balance in M EUR). */
export const DECLARED_SIZE: Record<string, [awu: number, turnoverM: number, balanceM: number]> = {
  'Pizarras del Bierzo Alto S.A.': [38, 6.2, 5.1],
  'Geodados Lda': [9, 0.9, 0.6],
  'Minera Cobre Andévalo S.A.': [180, 41, 38],
  'Kaivosdata Oy': [22, 2.8, 1.9],
  'Bergbau Sensorik GmbH': [31, 4.4, 3.2],
  'Canteras de la Cabrera S.L.': [24, 3.1, 2.7],
  'Sensórica de Canteras S.L.': [8, 0.7, 0.5],
  'Refinería Onubense de Cobre S.A.': [620, 940, 780],
  'Mining Robotics Inc.': [45, 8.5, 6],
  'Áridos del Órbigo S.L.': [14, 2.2, 1.6],
  'Caolines de Sanabria S.L.': [27, 4.9, 4.2],
  'Pizarras Valdeorras Norte S.L.': [46, 8.1, 6.9],
  'Gemelos Digitales Mineros S.L.': [12, 1.3, 0.8],
  'Calizas de Sabero S.L.': [33, 5.6, 4.8],
  'Yesera Bética S.L.': [41, 7.7, 6.1],
  'Mármoles de Macael Sur S.L.': [19, 2.9, 2.4],
  'Áridos y Transportes Moreno S.L.': [11, 1.8, 1.1],
};

export interface DemoPartner {
  person: string;
  roles: string[];
  requested: number;
  /** Only invited: the invitation is not answered yet. */
  pending?: boolean;
}

export interface DemoApplication {
  call: 'mtg' | 'bonos';
  lead: string;
  leadRoles: string[];
  leadRequested: number;
  partners: DemoPartner[];
  acronym: string;
  title: string;
  instrument: string;
  trl?: number;
  activities: string[];
  topics: string[];
  text: { summary: string; impact: string; site?: string };
  /** Submission instants (each a new version); none: a draft. A later title, if given, before the 2nd. */
  submissions: string[];
  retitle?: string;
  staff?: { status: 'ineligible' | 'withdrawn'; reason: string };
  /** De minimis aid the lead declares (vouchers); none declared when absent. */
  priorAid?: { grantor: string; grantedOn: string; amountCents: number; description: string };
}

const SLATE = 'Las sierras de disco de la nave de labrado se paran sin aviso cuando el disco se desgasta o se calienta. ';

export const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    call: 'mtg', lead: 'bierzo', leadRoles: ['adopter'], leadRequested: euros(25_000),
    partners: [{ person: 'geodados', roles: ['provider'], requested: euros(25_000) }],
    acronym: 'SLATE-EYE', title: 'Visión artificial para clasificar pizarra en la nave de labrado', instrument: 'MINE-PoC', trl: 6,
    activities: ['poc', 'integration'], topics: ['digital', 'processing'],
    text: { summary: `${SLATE}Un sistema de visión artificial clasificará las placas por calidad y espesor y avisará del desgaste de los discos, probado durante nueve meses en la nave de Puente de Domingo Flórez con el equipo de Geodados.`, impact: 'Menos rechazo de placas (del 18 % al 12 %), 9 % menos energía por tonelada y menos horas de trabajo repetitivo.' },
    submissions: ['2022-03-01T10:12:00Z', '2022-03-10T17:41:00Z'], retitle: 'Visión artificial para clasificar placas de pizarra y vigilar el desgaste de los discos',
  },
  {
    call: 'mtg', lead: 'andevalo', leadRoles: ['adopter'], leadRequested: euros(50_000),
    partners: [{ person: 'kaivos', roles: ['provider'], requested: euros(40_000) }, { person: 'bergbau', roles: ['provider'], requested: euros(40_000) }],
    acronym: 'TAILINGS-TWIN', title: 'Gemelo digital de la balsa de estériles y del circuito de agua', instrument: 'MINE-Demo',
    activities: ['demo', 'integration', 'training'], topics: ['environment', 'digital'],
    text: { summary: 'Demostración de un gemelo digital que une los sensores de la balsa de estériles (piezómetros, inclinómetros, caudal) con el modelo de proceso de la planta de flotación, para anticipar incidencias y recircular más agua. La plataforma de Kaivosdata integra los datos y Bergbau Sensorik aporta los sensores de vibración y polvo.', impact: 'Un 15 % más de agua recirculada, alertas tempranas de estabilidad y un informe mensual automático para la autoridad minera.' },
    submissions: ['2022-03-14T15:52:31Z'],
  },
  {
    call: 'mtg', lead: 'cabrera', leadRoles: ['adopter'], leadRequested: euros(25_000),
    partners: [{ person: 'sensorica', roles: ['provider'], requested: euros(25_000) }],
    acronym: 'GRANITE-AI', title: 'Mantenimiento predictivo de la maquinaria de cantera', instrument: 'MINE-PoC', trl: 6,
    activities: ['poc'], topics: ['extraction', 'digital'],
    text: { summary: 'Prueba de concepto de mantenimiento predictivo en palas y dúmperes de la cantera de Truchas, con la telemetría de Sensórica de Canteras y un modelo de averías entrenado con el histórico de mantenimiento de cinco años.', impact: 'Un 20 % menos de paradas no previstas y menos consumo de gasóleo por tonelada movida.' },
    submissions: ['2022-03-09T12:05:00Z'],
    staff: { status: 'ineligible', reason: 'Los dos socios son españoles (se exigen dos países admisibles) y Sensórica de Canteras superaría el máximo de 50.000 € por pyme del programa: ya recibió 40.000 € en la convocatoria n.º 1.' },
  },
  {
    call: 'mtg', lead: 'refineria', leadRoles: ['adopter'], leadRequested: euros(50_000),
    partners: [{ person: 'robotics', roles: ['provider'], requested: euros(50_000) }],
    acronym: 'DUST-SENSE', title: 'Robots autónomos de muestreo de polvo en la fundición', instrument: 'MINE-Demo',
    activities: ['demo'], topics: ['processing'],
    text: { summary: 'Demostración de robots autónomos que toman muestras de polvo en las naves de la fundición y las analizan en línea, para reducir la exposición del personal y ajustar la extracción de humos.', impact: 'Menos exposición del personal y un 10 % menos de energía en los extractores.' },
    submissions: ['2022-03-11T09:30:00Z'],
    staff: { status: 'ineligible', reason: 'La refinería no es pyme (más de 250 UTA y 940 M€ de volumen de negocio) y el proveedor está en Estados Unidos, fuera de los países admisibles.' },
  },
  {
    call: 'mtg', lead: 'sanabria', leadRoles: ['adopter'], leadRequested: euros(25_000),
    partners: [{ person: 'geodados', roles: ['provider'], requested: euros(20_000) }],
    acronym: 'KAOLIN-LOOP', title: 'Recuperación de finos de caolín con control en línea', instrument: 'MINE-PoC', trl: 7,
    activities: ['poc'], topics: ['processing', 'environment'],
    text: { summary: 'Prueba de concepto de un hidrociclón con control en línea para recuperar finos de caolín que hoy acaban en la balsa, con medición por dron del volumen de acopios.', impact: 'Un 6 % más de producto vendible y menos volumen en la balsa de lodos.' },
    submissions: ['2022-03-07T11:00:00Z'],
    staff: { status: 'withdrawn', reason: 'Retirada a petición de la empresa (correo de 12/03/2022): se presentará en una convocatoria posterior.' },
  },
  {
    call: 'mtg', lead: 'orbigo', leadRoles: ['adopter'], leadRequested: euros(25_000),
    partners: [],
    acronym: 'QUARRY-DRONE', title: 'Levantamiento con dron de graveras', instrument: 'MINE-PoC', trl: 6,
    activities: ['poc'], topics: ['extraction'],
    text: { summary: 'Borrador: vuelos de dron para cubicar acopios y frentes de extracción.', impact: 'Pendiente.' },
    submissions: [],
  },
];

export const BONOS_APPLICATIONS: DemoApplication[] = [
  {
    call: 'bonos', lead: 'member', leadRoles: ['beneficiary'], leadRequested: euros(25_000),
    partners: [{ person: 'gemelos', roles: ['provider'], requested: 0 }],
    priorAid: { grantor: 'Xunta de Galicia (IGAPE)', grantedOn: '2024-06-18', amountCents: 1_850_000, description: 'Bono de digitalización' },
    acronym: 'TWIN-VALDEORRAS', title: 'Gemelo digital de la línea de corte y labrado de pizarra', instrument: 'BONO-GD',
    activities: ['gemelo', 'monitorizacion'], topics: ['gemelos', 'eficiencia'],
    text: { summary: `${SLATE}El gemelo digital de Gemelos Digitales Mineros unirá los contadores de cada sierra con el plan de producción para programar los cambios de disco y arrancar las líneas fuera de las horas punta.`, impact: 'Ahorro esperado del 14 % de la electricidad de la nave, medido con los contadores existentes durante doce meses.', site: 'Nave de labrado de Carballeda de Valdeorras' },
    submissions: ['now-3d'],
  },
  {
    call: 'bonos', lead: 'applicant', leadRoles: ['beneficiary'], leadRequested: euros(15_000),
    partners: [],
    acronym: 'VARIADORES-ATM', title: 'Variadores de frecuencia en la planta de clasificación de áridos', instrument: 'BONO-EE',
    activities: ['variadores', 'auditoria'], topics: ['eficiencia'],
    text: { summary: 'Sustitución de los arrancadores de las cintas y cribas de la planta de clasificación por variadores de frecuencia, con una auditoría energética previa y contadores por línea para medir el ahorro.', impact: 'Ahorro esperado del 18 % en la planta de clasificación.', site: 'Planta de clasificación de La Robla' },
    submissions: ['now-1d'],
  },
  {
    call: 'bonos', lead: 'sabero', leadRoles: ['beneficiary'], leadRequested: euros(15_000),
    partners: [],
    acronym: 'CAL-EFICIENTE', title: 'Monitorización de consumos del horno de cal', instrument: 'BONO-EE',
    activities: ['monitorizacion', 'auditoria'], topics: ['eficiencia'],
    text: { summary: 'Monitorización en tiempo real de gas y electricidad del horno de cal y del molino de caliza micronizada, con una auditoría energética que fije la línea base de consumo por tonelada.', impact: 'Ahorro esperado del 8 % del gas del horno por tonelada de cal.', site: 'Horno de cal de Sabero' },
    submissions: ['now-5d'],
  },
  {
    call: 'bonos', lead: 'yesera', leadRoles: ['beneficiary'], leadRequested: euros(30_000),
    partners: [],
    acronym: 'YESO-TWIN', title: 'Gemelo digital del secadero de placas de yeso', instrument: 'BONO-GD',
    activities: ['gemelo'], topics: ['gemelos'],
    text: { summary: 'Gemelo digital del secadero de placas para ajustar la temperatura de cada zona según la humedad de entrada.', impact: 'Por estimar.', site: 'Fábrica de placas de Sorbas' },
    submissions: [],
  },
  {
    call: 'bonos', lead: 'macael', leadRoles: ['beneficiary'], leadRequested: euros(20_000),
    partners: [{ person: 'gemelos', roles: ['provider'], requested: 0, pending: true }],
    acronym: 'MARMOL-DT', title: 'Gemelo digital del telar de bloques de mármol', instrument: 'BONO-GD',
    activities: ['gemelo'], topics: ['gemelos'],
    text: { summary: 'Borrador: gemelo digital del telar para reducir el consumo por metro cuadrado cortado.', impact: 'Pendiente de la auditoría.', site: 'Telar de bloques de Macael' },
    submissions: [],
  },
];
