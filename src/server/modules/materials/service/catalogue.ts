/**
 * The materials catalogue as stored (catalogue rows kept in step with `src/shared/materials/` plus
 * custom ones) with the Act's point letters, and the mapping between the names the EU study tables
 * use and the Act's names.
 */
import { getMaterial, MATERIALS, membersOf } from '../../../../shared/materials/catalogue.js';
import { NAME_SOURCES, type MaterialDto } from '../../../../shared/contracts/materials.js';
import type { Ctx } from '../../../platform/context.js';
import { notFound } from '../../../platform/http/errors.js';
import * as repo from '../repository.js';

type MaterialRow = Awaited<ReturnType<typeof repo.listMaterials>>[number];

export function presentMaterial(row: MaterialRow): MaterialDto {
  return {
    id: row.id,
    nameEn: row.nameEn,
    nameEs: row.nameEs,
    symbol: row.symbol,
    group: row.group,
    strategic: row.strategic,
    critical: row.critical,
    batteryChain: row.batteryChain,
    memberOf: row.memberOf,
    source: row.source,
    annexIIPoint: getMaterial(row.id)?.annexIIPoint ?? null,
  };
}

export async function listMaterials(ctx: Ctx): Promise<MaterialDto[]> {
  return (await repo.listMaterials(ctx.db)).map(presentMaterial);
}

function namesOf(id: string): Record<(typeof NAME_SOURCES)[number], string[]> {
  const entry = getMaterial(id);
  return Object.fromEntries(NAME_SOURCES.map((s) => [s, [...(entry?.names[s] ?? [])]])) as Record<(typeof NAME_SOURCES)[number], string[]>;
}

export async function materialDetail(ctx: Ctx, id: string) {
  const row = await repo.findMaterial(ctx.db, id);
  if (!row) throw notFound('material', id);
  return { ...presentMaterial(row), note: getMaterial(id)?.note ?? null, names: namesOf(id), members: membersOf(id).map((m) => m.id) };
}

/**
 * Every catalogue material named in the Act or a study table, with its names per source; `mismatch`
 * when a study table spells it unlike the Act, or the study tables disagree among themselves.
 */
export function nameMapping() {
  return MATERIALS.filter((m) => NAME_SOURCES.some((s) => (m.names[s]?.length ?? 0) > 0)).map((m) => {
    const names = namesOf(m.id);
    const study = new Set([...names.srEi, ...names.globalSupply, ...names.euSourcing, ...names.materialUse]);
    const act = names.crma[0];
    const mismatch = study.size > 1 || (act !== undefined && study.size > 0 && !study.has(act));
    return { materialId: m.id, names, mismatch };
  });
}
