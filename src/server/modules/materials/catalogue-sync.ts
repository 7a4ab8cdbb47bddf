/** Keeps the `material` table in step with the shipped catalogue (ids never change once shipped). */
import { sql } from 'drizzle-orm';
import { MATERIALS } from '../../../shared/materials/catalogue.js';
import type { Db } from '../../platform/db/types.js';
import { material } from './schema.js';

export async function syncCatalogue(db: Db): Promise<number> {
  const rows = MATERIALS.map((m) => ({
    id: m.id,
    nameEn: m.nameEn,
    nameEs: m.nameEs,
    symbol: m.symbol,
    group: m.group,
    strategic: m.strategic,
    critical: m.critical,
    batteryChain: m.batteryChain,
    memberOf: m.memberOf,
    source: 'catalogue' as const,
  }));
  await db
    .insert(material)
    .values(rows)
    .onConflictDoUpdate({
      target: material.id,
      set: {
        nameEn: sql`excluded.name_en`,
        nameEs: sql`excluded.name_es`,
        symbol: sql`excluded.symbol`,
        group: sql`excluded.group`,
        strategic: sql`excluded.strategic`,
        critical: sql`excluded.critical`,
        batteryChain: sql`excluded.battery_chain`,
        memberOf: sql`excluded.member_of`,
        updatedAt: sql`now()`,
      },
    });
  return rows.length;
}
