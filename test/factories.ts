/** Factories for integration tests: create real rows through the same code the product uses. */
import { hashPassword } from '../src/server/platform/secrets.js';
import type { Ctx } from '../src/server/platform/context.js';
import * as identity from '../src/server/modules/identity/repository.js';
import { createOffice } from '../src/server/modules/identity/service/offices.js';
import type { Role } from '../src/shared/roles.js';
import type { ValueChainStage } from '../src/shared/value-chain.js';
import { organisation, organisationMaterial, type MEMBERSHIP_STATUSES } from '../src/server/modules/organisations/index.js';
import { organisationCreateSchema, type OrganisationCreate } from '../src/shared/contracts/organisations.js';
import { attachUser, createOrganisation } from '../src/server/modules/organisations/index.js';
import { organisationUser, site } from '../src/server/modules/organisations/index.js';
import { createMeasure } from '../src/server/modules/impact/service/measures.js';
import { createMeter } from '../src/server/modules/impact/service/meters.js';
import type { MeasureInput, MeterInput } from '../src/shared/contracts/impact.js';
import type { z } from 'zod';
import { callInputSchema, programmeInputSchema } from '../src/shared/contracts/funding-calls.js';
import { createProgramme } from '../src/server/modules/funding/service/programmes.js';
import { createCall, publishCall } from '../src/server/modules/funding/service/calls.js';
import { insertDeclaration } from '../src/server/modules/funding/repository/declarations.js';
import { MTG_CALL_2, MTG_PROGRAMME } from '../src/server/modules/funding/demo-calls.js';
import type { TestEnv } from './harness.js';

export const TEST_PASSWORD = 'correct-horse-battery';
let hashed: Promise<string> | undefined;
let seq = 0;

export async function makeOffice(ctx: Ctx, code = `office-${++seq}`) {
  return createOffice(ctx, { code, name: `Office ${code}`, city: 'León', nutsCode: 'ES413' });
}

export async function makeUser(
  ctx: Ctx,
  opts: { role?: Role; email?: string; name?: string; officeIds?: string[]; status?: 'invited' | 'active' | 'disabled'; locale?: 'es' | 'en' } = {},
) {
  hashed ??= hashPassword(TEST_PASSWORD);
  const n = ++seq;
  const user = await identity.insertUser(ctx.db, {
    email: opts.email ?? `person${n}@example.org`,
    name: opts.name ?? `Person ${n}`,
    role: opts.role ?? 'member',
    locale: opts.locale ?? 'en',
    status: opts.status ?? 'active',
    passwordHash: await hashed,
  });
  if (opts.officeIds?.length) await identity.setUserOffices(ctx.db, user.id, opts.officeIds);
  return { ...user, officeIds: opts.officeIds ?? [], password: TEST_PASSWORD };
}

/**
 * An organisation row inserted directly into the `organisation` and `organisation_material` tables,
 * for tests that need a given membership status or stages without the registry's workflow. Active
 * members by default; `makeOrganisation` creates one through the registry's service instead.
 */
export async function insertOrganisationRow(
  ctx: Ctx,
  opts: { name?: string; officeId?: string | null; stages?: ValueChainStage[]; materials?: string[]; publicProfile?: boolean; membershipStatus?: (typeof MEMBERSHIP_STATUSES)[number] } = {},
) {
  const n = ++seq;
  const [row] = await ctx.db
    .insert(organisation)
    .values({
      legalName: opts.name ?? `Organisation ${n}, S.L.`,
      kind: 'company',
      country: 'ES',
      officeId: opts.officeId ?? null,
      stages: opts.stages ?? [],
      publicProfile: opts.publicProfile ?? true,
      membershipStatus: opts.membershipStatus ?? 'active',
    })
    .returning();
  if (!row) throw new Error('insert organisation returned nothing');
  if (opts.materials?.length) await ctx.db.insert(organisationMaterial).values(opts.materials.map((materialId) => ({ organisationId: row.id, materialId })));
  return row;
}

let orgSeq = 0;

/** A valid Spanish CIF for a sequence number (letter B + 7 digits + control digit). */
export function makeCif(n: number, letter = 'B'): string {
  const digits = String(n).padStart(7, '0').slice(-7);
  let sum = 0;
  for (let i = 0; i < 7; i++) {
    const d = Number(digits[i]);
    if (i % 2 === 1) sum += d;
    else sum += Math.floor((d * 2) / 10) + ((d * 2) % 10);
  }
  const control = (10 - (sum % 10)) % 10;
  return `${letter}${digits}${letter === 'B' || letter === 'A' ? control : 'JABCDEFGHI'[control]}`;
}

export async function makeOrganisation(ctx: Ctx, input: Partial<OrganisationCreate> = {}) {
  const n = ++orgSeq;
  return createOrganisation(
    ctx,
    organisationCreateSchema.parse({
      legalName: `Organisation ${n} S.L.`,
      kind: 'company',
      taxId: makeCif(4_000_000 + n),
      sites: [{ name: 'Sede', city: 'León', postcode: '24001', isHeadquarters: true }],
      ...input,
    }),
  );
}

export async function makeSite(ctx: Ctx, organisationId: string, opts: { name?: string; nutsCode?: string | null; provinceCode?: string | null } = {}) {
  const n = ++seq;
  const [row] = await ctx.db
    .insert(site)
    .values({ organisationId, name: opts.name ?? `Site ${n}`, country: 'ES', nutsCode: opts.nutsCode ?? 'ES413', provinceCode: opts.provinceCode ?? '24', city: 'León' })
    .returning();
  if (!row) throw new Error('insert site returned nothing');
  return row;
}

// --- impact ----------------------------------------------------------------------------------------

export async function makeMeter(ctx: Ctx, siteId: string, opts: Partial<MeterInput> = {}) {
  const n = ++seq;
  return createMeter(ctx, { siteId, code: opts.code ?? `m${n}`, name: opts.name ?? `Meter ${n}`, carrier: opts.carrier ?? 'electricity', unit: opts.unit ?? 'kWh', interval: opts.interval ?? 'hourly', timeZone: opts.timeZone ?? 'Europe/Madrid' });
}

export async function makeMeasure(ctx: Ctx, organisationId: string, siteId: string, opts: Partial<MeasureInput> = {}) {
  const n = ++seq;
  return createMeasure(ctx, {
    organisationId,
    siteId,
    category: opts.category ?? 'energy_efficiency',
    title: opts.title ?? `Measure ${n}`,
    description: opts.description ?? '',
    startDate: opts.startDate ?? '2024-01-01',
    ...(opts.completedDate !== undefined ? { completedDate: opts.completedDate } : {}),
    ...(opts.costCents !== undefined ? { costCents: opts.costCents } : {}),
    ...(opts.awardId !== undefined ? { awardId: opts.awardId } : {}),
    ...(opts.meterIds ? { meterIds: opts.meterIds } : {}),
  });
}

/** Lets a person act for an organisation (the registry's member link). */
export async function linkToOrganisation(ctx: Ctx, userId: string, organisationId: string, role: 'representative' | 'editor' = 'editor') {
  await ctx.db.insert(organisationUser).values({ userId, organisationId, role });
}

// --- funding --------------------------------------------------------------------------------

/** A programme (through the service, so its checks apply). */
export async function makeProgramme(ctx: Ctx, input: Partial<z.input<typeof programmeInputSchema>> = {}) {
  const n = ++seq;
  return createProgramme(ctx, programmeInputSchema.parse({ ...MTG_PROGRAMME, code: `P${n}`, ...input }));
}

/**
 * A published call built on the MINE.THE.GAP configuration, with its deadline written in
 * Europe/Brussels at `deadlineLocal` (default: 30 days after the test clock, 17:00).
 */
export async function makePublishedCall(env: TestEnv, opts: { programmeId?: string; deadlineLocal?: string; overrides?: Partial<z.input<typeof callInputSchema>> } = {}) {
  const ctx = env.ctx();
  const programmeId = opts.programmeId ?? (await makeProgramme(ctx)).id;
  const now = env.clock.now();
  const deadlineLocal = opts.deadlineLocal ?? `${new Date(now.getTime() + 30 * 86_400_000).toISOString().slice(0, 10)}T17:00`;
  const call = await createCall(ctx, callInputSchema.parse({ ...MTG_CALL_2, code: `C${++seq}`, programmeId, opensAt: null, deadlineLocal, ...opts.overrides }));
  return publishCall(ctx, call.id);
}

/** A person with role `applicant` who acts for a new organisation (an SME by self-declaration). */
export async function makeApplicant(env: TestEnv, org: Partial<OrganisationCreate> = {}, smeClass: 'small' | 'large' | null = 'small') {
  const ctx = env.ctx();
  const user = await makeUser(ctx, { role: 'applicant' });
  const organisation = await makeOrganisation(ctx, org);
  await identityLink(ctx, organisation.id, user.id);
  if (smeClass) await declareSmeFor(ctx, organisation.id, user.id, smeClass);
  const agent = await env.agent().signIn(user.email, TEST_PASSWORD);
  return { user, organisation, agent };
}

async function identityLink(ctx: Ctx, organisationId: string, userId: string) {
  await attachUser(ctx, organisationId, userId, 'representative');
}

/** Stores an SME self-declaration of the given class (figures chosen to land in it). */
export async function declareSmeFor(ctx: Ctx, organisationId: string, userId: string, smeClass: 'small' | 'large') {
  const figures = smeClass === 'small' ? { awu: 20, turnoverCents: 300_000_000, balanceSheetCents: 200_000_000 } : { awu: 400, turnoverCents: 9_000_000_000, balanceSheetCents: 8_000_000_000 };
  await insertDeclaration(ctx.db, {
    organisationId,
    declaredBy: userId,
    declaredAt: ctx.clock.now(),
    latestYear: 2025,
    effectiveClass: smeClass,
    inputs: { years: [{ year: 2025, ...figures }], enterprises: [], publicBodyControl: false, names: {} },
    result: { explanations: [], latest: null, years: [], group: [] },
  });
}
