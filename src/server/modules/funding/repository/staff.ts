/**
 * The staff list of a call's applications in one statement: figures of the version that counts
 * (requested total, partners, countries read from its snapshot inside the database) or, for drafts,
 * of the confirmed partners as they are now.
 */
import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db/types.js';
import type { StaffListQuery } from '../../../../shared/contracts/funding-applications.js';

export interface StaffListRow {
  id: string;
  reference: string;
  status: 'draft' | 'submitted' | 'withdrawn' | 'ineligible';
  statusReason: string | null;
  acronym: string | null;
  title: string | null;
  instrumentId: string | null;
  leadName: string;
  leadCountry: string;
  partners: number;
  countries: string[] | null;
  requestedCents: string | number | null;
  currentVersion: number;
  submittedAt: Date | string | null;
  eligible: boolean | null;
  failures: string[] | null;
}

function filters(q: StaffListQuery): SQL {
  const parts: SQL[] = [];
  if (q.status) parts.push(sql`and a.status = ${q.status}`);
  if (q.eligible) parts.push(sql`and coalesce((a.eligibility->>'eligible')::boolean, false) = ${q.eligible === 'yes'}`);
  if (q.instrument) parts.push(sql`and a.instrument_id = ${q.instrument}`);
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(sql`and (a.reference ilike ${like} or a.acronym ilike ${like} or a.title ilike ${like} or o.legal_name ilike ${like})`);
  }
  return sql.join(parts, sql` `);
}

export async function staffList(db: Db, callId: string, q: StaffListQuery, limit = 5000): Promise<StaffListRow[]> {
  return rows<StaffListRow>(
    db,
    sql`with live as (
          select p.application_id,
                 count(*)::int as partners,
                 coalesce(sum(p.requested_cents), 0) as requested,
                 array_agg(distinct org.country) as countries
          from application_partner p join organisation org on org.id = p.organisation_id
          where p.status = 'confirmed' and p.application_id in (select id from application where call_id = ${callId})
          group by p.application_id)
        select a.id, a.reference, a.status, a.status_reason as "statusReason", a.acronym, a.title, a.instrument_id as "instrumentId",
               o.legal_name as "leadName", o.country as "leadCountry",
               coalesce(jsonb_array_length(v.snapshot->'consortium'), live.partners, 0) as partners,
               coalesce((select array_agg(distinct c->>'country') from jsonb_array_elements(v.snapshot->'consortium') c), live.countries) as countries,
               coalesce((v.snapshot->'budget'->>'requestedTotalCents')::bigint, live.requested, 0) as "requestedCents",
               a.current_version as "currentVersion", a.submitted_at as "submittedAt",
               (a.eligibility->>'eligible')::boolean as eligible,
               (select array_agg(distinct f->>'code') from jsonb_array_elements(a.eligibility->'failures') f) as failures
        from application a
        join organisation o on o.id = a.lead_organisation_id
        left join application_version v on v.application_id = a.id and v.version = a.current_version
        left join live on live.application_id = a.id
        where a.call_id = ${callId} ${filters(q)}
        order by a.reference
        limit ${limit}`,
  );
}
