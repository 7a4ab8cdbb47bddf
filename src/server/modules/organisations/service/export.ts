/**
 * Exports a filtered list as CSV or XLSX, streamed in batches (100,000 rows never sit in memory).
 * The columns are the import's fields with their labels in the request language, so an exported
 * file can be edited and imported elsewhere; the SME class and tax id kind follow.
 */
import { PassThrough, type Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { IMPORT_FIELDS, type ImportField } from '../../../../shared/contracts/organisation-records.js';
import type { DirectoryFilter } from '../../../../shared/contracts/organisations.js';
import { getMaterial } from '../../../../shared/materials/catalogue.js';
import { provinceByIne } from '../../../../shared/identifiers/index.js';
import type { Ctx } from '../../../platform/context.js';
import { listOffices } from '../../identity/index.js';
import * as contactRepo from '../repository/contacts.js';
import * as orgs from '../repository/organisations.js';
import { searchAllIds } from '../repository/search.js';
import { prepareSearch } from './directory.js';
import { directoryScope } from '../policy.js';

const EXTRA = ['smeClass'] as const;
type Column = ImportField | (typeof EXTRA)[number];
const COLUMNS: readonly Column[] = [...IMPORT_FIELDS, ...EXTRA];

async function* exportRows(ctx: Ctx, filter: DirectoryFilter): AsyncGenerator<string[]> {
  const t = ctx.t;
  const offices = new Map((await listOffices(ctx)).map((o) => [o.id, o.code]));
  const spec = await prepareSearch(ctx, directoryScope(ctx.actor), filter, []);
  for await (const ids of searchAllIds(ctx.db, spec)) {
    const found = new Map((await orgs.findOrganisations(ctx.db, ids)).map((o) => [o.id, o]));
    const hq = new Map<string, orgs.SiteRow>();
    for (const s of await orgs.sitesOf(ctx.db, ids)) if (!hq.has(s.organisationId)) hq.set(s.organisationId, s);
    const primary = new Map<string, contactRepo.ContactRow>();
    for (const c of await contactRepo.primaryContactsOf(ctx.db, ids)) primary.set(c.organisationId, c);
    for (const id of ids) {
      const o = found.get(id);
      if (!o) continue;
      const site = hq.get(id);
      const contact = primary.get(id);
      const values: Record<Column, string> = {
        legalName: o.legalName,
        tradeName: o.tradeName ?? '',
        taxId: o.taxId ?? '',
        kind: t(`orgs:kind.${o.kind}`),
        country: o.country,
        website: o.website ?? '',
        descriptionEs: o.descriptionEs ?? '',
        descriptionEn: o.descriptionEn ?? '',
        siteName: site?.name ?? '',
        address: site?.address ?? '',
        postcode: site?.postcode ?? '',
        city: site?.city ?? '',
        province: site?.provinceCode ? (provinceByIne(site.provinceCode)?.name.es ?? '') : '',
        nutsCode: site?.nutsCode ?? '',
        office: o.officeId ? (offices.get(o.officeId) ?? '') : '',
        naceCodes: o.naceCodes.join('; '),
        stages: o.stages.map((s) => t(`orgs:stage.${s}`)).join('; '),
        materials: o.materialIds.map((m) => (ctx.locale === 'es' ? getMaterial(m)?.nameEs : getMaterial(m)?.nameEn) ?? m).join('; '),
        membershipStatus: t(`orgs:status.${o.membershipStatus}`),
        tier: o.membershipTier ? t(`orgs:tier.${o.membershipTier}`) : '',
        annualFee: o.annualFeeCents === null ? '' : (o.annualFeeCents / 100).toFixed(2),
        memberSince: o.memberSince ?? '',
        publicProfile: o.publicProfile ? t('orgs:export.yes') : t('orgs:export.no'),
        contactName: contact?.name ?? '',
        contactEmail: contact?.email ?? '',
        contactPhone: contact?.phone ?? '',
        contactPosition: contact?.position ?? '',
        smeClass: o.smeClass ? t(`orgs:size.${o.smeClass}`) : '',
      };
      yield COLUMNS.map((c) => values[c]);
    }
  }
}

function headers(ctx: Ctx): string[] {
  return COLUMNS.map((c) => ctx.t(`orgs:import.fields.${c}`));
}

/** The filtered list as a CSV stream (UTF-8 with BOM, so that spreadsheet programs read accents). */
export function exportCsv(ctx: Ctx, filter: DirectoryFilter): Readable {
  const out = stringify({ bom: true });
  void (async () => {
    try {
      out.write(headers(ctx));
      for await (const row of exportRows(ctx, filter)) if (!out.write(row)) await new Promise((r) => out.once('drain', r));
      out.end();
    } catch (err) {
      out.destroy(err as Error);
    }
  })();
  return out;
}

/** The filtered list as an XLSX stream. */
export function exportXlsx(ctx: Ctx, filter: DirectoryFilter): Readable {
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const sheet = book.addWorksheet(ctx.t('orgs:export.sheet'));
  void (async () => {
    try {
      sheet.addRow(headers(ctx)).commit();
      for await (const row of exportRows(ctx, filter)) sheet.addRow(row).commit();
      sheet.commit();
      await book.commit();
    } catch (err) {
      out.destroy(err as Error);
    }
  })();
  return out;
}
