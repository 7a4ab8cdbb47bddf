/**
 * Demo data of the registry: ~80 fictional organisations along the value chain (most in Castilla y
 * León and Andalucía), their sites, materials, membership history since 2012 (so the growth chart
 * shows how the cluster reached "more than 55 companies"), fees (a few overdue), contacts with
 * consents, three closed years of size figures, and holdings that make partner and linked groups.
 */
import { cifExpectedControls } from '../../../shared/identifiers/index.js';
import type { DemoStep } from '../../demo/types.js';
import type { Ctx } from '../../platform/context.js';
import { organisationCreateSchema } from '../../../shared/contracts/organisations.js';
import type { MembershipTier, OrganisationKind } from '../../../shared/organisations.js';
import { DEMO_ORGANISATIONS } from './demo-data.js';
import * as orgRepo from './repository/organisations.js';
import { addContact, recordConsent } from './service/contacts.js';
import { linkUser } from './service/detail.js';
import { changeMembership, issueFee, updateFee } from './service/membership.js';
import { createOrganisation } from './service/organisations.js';
import { saveRelation } from './service/relations.js';
import { putYear } from './service/sme.js';
import { today } from './service/dates.js';

const FIRST = ['Lucía', 'Marta', 'Carmen', 'Elena', 'Pilar', 'Rosa', 'Nuria', 'Sara', 'Andrés', 'Javier', 'Pablo', 'Sergio', 'Raúl', 'Diego', 'Álvaro', 'Iván'];
const LAST = ['García', 'Álvarez', 'Fernández', 'Rodríguez', 'Prieto', 'Llamas', 'Robles', 'Castaño', 'Cuesta', 'Marcos', 'Sahagún', 'Villar', 'Tejerina', 'Requejo'];
const POSITIONS = ['Gerente', 'Directora técnica', 'Responsable de I+D', 'Administración', 'Director general', 'Jefa de cantera'];

/** A valid, fictional CIF: entity letter + 7 digits + control. */
export function demoCif(n: number, kind: OrganisationKind): string {
  const letter = kind === 'company' ? (n % 3 === 0 ? 'A' : 'B') : kind === 'public_body' ? 'S' : kind === 'association' ? 'G' : 'Q';
  const digits = String(2_400_000 + n * 7919).padStart(7, '0').slice(-7);
  return `${letter}${digits}${cifExpectedControls(letter, digits)[0] ?? '0'}`;
}

function tierOf(kind: OrganisationKind, joined: number): MembershipTier {
  if (kind === 'university' || kind === 'research_centre' || kind === 'public_body') return 'institutional';
  if (kind === 'association') return 'associate';
  return joined >= 2021 ? 'startup' : 'full';
}

const FEE: Record<MembershipTier, number> = { full: 150_000, associate: 60_000, institutional: 100_000, startup: 30_000 };
const LEFT = new Set([9, 31, 47]);
const SUSPENDED = new Set([62]);

async function membership(ctx: Ctx, id: string, i: number, kind: OrganisationKind, joined: number, year: number): Promise<void> {
  const tier = tierOf(kind, joined);
  const month = String(1 + (i % 11)).padStart(2, '0');
  await changeMembership(ctx, id, { status: 'applicant', effectiveOn: `${joined - 1}-12-${String(1 + (i % 20)).padStart(2, '0')}` });
  await changeMembership(ctx, id, { status: 'active', tier, effectiveOn: `${joined}-${month}-01`, annualFeeCents: FEE[tier] });
  if (LEFT.has(i)) await changeMembership(ctx, id, { status: 'left', effectiveOn: `${Math.min(year - 1, joined + 4)}-12-31`, note: 'Cese de actividad' });
  if (SUSPENDED.has(i)) await changeMembership(ctx, id, { status: 'suspended', effectiveOn: `${year}-06-30`, note: 'Impago de cuotas' });
  if (LEFT.has(i)) return;
  for (const y of [year - 1, year]) {
    if (y < joined) continue;
    const fee = await issueFee(ctx, id, { year: y, dueOn: `${y}-03-31`, issuedOn: `${y}-01-15` });
    const unpaid = y === year && (i % 9 === 4 || SUSPENDED.has(i));
    if (!unpaid) await updateFee(ctx, fee.id, { status: 'paid', paidOn: `${y}-0${2 + (i % 3)}-1${i % 9}` });
  }
}

async function people(ctx: Ctx, id: string, i: number, domain: string): Promise<void> {
  const count = 1 + (i % 2);
  for (let k = 0; k < count; k++) {
    const first = FIRST[(i * 3 + k * 5) % FIRST.length] ?? 'Ana';
    const last = `${LAST[(i + k) % LAST.length] ?? ''} ${LAST[(i * 7 + k) % LAST.length] ?? ''}`;
    const email = `${first.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}.${(LAST[(i + k) % LAST.length] ?? 'x').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}@${domain}`;
    const c = await addContact(ctx, id, { name: `${first} ${last}`, position: POSITIONS[(i + k) % POSITIONS.length] ?? null, role: k === 0 ? 'representative' : 'billing', email, phone: `+34 6${String(10_000_000 + i * 7_351 + k).slice(0, 8)}`, locale: 'es', isPrimary: k === 0 });
    await recordConsent(ctx, c.id, { purpose: 'membership', granted: true, givenOn: '2024-01-15', source: 'Formulario de alta' });
    if ((i + k) % 3 !== 0) await recordConsent(ctx, c.id, { purpose: 'newsletter', granted: true, givenOn: '2024-02-01', source: 'Boletín: suscripción web' });
  }
}

async function figures(ctx: Ctx, id: string, i: number, year: number, group: boolean): Promise<void> {
  const base = group ? 310 : ([3, 6, 12, 25, 40, 70, 140, 320][i % 8] ?? 5);
  for (const [k, y] of [year - 3, year - 2, year - 1].entries()) {
    const awu = Math.round(base * (0.9 + 0.08 * k + (i % 5) * 0.03) * 10) / 10;
    const turnover = Math.round(awu * (95_000 + (i % 7) * 21_000) * (1 + k * 0.04));
    await putYear(ctx, id, y, { awu, turnoverCents: turnover * 100, balanceSheetCents: Math.round(turnover * 0.8) * 100 });
  }
}

const HOLDINGS: [holder: string, held: string, pct: number, qualifying?: boolean][] = [
  ['Grupo Minero Ibérico S.A.', 'Pizarras del Bierzo Alto S.A.', 60],
  ['Grupo Minero Ibérico S.A.', 'Wolframio de Morille S.A.', 55],
  ['Grupo Minero Ibérico S.A.', 'Minera Cobre Andévalo S.A.', 30],
  ['Fondo de Innovación Minera S.C.R.', 'Gemelos Digitales Mineros S.L.', 30, true],
  ['Fondo de Innovación Minera S.C.R.', 'Litio de Extremadura S.A.', 35],
  ['Reciclalia Sur S.L.', 'Gestión de Escombreras Andaluza S.L.', 40],
  ['Agencia de Desarrollo Minero de Castilla y León', 'Sensórica de Canteras S.L.', 30],
  ['Refinería Onubense de Cobre S.A.', 'Cobres Ibéricos Trading S.L.', 100],
];

export const organisationsDemo: DemoStep = {
  name: 'organisations',
  async seed(ctx, state, io) {
    const year = Number(today(ctx).slice(0, 4));
    const ids = new Map<string, string>();
    for (const [i, [name, kind, office, postcode, city, stages, materials, es, en, joined]] of DEMO_ORGANISATIONS.entries()) {
      const k = kind as OrganisationKind;
      const taxId = demoCif(i + 1, k);
      const existing = await orgRepo.findByTaxId(ctx.db, taxId);
      if (existing) {
        ids.set(name, existing.id);
        continue;
      }
      const domain = `${name.split(' ').slice(0, 2).join('').normalize('NFD').replace(/[^a-zA-Z]/g, '').toLowerCase()}.example`;
      const org = await createOrganisation(ctx, organisationCreateSchema.parse({
        legalName: name, kind: k, taxId, officeId: state.offices[office] ?? null, website: `https://www.${domain}`,
        descriptionEs: es, descriptionEn: en, stages: stages.split(' ').filter(Boolean), materialIds: materials.split(' ').filter(Boolean),
        publicProfile: joined !== null && i % 5 !== 3, naceCodes: stages.includes('extraction') ? ['B08.11'] : [],
        sites: [{ name: 'Sede', city, postcode, isHeadquarters: true }],
      }));
      ids.set(name, org.id);
      if (joined !== null) await membership(ctx, org.id, i, k, joined, year);
      await people(ctx, org.id, i, domain);
      if (k === 'company') await figures(ctx, org.id, i, year, name.startsWith('Grupo'));
    }
    for (const [holder, held, pct, qualifying] of HOLDINGS) {
      const a = ids.get(holder);
      const b = ids.get(held);
      if (a && b) await saveRelation(ctx, a, { otherId: b, direction: 'holds', capitalPct: pct, votingPct: pct, control: false, qualifyingInvestor: qualifying ?? false });
    }
    const member = state.users.member;
    const own = ids.get('Pizarras Valdeorras Norte S.L.');
    if (member && own) await linkUser(ctx, own, { email: 'member@demo.veta.local', role: 'representative' });
    io.out(`  ${DEMO_ORGANISATIONS.length} organisations, ${HOLDINGS.length} holdings; the member account acts for Pizarras Valdeorras Norte`);
  },
};
