/**
 * Member coverage: for each material and value-chain stage, the member organisations that operate
 * there, and the gaps ("no member in lithium processing"). A member operates at (material, stage)
 * when it is an active member (`membership_status = 'active'`), lists the material, and lists the
 * stage among its own stages: the registry records stages per organisation, not per material.
 * Members see other members by name only when those are in the public directory; gaps count every
 * member.
 */
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { annexIIMaterials, getMaterial, MATERIALS } from '../../../../shared/materials/catalogue.js';
import { PRIMARY_STAGES, VALUE_CHAIN_STAGES, type ValueChainStage } from '../../../../shared/value-chain.js';
import type { Locale } from '../../../../shared/i18n/locales.js';
import { translatorFor } from '../../../../shared/i18n/i18n.js';
import type { Ctx } from '../../../platform/context.js';
import { authorize, can } from '../policy.js';
import * as repo from '../repository.js';
import { strategicMaterials } from './tracker.js';

export type CoverageScope = 'crma' | 'strategic' | 'battery' | 'mapped' | 'all';

export interface CoverageMember {
  readonly id: string;
  readonly name: string;
}

export interface CoverageCell {
  readonly stage: ValueChainStage;
  readonly members: CoverageMember[];
  readonly hiddenCount: number;
}

/** Members of one material by stage, as the viewer may see them. */
export function cellsOf(rows: readonly repo.MemberMaterialRow[], seesAll: boolean, stages: readonly ValueChainStage[] = VALUE_CHAIN_STAGES): CoverageCell[] {
  return stages.map((stage) => {
    const here = rows.filter((r) => r.stages.includes(stage));
    const members = here.filter((r) => seesAll || r.publicProfile).map((r) => ({ id: r.id, name: r.name }));
    return { stage, members, hiddenCount: here.length - members.length };
  });
}

function scopeIds(scope: CoverageScope, rows: readonly repo.MemberMaterialRow[], stored: readonly string[]): string[] {
  switch (scope) {
    case 'crma':
      return annexIIMaterials().map((m) => m.id);
    case 'strategic':
      return strategicMaterials().map((m) => m.id);
    case 'battery':
      return MATERIALS.filter((m) => m.batteryChain).map((m) => m.id);
    case 'mapped': {
      const mapped = new Set(rows.map((r) => r.materialId));
      return [...MATERIALS.map((m) => m.id), ...stored].filter((id, i, all) => mapped.has(id) && all.indexOf(id) === i);
    }
    case 'all':
      return [...new Set([...MATERIALS.map((m) => m.id), ...stored])];
  }
}

export async function coverage(ctx: Ctx, scope: CoverageScope) {
  authorize(ctx.actor, 'read');
  const seesAll = can(ctx.actor, 'members.seeAll');
  const [rows, activeMembers, stored] = await Promise.all([repo.activeMemberMaterials(ctx.db), repo.countActiveMembers(ctx.db), repo.listMaterials(ctx.db)]);
  const byMaterial = new Map<string, repo.MemberMaterialRow[]>();
  for (const r of rows) byMaterial.set(r.materialId, [...(byMaterial.get(r.materialId) ?? []), r]);
  const out = scopeIds(scope, rows, stored.map((m) => m.id)).map((materialId) => {
    const mine = byMaterial.get(materialId) ?? [];
    const cells = cellsOf(mine, seesAll);
    const gaps = cells.filter((c) => PRIMARY_STAGES.includes(c.stage) && c.members.length + c.hiddenCount === 0).map((c) => c.stage);
    return { materialId, cells, memberCount: new Set(mine.map((r) => r.id)).size, gaps };
  });
  return { scope, stages: [...VALUE_CHAIN_STAGES], gapStages: [...PRIMARY_STAGES], rows: out, activeMembers, mappedMembers: new Set(rows.map((r) => r.id)).size };
}

/** The members working with one material, with their stages. */
export async function materialMembers(ctx: Ctx, materialId: string) {
  authorize(ctx.actor, 'read');
  const seesAll = can(ctx.actor, 'members.seeAll');
  const rows = await repo.activeMemberMaterials(ctx.db, materialId);
  const visible = rows.filter((r) => seesAll || r.publicProfile);
  const stages = (r: repo.MemberMaterialRow) => VALUE_CHAIN_STAGES.filter((s) => r.stages.includes(s));
  return { members: visible.map((r) => ({ id: r.id, name: r.name, stages: stages(r) })), hiddenCount: rows.length - visible.length };
}

type CoverageResult = Awaited<ReturnType<typeof coverage>>;

function matrix(result: CoverageResult, locale: Locale): string[][] {
  const t = translatorFor(locale);
  const header = [t('materials:coverage.export.material'), t('materials:coverage.export.id'), ...result.stages.map((s) => t(`materials:stage.${s}`)), t('materials:coverage.export.gaps')];
  const body = result.rows.map((r) => {
    const entry = getMaterial(r.materialId);
    const name = entry ? (locale === 'es' ? entry.nameEs : entry.nameEn) : r.materialId;
    const cells = r.cells.map((c) => {
      const names = c.members.map((m) => m.name);
      if (c.hiddenCount > 0) names.push(t('materials:coverage.export.hidden', { count: c.hiddenCount }));
      return names.join('; ');
    });
    return [name, r.materialId, ...cells, r.gaps.map((s) => t(`materials:stage.${s}`)).join('; ')];
  });
  return [header, ...body];
}

/** The coverage matrix as CSV text (one row per material, one column per stage). */
export async function coverageCsv(ctx: Ctx, scope: CoverageScope, locale: Locale): Promise<string> {
  return stringify(matrix(await coverage(ctx, scope), locale));
}

/** The coverage matrix as an XLSX workbook, written by the streaming writer. */
export async function coverageXlsx(ctx: Ctx, scope: CoverageScope, locale: Locale): Promise<Readable> {
  const rows = matrix(await coverage(ctx, scope), locale);
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  const sheet = workbook.addWorksheet(translatorFor(locale)('materials:coverage.export.sheet'), { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.columns = (rows[0] ?? []).map((_, i) => ({ width: i === 0 ? 32 : 28 }));
  rows.forEach((r, i) => {
    const row = sheet.addRow(r);
    if (i === 0) row.font = { bold: true };
    row.alignment = { wrapText: true, vertical: 'top' };
    row.commit();
  });
  sheet.commit();
  void workbook.commit();
  return stream;
}
