/**
 * The cluster's 2024 voucher call, closed and decided: 18 applications by member SMEs of Castilla y
 * León and Andalucía, of which 13 were funded (as the cluster reported), 2 wait on the reserve list
 * and 3 fell below the thresholds. The evaluation demo scores them; the impact demo follows the
 * measures four of them carried out.
 */
import { euros } from '../../../shared/money.js';
import type { DemoApplication, DemoPerson } from './demo-applications.js';
import type { ProgrammeInput } from './demo-calls.js';

export const BONOS_2024_PROGRAMME: ProgrammeInput = {
  code: 'BONOS-2024',
  name: 'Programa de bonos de innovación 2024-2025 (Castilla y León y Andalucía)',
  description: 'Bonos de innovación de la edición 2024, cofinanciados por las agencias regionales de Castilla y León y Andalucía. Ayudas de minimis (Reglamento (UE) 2023/2831).',
  source: 'regional',
  grantReference: 'Convenios ADE-CyL / IDEA 2024 (demo)',
  totalBudgetCents: euros(250_000),
  recipientCapCents: euros(25_000),
  fstp: false,
  deMinimis: true,
  envelopes: [
    { nutsPrefix: 'ES41', label: 'Castilla y León', budgetCents: euros(120_000) },
    { nutsPrefix: 'ES61', label: 'Andalucía', budgetCents: euros(100_000) },
  ],
  startsOn: '2024-01-01',
  endsOn: '2025-12-31',
};

/** Budget of the 2024 call: the thirteen best-ranked vouchers fit; the next two do not. */
export const BONOS_2024_BUDGET_CENTS = euros(210_000);

export const BONOS_2024_PEOPLE: DemoPerson[] = [
  { key: 'guadalquivir', name: 'Antonio Lucena Pardo', email: 'antonio.lucena@demo.veta.local', locale: 'es', organisation: 'Áridos Guadalquivir S.L.' },
  { key: 'gredos', name: 'Elena Sánchez Jiménez', email: 'elena.sanchez@demo.veta.local', locale: 'es', organisation: 'Feldespatos de Gredos S.L.' },
  { key: 'bana', name: 'Xosé Alonso Rodríguez', email: 'xose.alonso@demo.veta.local', locale: 'es', organisation: 'Pizarrera La Baña S.Coop.' },
  { key: 'sierragorda', name: 'Lucía Moreno Ortega', email: 'lucia.moreno@demo.veta.local', locale: 'es', organisation: 'Calizas de Sierra Gorda S.L.' },
  { key: 'tierracampos', name: 'Pablo Herrero Diez', email: 'pablo.herrero@demo.veta.local', locale: 'es', organisation: 'Cerámicas Tierra de Campos S.L.' },
  { key: 'reciclalia', name: 'Inmaculada Gil Soler', email: 'inmaculada.gil@demo.veta.local', locale: 'es', organisation: 'Reciclalia Sur S.L.' },
  { key: 'silices', name: 'Marta Velasco Sanz', email: 'marta.velasco@demo.veta.local', locale: 'en', organisation: 'Sílices de Segovia S.L.' },
  { key: 'perlita', name: 'José Manuel Cortés Amador', email: 'josemanuel.cortes@demo.veta.local', locale: 'es', organisation: 'Perlita y Diatomeas del Sur S.L.' },
  { key: 'hormigones', name: 'Raquel Fidalgo Blanco', email: 'raquel.fidalgo@demo.veta.local', locale: 'es', organisation: 'Hormigones Leoneses S.A.' },
  { key: 'recuperaciones', name: 'Óscar Ferrero Llamas', email: 'oscar.ferrero@demo.veta.local', locale: 'es', organisation: 'Recuperaciones Metálicas Leonesas S.L.' },
  { key: 'magnesitas', name: 'Teresa Arranz Gil', email: 'teresa.arranz@demo.veta.local', locale: 'es', organisation: 'Magnesitas de Burgos S.A.' },
  { key: 'sil', name: 'Héctor Núñez Valcarce', email: 'hector.nunez@demo.veta.local', locale: 'es', organisation: 'Restauraciones Ambientales del Sil S.L.' },
  { key: 'piedrabierzo', name: 'Silvia Carballo Rey', email: 'silvia.carballo@demo.veta.local', locale: 'es', organisation: 'Piedra Natural del Bierzo S.L.' },
];

/** SME self-declarations of the 2024 applicants not declared elsewhere (AWU, turnover and balance in M EUR). */
export const BONOS_2024_SIZES: Record<string, [number, number, number]> = {
  'Áridos Guadalquivir S.L.': [23, 3.9, 2.8],
  'Feldespatos de Gredos S.L.': [31, 5.2, 4.4],
  'Pizarrera La Baña S.Coop.': [48, 6.8, 5.5],
  'Calizas de Sierra Gorda S.L.': [26, 4.1, 3.6],
  'Cerámicas Tierra de Campos S.L.': [35, 5.9, 4.7],
  'Reciclalia Sur S.L.': [17, 2.6, 2.1],
  'Sílices de Segovia S.L.': [42, 9.4, 8.2],
  'Perlita y Diatomeas del Sur S.L.': [12, 1.7, 1.2],
  'Hormigones Leoneses S.A.': [64, 12.5, 10.8],
  'Recuperaciones Metálicas Leonesas S.L.': [29, 8.7, 4.9],
  'Magnesitas de Burgos S.A.': [88, 19.6, 17.3],
  'Restauraciones Ambientales del Sil S.L.': [15, 1.9, 1.4],
  'Piedra Natural del Bierzo S.L.': [21, 2.7, 2.5],
};

type Voucher = [lead: string, requested: number, instrument: 'BONO-GD' | 'BONO-EE', acronym: string, title: string, topics: string[], activities: string[], site: string, summary: string, impact: string, submitted: string];

const VOUCHERS: Voucher[] = [
  ['member', 25_000, 'BONO-GD', 'TWIN-PEÑAGRIS', 'Gemelo digital de la cantera Peña Gris', ['gemelos'], ['gemelo', 'monitorizacion'], 'Cantera Peña Gris', 'Gemelo digital de la cantera Peña Gris que une los contadores de perforación, carga y trituración con el plan de voladuras, con el apoyo de Gemelos Digitales Mineros, para programar los equipos fuera de las horas punta.', 'Ahorro esperado del 12 % de la electricidad de la cantera, medido durante doce meses.', '2024-03-04T10:20:00Z'],
  ['guadalquivir', 15_000, 'BONO-EE', 'VFD-ECIJA', 'Variadores de frecuencia en cintas y cribas de Écija', ['eficiencia'], ['variadores', 'auditoria'], 'Planta de áridos de Écija', 'Sustitución de los arrancadores directos de catorce cintas transportadoras y dos cribas por variadores de frecuencia con control por carga, tras una auditoría energética de la planta.', 'Ahorro esperado del 18 % de la electricidad de la planta de clasificación.', '2024-03-08T12:00:00Z'],
  ['yesera', 15_000, 'BONO-EE', 'KILN-HEAT', 'Recuperación de calor de los gases del horno de yeso', ['eficiencia'], ['auditoria', 'monitorizacion'], 'Fábrica de yeso de Sorbas', 'Intercambiador en la chimenea del horno de cocción que precalienta el aire de combustión, con medida continua del gas por tonelada de yeso.', 'Ahorro esperado del 9 % del gas natural del horno.', '2024-03-11T09:40:00Z'],
  ['gredos', 12_000, 'BONO-EE', 'CALDERA-GREDOS', 'Caldera de condensación y control por zonas en la planta de molienda', ['eficiencia'], ['auditoria'], 'Planta de Arenas de San Pedro', 'Sustitución de la caldera atmosférica del secadero y las naves por una caldera de condensación con regulación por zonas y sondas de temperatura.', 'Ahorro esperado del 15 % del gas de calefacción y secado.', '2024-03-12T16:05:00Z'],
  ['bana', 22_000, 'BONO-GD', 'LABRADO-TWIN', 'Gemelo digital de la nave de labrado de la cooperativa', ['gemelos', 'eficiencia'], ['gemelo'], 'Nave de labrado de Encinedo', 'Gemelo digital de la nave de labrado que sigue cada bloque desde el corte hasta el paletizado y el consumo de cada sierra, para reducir rechazos y energía por palé.', 'Ahorro esperado del 10 % de la electricidad por palé y un 5 % menos de rechazo.', '2024-03-05T11:30:00Z'],
  ['sanabria', 14_000, 'BONO-EE', 'SECADERO-CAOLIN', 'Monitorización del secadero de caolín', ['eficiencia'], ['monitorizacion', 'auditoria'], 'Planta de Puebla de Sanabria', 'Monitorización en tiempo real del gas y la humedad del secadero rotativo de caolín, con una auditoría que fije la línea base por tonelada seca.', 'Ahorro esperado del 8 % del gas del secadero.', '2024-03-13T10:10:00Z'],
  ['sierragorda', 15_000, 'BONO-EE', 'MOLINO-EFICIENTE', 'Motores eficientes en el molino de carbonato', ['eficiencia'], ['variadores'], 'Planta de Archidona', 'Motores IE4 y variadores en el molino de bolas y los ventiladores del clasificador de carbonato cálcico.', 'Ahorro esperado del 11 % de la electricidad de molienda.', '2024-03-14T08:45:00Z'],
  ['macael', 20_000, 'BONO-GD', 'TELAR-TWIN', 'Gemelo digital del telar de bloques de mármol', ['gemelos'], ['gemelo'], 'Telar de bloques de Macael', 'Gemelo digital del telar que ajusta la velocidad de corte a la dureza del bloque y programa el cambio de flejes.', 'Ahorro esperado del 9 % de la electricidad por metro cuadrado cortado.', '2024-03-06T13:15:00Z'],
  ['tierracampos', 13_500, 'BONO-EE', 'HORNO-TEJA', 'Control de combustión del horno túnel de teja', ['eficiencia'], ['monitorizacion'], 'Fábrica de Paredes de Nava', 'Analizadores de oxígeno y control de la combustión por zonas del horno túnel de teja cerámica.', 'Ahorro esperado del 7 % del gas del horno.', '2024-03-07T15:20:00Z'],
  ['reciclalia', 11_000, 'BONO-EE', 'AIRE-RECICLA', 'Aire comprimido eficiente en la planta de reciclaje', ['eficiencia'], ['auditoria', 'variadores'], 'Planta de Dos Hermanas', 'Auditoría de fugas y compresor de velocidad variable para el transporte neumático de la masa negra de baterías.', 'Ahorro esperado del 20 % de la electricidad del aire comprimido.', '2024-03-12T09:00:00Z'],
  ['silices', 24_000, 'BONO-GD', 'SAND-TWIN', 'Gemelo digital del lavadero de arenas silíceas', ['gemelos', 'eficiencia'], ['gemelo', 'monitorizacion'], 'Lavadero de Cuéllar', 'Gemelo digital del lavadero que equilibra el caudal de agua y la carga de los hidrociclones según la granulometría de entrada.', 'Ahorro esperado del 13 % de la electricidad de bombeo y un 10 % menos de agua.', '2024-03-10T18:30:00Z'],
  ['perlita', 9_500, 'BONO-EE', 'PERLITA-LED', 'Iluminación y control del horno de expansión de perlita', ['eficiencia'], ['auditoria'], 'Planta de Huércal de Almería', 'Auditoría energética, iluminación LED de las naves y control del exceso de aire del horno de expansión.', 'Ahorro esperado del 6 % de la energía de la planta.', '2024-03-14T12:30:00Z'],
  ['orbigo', 10_000, 'BONO-EE', 'GRAVERA-SOLAR', 'Bombeo eficiente en la gravera de Astorga', ['eficiencia'], ['variadores'], 'Gravera de Astorga', 'Variadores en las bombas de achique y de lavado de la gravera, con contadores por bomba.', 'Ahorro esperado del 16 % de la electricidad de bombeo.', '2024-03-09T10:00:00Z'],
  ['hormigones', 25_000, 'BONO-GD', 'HORMIGON-TWIN', 'Gemelo digital de la central de hormigón', ['gemelos'], ['gemelo'], 'Central de hormigón de León', 'Gemelo digital de la central que planifica las amasadas y el transporte para reducir esperas de camiones y consumo.', 'Ahorro esperado del 8 % de la energía por metro cúbico.', '2024-03-13T17:50:00Z'],
  ['recuperaciones', 15_000, 'BONO-EE', 'CIZALLA-EE', 'Cizalla y prensa eficientes para chatarra', ['eficiencia'], ['variadores'], 'Parque de Onzonilla', 'Grupo hidráulico de velocidad variable en la cizalla-prensa de chatarra.', 'Ahorro esperado del 22 % de la electricidad de la cizalla.', '2024-03-15T09:15:00Z'],
  ['magnesitas', 15_000, 'BONO-EE', 'MAG-HORNO', 'Aislamiento del horno de magnesia', ['eficiencia'], ['auditoria'], 'Planta de Aranda de Duero', 'Reparación del aislamiento del horno rotativo de calcinación de magnesia.', 'Por cuantificar tras la auditoría.', '2024-03-14T19:40:00Z'],
  ['sil', 8_000, 'BONO-EE', 'VIVERO-EE', 'Riego eficiente del vivero de restauración', ['eficiencia'], ['monitorizacion'], 'Vivero de Villafranca del Bierzo', 'Sensores de humedad y bombeo programado en el vivero de especies autóctonas para restauración de escombreras.', 'Ahorro de agua y energía de bombeo sin cuantificar.', '2024-03-12T11:25:00Z'],
  ['piedrabierzo', 18_000, 'BONO-GD', 'PIEDRA-3D', 'Escaneo 3D de bloques de piedra', ['gemelos'], ['gemelo'], 'Taller de Molinaseca', 'Escáner 3D de los bloques a la entrada del taller para optimizar el despiece.', 'Menos rechazo de piedra; ahorro energético no estimado.', '2024-03-15T12:55:00Z'],
];

/** The 2024 applications, in the demo's application format. */
export const BONOS_2024_APPLICATIONS: DemoApplication[] = VOUCHERS.map(([lead, requested, instrument, acronym, title, topics, activities, site, summary, impact, submitted]) => ({
  call: 'bonos',
  lead,
  leadRoles: ['beneficiary'],
  leadRequested: euros(requested),
  partners: lead === 'member' ? [{ person: 'gemelos', roles: ['provider'], requested: 0 }] : [],
  acronym,
  title,
  instrument,
  activities,
  topics,
  text: { summary, impact, site },
  submissions: [submitted],
}));
