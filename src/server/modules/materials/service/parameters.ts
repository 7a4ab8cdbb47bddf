/**
 * The inputs the shipped tables lack, entered by staff per dataset with their source: governance
 * scores per country (WGI scaled 0..10) and IR, EoL-RIR, SI_SR, SI_EI per material (0..1). One by
 * one, or from a CSV file (template with the current values; dry run; all or nothing).
 */
import {
  GOVERNANCE_HEADER,
  parseGovernanceCsv,
  parseParametersCsv,
  PARAMETER_COLUMNS,
  PARAMETERS_HEADER,
  templateCsv,
  type ParameterName,
} from '../../../../engines/criticality/index.js';
import { getMaterial } from '../../../../shared/materials/catalogue.js';
import type { ImportReportDto } from '../../../../shared/contracts/materials.js';
import { actorId } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { notFound } from '../../../platform/http/errors.js';
import { authorize } from '../policy.js';
import * as repo from '../repository.js';
import { importInvalid, presentIssue } from './issues.js';
import { loadDataset, requireDatasetRow, touchDataset } from './store.js';
import { storedParameters } from './assessment.js';

const PARAMETERS: readonly ParameterName[] = ['importReliance', 'eolRir', 'siSr', 'siEi'];

function countryName(ctx: Ctx, code: string): string {
  try {
    return new Intl.DisplayNames([ctx.locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export async function listGovernance(ctx: Ctx, datasetId: string) {
  authorize(ctx.actor, 'read');
  await requireDatasetRow(ctx.db, datasetId);
  const [countries, entered] = await Promise.all([repo.datasetCountries(ctx.db, datasetId), repo.listGovernance(ctx.db, datasetId)]);
  const byCountry = new Map(entered.map((g) => [g.country, g]));
  const codes = [...new Set([...countries.map((c) => c.country), ...byCountry.keys()])].sort();
  const materials = new Map(countries.map((c) => [c.country, c.materials]));
  return codes.map((country) => {
    const g = byCountry.get(country);
    return { country, wgiScaled: g?.wgiScaled ?? null, source: g?.source ?? null, illustrative: g?.illustrative ?? false, materialCount: materials.get(country) ?? 0, updatedAt: g?.updatedAt.toISOString() ?? null };
  });
}

export interface GovernanceInput {
  wgiScaled: number;
  source: string;
  illustrative: boolean;
}

export async function setGovernance(ctx: Ctx, datasetId: string, country: string, input: GovernanceInput) {
  authorize(ctx.actor, 'manage');
  await inTransaction(ctx, async (tx) => {
    await requireDatasetRow(tx.db, datasetId);
    await repo.upsertGovernance(tx.db, [{ datasetId, country, ...input, updatedBy: actorId(tx.actor), updatedAt: tx.clock.now() }]);
    await touchDataset(tx, datasetId);
    await audit(tx, { action: 'materials.governance_set', entityType: 'crm_dataset', entityId: datasetId, summary: { country, ...input } });
  });
  return (await listGovernance(ctx, datasetId)).find((g) => g.country === country);
}

export async function clearGovernance(ctx: Ctx, datasetId: string, country: string): Promise<void> {
  authorize(ctx.actor, 'manage');
  await inTransaction(ctx, async (tx) => {
    if (!(await repo.deleteGovernance(tx.db, datasetId, country))) throw notFound('governance', country);
    await touchDataset(tx, datasetId);
    await audit(tx, { action: 'materials.governance_cleared', entityType: 'crm_dataset', entityId: datasetId, summary: { country } });
  });
}

export async function governanceTemplate(ctx: Ctx, datasetId: string): Promise<string> {
  const rows = await listGovernance(ctx, datasetId);
  return templateCsv(
    GOVERNANCE_HEADER,
    rows.map((g) => ({ country_code: g.country, country_name: countryName(ctx, g.country), wgi_scaled: g.wgiScaled, source: g.source, illustrative: g.illustrative ? 'yes' : 'no' })),
  );
}

function emptyReport(dryRun: boolean): Omit<ImportReportDto, 'warnings' | 'errors'> {
  return { dryRun, committed: false, datasetId: null, counts: {}, unchanged: [] };
}

export async function importGovernance(ctx: Ctx, datasetId: string, input: { csv: string; dryRun: boolean }): Promise<ImportReportDto> {
  authorize(ctx.actor, 'manage');
  await requireDatasetRow(ctx.db, datasetId);
  const countries = new Set((await repo.datasetCountries(ctx.db, datasetId)).map((c) => c.country));
  const parsed = parseGovernanceCsv(input.csv, 'governance.csv', countries);
  const base = { ...emptyReport(input.dryRun), warnings: parsed.warnings.map((w) => presentIssue(ctx, w)), errors: parsed.errors.map((e) => presentIssue(ctx, e)) };
  if (parsed.value === null) {
    if (!input.dryRun) throw importInvalid(parsed.errors);
    return base;
  }
  const { rows, unchanged } = parsed.value;
  const report = { ...base, counts: { governance: rows.length }, unchanged: [...unchanged], datasetId };
  if (input.dryRun) return report;
  await inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    await repo.upsertGovernance(tx.db, rows.map((r) => ({ datasetId, country: r.country, wgiScaled: r.wgiScaled, source: r.source, illustrative: r.illustrative, updatedBy: actorId(tx.actor), updatedAt: now })));
    await touchDataset(tx, datasetId);
    await audit(tx, { action: 'materials.governance_imported', entityType: 'crm_dataset', entityId: datasetId, summary: { rows: rows.length, unchanged: unchanged.length } });
  });
  return { ...report, committed: true };
}

export async function listParameters(ctx: Ctx, datasetId: string) {
  authorize(ctx.actor, 'read');
  const { dataset } = await loadDataset(ctx, datasetId);
  const rows = await repo.listParameters(ctx.db, datasetId);
  const ids = [...new Set([...Object.keys(dataset.materials), ...rows.map((r) => r.materialId)])].sort();
  const byKey = new Map(rows.map((r) => [`${r.materialId}|${r.parameter}`, r]));
  const one = (id: string, name: ParameterName) => {
    const p = byKey.get(`${id}|${name}`);
    return p ? { value: p.value, source: p.source, illustrative: p.illustrative, updatedAt: p.updatedAt.toISOString() } : null;
  };
  return ids.map((materialId) => ({ materialId, importReliance: one(materialId, 'importReliance'), eolRir: one(materialId, 'eolRir'), siSr: one(materialId, 'siSr'), siEi: one(materialId, 'siEi') }));
}

export interface ParametersInput {
  values: Partial<Record<ParameterName, number | null>>;
  source: string;
  illustrative: boolean;
}

export async function setParameters(ctx: Ctx, datasetId: string, materialId: string, input: ParametersInput) {
  authorize(ctx.actor, 'manage');
  if (!getMaterial(materialId) && !(await repo.findMaterial(ctx.db, materialId))) throw notFound('material', materialId);
  await inTransaction(ctx, async (tx) => {
    await requireDatasetRow(tx.db, datasetId);
    const now = tx.clock.now();
    const set = PARAMETERS.filter((p) => typeof input.values[p] === 'number');
    const cleared = PARAMETERS.filter((p) => input.values[p] === null);
    await repo.upsertParameters(tx.db, set.map((parameter) => ({ datasetId, materialId, parameter, value: input.values[parameter] as number, source: input.source, illustrative: input.illustrative, updatedBy: actorId(tx.actor), updatedAt: now })));
    await repo.deleteParameters(tx.db, datasetId, materialId, cleared);
    await touchDataset(tx, datasetId);
    await audit(tx, { action: 'materials.parameters_set', entityType: 'crm_dataset', entityId: datasetId, summary: { materialId, values: input.values, source: input.source, illustrative: input.illustrative } });
  });
  return storedParameters(ctx, datasetId, materialId);
}

export async function parametersTemplate(ctx: Ctx, datasetId: string): Promise<string> {
  const rows = await listParameters(ctx, datasetId);
  return templateCsv(
    PARAMETERS_HEADER,
    rows.map((r) => {
      const first = PARAMETERS.map((p) => r[p]).find((v) => v !== null);
      const cells = Object.fromEntries(PARAMETERS.map((p) => [PARAMETER_COLUMNS[p], r[p]?.value ?? null]));
      const name = getMaterial(r.materialId);
      return {
        material_id: r.materialId,
        material_name: name ? (ctx.locale === 'es' ? name.nameEs : name.nameEn) : r.materialId,
        ...cells,
        source: first?.source ?? null,
        illustrative: first?.illustrative === true ? 'yes' : 'no',
      } as Parameters<typeof templateCsv<typeof PARAMETERS_HEADER>>[1][number];
    }),
  );
}

export async function importParameters(ctx: Ctx, datasetId: string, input: { csv: string; dryRun: boolean }): Promise<ImportReportDto> {
  authorize(ctx.actor, 'manage');
  const { dataset } = await loadDataset(ctx, datasetId);
  const parsed = parseParametersCsv(input.csv, 'parameters.csv', new Set(Object.keys(dataset.materials)));
  const base = { ...emptyReport(input.dryRun), warnings: parsed.warnings.map((w) => presentIssue(ctx, w)), errors: parsed.errors.map((e) => presentIssue(ctx, e)) };
  if (parsed.value === null) {
    if (!input.dryRun) throw importInvalid(parsed.errors);
    return base;
  }
  const { rows, unchanged } = parsed.value;
  const values = rows.flatMap((r) => PARAMETERS.flatMap((parameter) => (r.values[parameter] === undefined ? [] : [{ r, parameter, value: r.values[parameter] as number }])));
  const report = { ...base, counts: { materials: rows.length, parameters: values.length }, unchanged: [...unchanged], datasetId };
  if (input.dryRun) return report;
  await inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    await repo.upsertParameters(tx.db, values.map(({ r, parameter, value }) => ({ datasetId, materialId: r.materialId, parameter, value, source: r.source, illustrative: r.illustrative, updatedBy: actorId(tx.actor), updatedAt: now })));
    await touchDataset(tx, datasetId);
    await audit(tx, { action: 'materials.parameters_imported', entityType: 'crm_dataset', entityId: datasetId, summary: { materials: rows.length, parameters: values.length } });
  });
  return { ...report, committed: true };
}
