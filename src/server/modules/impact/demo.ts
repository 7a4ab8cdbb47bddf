/**
 * Demo data of the impact module: four fictional member companies with meters, 26 months of
 * readings up to today, measures in every category, and verified savings computed by the real
 * analysis pipeline: a slate quarry in León whose digital twin (15-minute electricity and sawn
 * production, published over MQTT by `veta demo telemetry`) cut its electricity 12 %, an
 * aggregates plant and a gypsum works (production-normalised models), and an office building in
 * Madrid (CalTRACK billing for its gas boiler, CalTRACK daily for its chiller).
 */
import { and, eq } from 'drizzle-orm';
import { addDays, localDate, startOfLocalDay } from '../../../engines/mv/index.js';
import type { UserActor } from '../../platform/actor.js';
import type { Ctx } from '../../platform/context.js';
import type { DemoStep } from '../../demo/types.js';
import { organisationIdByName } from '../../demo/acting.js';
import { organisation, registryChanged, site } from '../organisations/index.js';
import { findUserById } from '../identity/repository.js';
import type { MeterInput } from '../../../shared/contracts/impact.js';
import type { AnalysisInput } from '../../../shared/contracts/impact-analysis.js';
import { analysisOptionsSchema } from '../../../shared/contracts/impact-analysis.js';
import { CLIMATES, DEMO_QUARRY } from './demo-series.js';
import { loadBuildingElectricity, loadGasBills, loadPlant, loadQuarry, loadTemperature, windowOf } from './demo-load.js';
import { createAnalysis, verifyAnalysis } from './service/analyses.js';
import { createMeasure } from './service/measures.js';
import { createMeter } from './service/meters.js';
import { siteMeters } from './repository/meters.js';
import { awardsOfOrganisation } from './repository/awards.js';

export const DEMO_TZ = 'Europe/Madrid';
/** The demo quarry is the registry demo's slate company (the demo member acts for it); its León quarry site: */
export const DEMO_QUARRY_NAME = 'Pizarras Valdeorras Norte S.L.';
export const DEMO_QUARRY_SITE = 'Cantera Peña Gris';
/** The call whose vouchers funded the demo's measures (decided by the evaluation demo). */
export const DEMO_FUNDING_CALL = 'BI24';

/** The organisation's award in the demo's voucher call (none when that call is not decided). */
async function voucherOf(ctx: Ctx, organisationId: string): Promise<string | null> {
  return (await awardsOfOrganisation(ctx.db, organisationId)).find((a) => a.callCode === DEMO_FUNDING_CALL)?.awardId ?? null;
}

/** The first day of the month `n` months after `date`'s month. */
export function monthStart(date: string, n: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 10);
}

interface Company {
  legalName: string;
  tradeName: string;
  office: string;
  website: string;
  site: { name: string; address: string; postcode: string; city: string; provinceCode: string; nutsCode: string };
}

const COMPANIES: Record<'quarry' | 'aggregates' | 'gypsum' | 'feldspar', Company> = {
  quarry: { legalName: DEMO_QUARRY_NAME, tradeName: 'Pizarras Valdeorras Norte', office: 'leon', website: 'https://pizarrasvaldeorrasnorte.example', site: { name: DEMO_QUARRY_SITE, address: 'Paraje Peña Gris, s/n', postcode: '24732', city: 'Benuza', provinceCode: '24', nutsCode: 'ES413' } },
  aggregates: { legalName: 'Áridos Guadalquivir S.L.', tradeName: 'Áridos Guadalquivir', office: 'sevilla', website: 'https://aridossierramorena.example', site: { name: 'Planta Cerro Alcaraván', address: 'Carretera de la Sierra, km 7', postcode: '41210', city: 'Guillena', provinceCode: '41', nutsCode: 'ES618' } },
  gypsum: { legalName: 'Yesera Bética S.L.', tradeName: 'Yesera Bética', office: 'murcia', website: 'https://yesosdelsegura.example', site: { name: 'Fábrica La Rambla Blanca', address: 'Camino de la Rambla, 3', postcode: '30500', city: 'Molina de Segura', provinceCode: '30', nutsCode: 'ES620' } },
  feldspar: { legalName: 'Feldespatos de Gredos S.L.', tradeName: 'Feldespatos de Gredos', office: 'madrid', website: 'https://feldespatoscarpetanos.example', site: { name: 'Sede y laboratorio', address: 'Calle de los Orfebres, 14', postcode: '28045', city: 'Madrid', provinceCode: '28', nutsCode: 'ES300' } },
};

async function company(ctx: Ctx, c: Company, officeId: string | undefined): Promise<{ organisationId: string; siteId: string }> {
  const found = await organisationIdByName(ctx, c.legalName);
  const organisationId =
    found ??
    (await ctx.db.insert(organisation).values({ legalName: c.legalName, tradeName: c.tradeName, kind: 'company', country: 'ES', website: c.website, officeId: officeId ?? null, membershipStatus: 'active', stages: ['extraction', 'processing'] }).returning({ id: organisation.id }))[0]?.id;
  if (!organisationId) throw new Error('demo organisation not created');
  const [existing] = await ctx.db.select({ id: site.id }).from(site).where(and(eq(site.organisationId, organisationId), eq(site.name, c.site.name)));
  const siteId = existing?.id ?? (await ctx.db.insert(site).values({ organisationId, ...c.site, country: 'ES', isHeadquarters: true }).returning({ id: site.id }))[0]?.id;
  if (!siteId) throw new Error('demo site not created');
  // Announced once its site is in: the directory lists an organisation with its headquarters' city.
  if (!found || !existing) await registryChanged(ctx.db, [organisationId]);
  return { organisationId, siteId };
}

async function meter(ctx: Ctx, siteId: string, m: Omit<MeterInput, 'siteId' | 'timeZone'>): Promise<string> {
  return (await createMeter(ctx, { ...m, siteId, timeZone: DEMO_TZ })).id;
}

/** Who verifies a company's savings in the demo: staff of its office, else the administrator. */
const VERIFIERS: Record<string, string> = { leon: 'staff', sevilla: 'staff.sevilla', murcia: 'staff.sevilla', madrid: 'admin' };

async function verifier(ctx: Ctx, state: { users: Record<string, string> }, office: string): Promise<Ctx> {
  const user = await findUserById(ctx.db, state.users[VERIFIERS[office] ?? 'admin'] ?? state.users.admin ?? '');
  if (!user) return ctx;
  const actor: UserActor = { kind: 'user', id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale, officeIds: user.officeIds };
  return { ...ctx, actor };
}

async function analyse(ctx: Ctx, verify: Ctx, measureId: string, input: Omit<AnalysisInput, 'options'> & { options?: Partial<AnalysisInput['options']> }): Promise<number | null> {
  const a = await createAnalysis(ctx, measureId, { ...input, options: analysisOptionsSchema.parse(input.options ?? {}) });
  if (!a.verifiable) return null;
  await verifyAnalysis({ ...verify, db: ctx.db }, a.id, 'Revisado con el plan de medida y verificación (IPMVP opción C).');
  return a.savingsFraction;
}

export interface DemoDates {
  today: string;
  first: string;
  days: number;
}

export function demoDates(now: Date): DemoDates {
  const today = localDate(now.getTime(), DEMO_TZ);
  const first = monthStart(today, -26);
  return { today, first, days: Math.round((startOfLocalDay(today, DEMO_TZ) - startOfLocalDay(first, DEMO_TZ)) / 86_400_000) };
}

type Seeder = (ctx: Ctx, verify: Ctx, ids: { organisationId: string; siteId: string }, d: DemoDates) => Promise<string>;

const pct = (f: number | null): string => (f === null ? 'not verifiable' : `${(f * 100).toFixed(1)} %`);

/** The León slate quarry with its digital twin: 15-minute electricity and sawn production. */
const seedQuarry: Seeder = async (ctx, verify, { organisationId, siteId }, d) => {
  const electricity = await meter(ctx, siteId, { code: 'elec-corte', name: 'Electricidad, nave de corte y serrado', carrier: 'electricity', unit: 'kWh', interval: '15min' });
  const production = await meter(ctx, siteId, { code: 'prod-serrado', name: 'Pizarra serrada (báscula de línea)', carrier: 'production', unit: 't', interval: '15min' });
  const temperature = await meter(ctx, siteId, { code: 'temp-exterior', name: 'Temperatura exterior (estación de la cantera)', carrier: 'temperature', unit: 'degC', interval: 'hourly' });
  const startDate = monthStart(d.first, 13);
  const completedDate = addDays(startDate, 14);
  const w = windowOf(d.first, d.today);
  await loadQuarry(ctx.db, w, { ...DEMO_QUARRY, savingsFrom: startOfLocalDay(completedDate, DEMO_TZ) }, { electricity, production });
  await loadTemperature(ctx.db, w, CLIMATES.leon, temperature);
  const twin = await createMeasure(ctx, {
    organisationId,
    siteId,
    category: 'digitalisation',
    title: 'Gemelo digital de la línea de corte y serrado',
    description: 'Modelo en tiempo real de la línea: ajusta la velocidad de los discos a la dureza de cada bloque y agrupa los cortes para evitar el funcionamiento en vacío. Publica cada 15 minutos la energía y la producción por MQTT.',
    startDate,
    completedDate,
    costCents: 18_600_000,
    awardId: await voucherOf(ctx, organisationId),
    meterIds: [electricity, production, temperature],
  });
  await createMeasure(ctx, { organisationId, siteId, category: 'circular_economy', title: 'Valorización de recortes de pizarra como árido', description: 'Los recortes del serrado se trituran y se venden como árido para caminos en lugar de ir a la escombrera.', startDate: monthStart(d.first, 20), costCents: 9_200_000 });
  const f = await analyse(ctx, verify, twin.id, {
    model: 'production',
    energyMeterId: electricity,
    productionMeterId: production,
    baseline: { start: addDays(startDate, -365), end: startDate },
    reporting: { start: completedDate, end: addDays(completedDate, 365) },
  });
  return `${COMPANIES.quarry.tradeName}: twin measure, savings ${pct(f)}`;
};

/** Aggregates plant: variable-speed drives on the conveyors (hourly electricity, daily tonnes). */
const seedAggregates: Seeder = async (ctx, verify, { organisationId, siteId }, d) => {
  const energy = await meter(ctx, siteId, { code: 'elec-planta', name: 'Electricidad de la planta de clasificación', carrier: 'electricity', unit: 'kWh', interval: 'hourly' });
  const production = await meter(ctx, siteId, { code: 'prod-diaria', name: 'Árido vendido (báscula de salida)', carrier: 'production', unit: 't', interval: 'daily' });
  const startDate = addDays(monthStart(d.first, 12), 9);
  const completedDate = addDays(startDate, 21);
  await loadPlant(ctx.db, d.first, d.days, { seed: 41, tonnesPerDay: 1_400, baseDaily: 1_900, perTonne: 4.2, energyInterval: 'hourly', savingsFrom: startOfLocalDay(completedDate, DEMO_TZ), savings: 0.09 }, { energy, production });
  const vfd = await createMeasure(ctx, { organisationId, siteId, category: 'energy_efficiency', title: 'Variadores de frecuencia en cintas y cribas', description: 'Sustitución de arrancadores directos por variadores y control por carga en 14 cintas transportadoras.', startDate, completedDate, costCents: 7_450_000, awardId: await voucherOf(ctx, organisationId), meterIds: [energy, production] });
  await createMeasure(ctx, { organisationId, siteId, category: 'environmental_protection', title: 'Nebulización para el control de polvo en trituración', description: 'Cañones de nebulización con agua recirculada en la trituradora primaria y los acopios.', startDate: monthStart(d.first, 18), costCents: 3_100_000, awardId: await voucherOf(ctx, organisationId) });
  const f = await analyse(ctx, verify, vfd.id, { model: 'production', energyMeterId: energy, productionMeterId: production, baseline: { start: addDays(startDate, -365), end: startDate }, reporting: { start: completedDate, end: addDays(completedDate, 365) } });
  return `${COMPANIES.aggregates.tradeName}: drives, savings ${pct(f)}`;
};

/** Gypsum works: heat recovery on the calcination kiln (daily gas and production). */
const seedGypsum: Seeder = async (ctx, verify, { organisationId, siteId }, d) => {
  const energy = await meter(ctx, siteId, { code: 'gas-horno', name: 'Gas natural del horno de calcinación', carrier: 'gas', unit: 'kWh', interval: 'daily' });
  const production = await meter(ctx, siteId, { code: 'prod-yeso', name: 'Yeso calcinado', carrier: 'production', unit: 't', interval: 'daily' });
  const startDate = monthStart(d.first, 14);
  const completedDate = addDays(startDate, 30);
  await loadPlant(ctx.db, d.first, d.days, { seed: 30, tonnesPerDay: 85, baseDaily: 6_000, perTonne: 310, energyInterval: 'daily', savingsFrom: startOfLocalDay(completedDate, DEMO_TZ), savings: 0.15 }, { energy, production });
  const kiln = await createMeasure(ctx, { organisationId, siteId, category: 'energy_efficiency', title: 'Recuperación de calor de los gases del horno', description: 'Intercambiador en la chimenea del horno que precalienta el aire de combustión.', startDate, completedDate, costCents: 22_800_000, awardId: await voucherOf(ctx, organisationId), meterIds: [energy, production] });
  const f = await analyse(ctx, verify, kiln.id, { model: 'production', energyMeterId: energy, productionMeterId: production, baseline: { start: addDays(startDate, -365), end: startDate }, reporting: { start: completedDate, end: d.today } });
  return `${COMPANIES.gypsum.tradeName}: kiln heat recovery, savings ${pct(f)}`;
};

/** Office building in Madrid: condensing boiler (monthly gas bills) and a new chiller (hourly electricity). */
const seedFeldspar: Seeder = async (ctx, verify, { organisationId, siteId }, d) => {
  const gas = await meter(ctx, siteId, { code: 'gas-facturas', name: 'Gas natural (facturas mensuales)', carrier: 'gas', unit: 'kWh', interval: 'monthly' });
  const electricity = await meter(ctx, siteId, { code: 'elec-edificio', name: 'Electricidad del edificio', carrier: 'electricity', unit: 'kWh', interval: 'hourly' });
  const temperature = await meter(ctx, siteId, { code: 'temp-madrid', name: 'Temperatura exterior (cubierta)', carrier: 'temperature', unit: 'degC', interval: 'hourly' });
  const boilerStart = monthStart(d.first, 13);
  const chillerStart = monthStart(d.first, 13);
  const w = windowOf(d.first, d.today);
  await loadTemperature(ctx.db, w, CLIMATES.madrid, temperature);
  await loadBuildingElectricity(ctx.db, w, CLIMATES.madrid, electricity, startOfLocalDay(addDays(chillerStart, 20), DEMO_TZ), 0.1);
  await loadGasBills(ctx.db, d.first, 25, CLIMATES.madrid, gas, startOfLocalDay(addDays(boilerStart, 10), DEMO_TZ), 0.18);
  const boiler = await createMeasure(ctx, { organisationId, siteId, category: 'energy_efficiency', title: 'Caldera de condensación y control por zonas', description: 'Sustitución de la caldera atmosférica y regulación por zonas con sondas de temperatura.', startDate: boilerStart, completedDate: addDays(boilerStart, 10), costCents: 6_300_000, awardId: await voucherOf(ctx, organisationId), meterIds: [gas, temperature] });
  const chiller = await createMeasure(ctx, { organisationId, siteId, category: 'energy_efficiency', title: 'Enfriadora de alta eficiencia con free-cooling', description: 'Nueva enfriadora con compresores de velocidad variable para el edificio y el laboratorio.', startDate: chillerStart, completedDate: addDays(chillerStart, 20), costCents: 11_900_000, meterIds: [electricity, temperature] });
  const fb = await analyse(ctx, verify, boiler.id, { model: 'caltrack_billing', energyMeterId: gas, temperatureMeterId: temperature, baseline: { start: addDays(monthStart(d.first, 0), 4), end: boilerStart }, reporting: { start: addDays(boilerStart, 10), end: d.today } });
  const fc = await analyse(ctx, verify, chiller.id, { model: 'caltrack_daily', energyMeterId: electricity, temperatureMeterId: temperature, baseline: { start: addDays(chillerStart, -365), end: chillerStart }, reporting: { start: addDays(chillerStart, 20), end: addDays(chillerStart, 385) } });
  return `${COMPANIES.feldspar.tradeName}: boiler ${pct(fb)}, chiller ${pct(fc)}`;
};

const SEEDERS: [keyof typeof COMPANIES, Seeder][] = [
  ['quarry', seedQuarry],
  ['aggregates', seedAggregates],
  ['gypsum', seedGypsum],
  ['feldspar', seedFeldspar],
];

export const impactDemo: DemoStep = {
  name: 'impact',
  async seed(ctx, state, io) {
    const d = demoDates(ctx.clock.now());
    for (const [key, seed] of SEEDERS) {
      const c = COMPANIES[key];
      const verify = await verifier(ctx, state, c.office);
      const ids = await company(ctx, c, state.offices[c.office]);
      if ((await siteMeters(ctx.db, ids.siteId)).length > 0) {
        io.out(`  ${c.tradeName}: already loaded`);
        continue;
      }
      io.out(`  ${await seed(ctx, verify, ids, d)}`);
    }
    io.out(`  readings from ${d.first} to ${addDays(d.today, -1)}; run \`veta demo telemetry\` to stream the quarry's twin`);
  },
};
