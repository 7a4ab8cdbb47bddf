/** The awards that fund measures: which call and programme, which recipient, how much. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { award } from '../../awards/index.js';
import { call, programme } from '../../funding/index.js';
import { organisation } from '../../organisations/index.js';

export interface AwardInfo {
  awardId: string;
  organisationId: string;
  organisationName: string;
  amountCents: number;
  callId: string;
  callCode: string;
  callTitleEs: string;
  callTitleEn: string;
  programmeId: string;
  programmeCode: string;
  programmeName: string;
}

function awardQuery(db: Db) {
  return db
    .select({
      awardId: award.id,
      organisationId: award.organisationId,
      organisationName: organisation.legalName,
      amountCents: award.amountCents,
      callId: call.id,
      callCode: call.code,
      callTitleEs: call.titleEs,
      callTitleEn: call.titleEn,
      programmeId: programme.id,
      programmeCode: programme.code,
      programmeName: programme.name,
    })
    .from(award)
    .innerJoin(call, eq(call.id, award.callId))
    .innerJoin(programme, eq(programme.id, award.programmeId))
    .innerJoin(organisation, eq(organisation.id, award.organisationId));
}

export async function awardsByIds(db: Db, ids: readonly string[]): Promise<AwardInfo[]> {
  if (ids.length === 0) return [];
  return awardQuery(db).where(inArray(award.id, [...ids]));
}

/** The organisation's active awards, newest call first (to link a measure to the money behind it). */
export async function awardsOfOrganisation(db: Db, organisationId: string): Promise<AwardInfo[]> {
  return awardQuery(db).where(and(eq(award.organisationId, organisationId), eq(award.status, 'active'))).orderBy(call.code);
}
