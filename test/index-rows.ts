/** Rows of the in-memory directory index for unit tests: a summary derived from the given fields. */
import type { SummaryRow } from '../src/server/modules/organisations/repository/organisations.js';
import type { IndexRow } from '../src/server/modules/organisations/service/directory-index/store.js';

type Fields = Omit<IndexRow, 'summary'>;

export function indexRow(fields: Fields): IndexRow {
  const { id, legalName, kind, officeId, stages, materialIds, provinceCodes, membershipStatus, smeClass, publicProfile } = fields;
  const summary = { id, legalName, tradeName: null, kind, country: 'ES', taxId: null, officeId, stages, materialIds, provinceCodes, membershipStatus, membershipTier: null, smeClass, publicProfile, city: null };
  return { ...fields, summary: summary as SummaryRow };
}
