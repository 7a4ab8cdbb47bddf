/** Rows of the in-memory directory index for unit tests: the list's other columns left empty. */
import type { IndexRow } from '../src/server/modules/organisations/service/directory-index/store.js';

export function indexRow(fields: Omit<IndexRow, 'tradeName' | 'country' | 'taxId' | 'membershipTier' | 'city'>): IndexRow {
  return { tradeName: null, country: 'ES', taxId: null, membershipTier: null, city: null, ...fields };
}
