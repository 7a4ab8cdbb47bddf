/**
 * Demo of the materials module: the EU 2023 tables, illustrative stand-ins for the inputs they lack
 * (flagged as such), two scenarios, capacity figures for the CRMA tracker and, when the registry
 * has no active members yet, a dozen fictional member companies mapped to materials and stages.
 */
import { EU2023_META } from '../../../engines/criticality/index.js';
import { cifExpectedControls } from '../../../shared/identifiers/spanish-ids.js';
import type { DemoState, DemoStep } from '../../demo/types.js';
import type { Ctx } from '../../platform/context.js';
import { DEMO_CAPACITIES, DEMO_GOVERNANCE, DEMO_ORGANISATIONS, DEMO_PARAMETERS, ILLUSTRATIVE_SOURCE } from './demo-data.js';
import * as repo from './repository.js';
import { importEu2023 } from './service/datasets.js';
import { setGovernance, setParameters } from './service/parameters.js';
import { createScenario } from './service/scenarios.js';
import { createCapacityFigure } from './service/tracker.js';

async function dataset(ctx: Ctx): Promise<string> {
  const existing = await repo.findDatasetByCode(ctx.db, EU2023_META.id);
  if (existing) return existing.id;
  const report = await importEu2023(ctx, { dryRun: false, replace: false });
  if (report.datasetId === null) throw new Error('the shipped EU 2023 tables did not import');
  return report.datasetId;
}

async function illustrativeInputs(ctx: Ctx, datasetId: string): Promise<number> {
  const countries = await repo.datasetCountries(ctx.db, datasetId);
  const now = ctx.clock.now();
  await repo.upsertGovernance(ctx.db, countries.map((c) => ({ datasetId, country: c.country, wgiScaled: DEMO_GOVERNANCE, source: ILLUSTRATIVE_SOURCE, illustrative: true, updatedAt: now })));
  for (const [materialId, [importReliance, eolRir, siSr, siEi]] of Object.entries(DEMO_PARAMETERS)) {
    await setParameters(ctx, datasetId, materialId, { values: { importReliance, eolRir, siSr, siEi }, source: ILLUSTRATIVE_SOURCE, illustrative: true });
  }
  // One score entered by hand, as staff would, so the audit log shows it.
  await setGovernance(ctx, datasetId, 'CN', { wgiScaled: DEMO_GOVERNANCE, source: ILLUSTRATIVE_SOURCE, illustrative: true });
  return countries.length;
}

async function scenarios(ctx: Ctx, datasetId: string): Promise<void> {
  if ((await repo.listScenarios(ctx.db, datasetId, null)).length > 0) return;
  await createScenario(ctx, {
    datasetId,
    name: 'Extracción española de wolframio al 10 %',
    description: 'España pasa del 0,6 % al 10 % de la extracción mundial de wolframio y al 40 % del abastecimiento de la UE en extracción; los demás proveedores se reducen en proporción.',
    changes: [
      { kind: 'share', materialId: 'tungsten', stage: 'extraction', list: 'globalSupply', country: 'ES', share: 0.1 },
      { kind: 'share', materialId: 'tungsten', stage: 'extraction', list: 'euSourcing', country: 'ES', share: 0.4 },
    ],
    shared: true,
  });
  await createScenario(ctx, {
    datasetId,
    name: 'Restricción china a la exportación de galio',
    description: 'China restringe la exportación de galio refinado: factor comercial t = 1,5 en la etapa de procesado (suministro mundial y abastecimiento de la UE).',
    changes: [{ kind: 'trade', materialId: 'gallium', stage: 'processing', country: 'CN', t: 1.5 }],
    shared: true,
  });
}

/** When the registry's demo has run, the capacity figures belong to its members with these names. */
const REGISTRY_COUNTERPARTS: Record<string, string> = {
  'Wolframio del Bierzo': 'Wolframio de Morille S.A.',
  'LitEx Recursos': 'Litio de Extremadura S.A.',
  'ReBat Levante': 'Baterías Circulares S.L.',
};

async function registryMembers(ctx: Ctx): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [ours, theirs] of Object.entries(REGISTRY_COUNTERPARTS)) {
    const id = await repo.findOrganisationIdByLegalName(ctx.db, theirs);
    if (id) ids[ours] = id;
  }
  return ids;
}

async function members(ctx: Ctx, state: DemoState): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  if ((await repo.countActiveMembers(ctx.db)) > 0) return registryMembers(ctx);
  for (const o of DEMO_ORGANISATIONS) {
    const taxId = `B${o.cifDigits}${cifExpectedControls('B', o.cifDigits)[0] ?? '0'}`;
    ids[o.tradeName] = await repo.insertDemoOrganisation(
      ctx.db,
      {
        legalName: o.legalName,
        tradeName: o.tradeName,
        kind: o.kind,
        country: 'ES',
        taxId: o.kind === 'company' ? taxId : null,
        taxIdKind: o.kind === 'company' ? 'cif' : null,
        officeId: state.offices[o.office] ?? null,
        stages: [...o.stages],
        publicProfile: o.publicProfile,
        membershipStatus: 'active',
        descriptionEs: o.descriptionEs,
      },
      o.materials,
    );
  }
  return ids;
}

async function capacities(ctx: Ctx, organisations: Record<string, string>): Promise<number> {
  if ((await repo.listCapacityFigures(ctx.db)).length > 0) return 0;
  let n = 0;
  for (const c of DEMO_CAPACITIES) {
    const organisationId = c.organisation === undefined ? null : (organisations[c.organisation] ?? null);
    if (c.scope === 'organisation' && organisationId === null) continue;
    await createCapacityFigure(ctx, {
      materialId: c.materialId,
      scope: c.scope,
      organisationId,
      stage: c.stage,
      share: c.share,
      tonnes: c.tonnes ?? null,
      country: c.country ?? null,
      year: 2022,
      source: c.source,
      note: null,
      illustrative: c.illustrative,
    });
    n++;
  }
  return n;
}

export const materialsDemo: DemoStep = {
  name: 'materials',
  async seed(ctx, state, io) {
    const datasetId = await dataset(ctx);
    const countries = await illustrativeInputs(ctx, datasetId);
    await scenarios(ctx, datasetId);
    const organisations = await members(ctx, state);
    const figures = await capacities(ctx, organisations);
    io.out(`  EU 2023 tables; illustrative governance for ${countries} countries and parameters for ${Object.keys(DEMO_PARAMETERS).length} materials; 2 scenarios; ${figures} capacity figures; ${Object.keys(organisations).length} fictional members mapped`);
  },
};
