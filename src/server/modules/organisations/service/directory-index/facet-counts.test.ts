/**
 * Facet counts in the index: walking the matched slots, walking the other live slots (less from the
 * live counts) and intersecting each value's bitset must all give the counts a plain loop over the
 * organisations gives, repeated array values included, organisations removed left out.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACETS, type Facet } from '../../../../../shared/contracts/organisations.js';
import { setBit } from './bitset.js';
import { facetRowsOver } from './query.js';
import { indexRow } from '../../../../../../test/index-rows.js';
import { DirectoryStore } from './store.js';

const few = (values: string[]) => fc.array(fc.constantFrom(...values), { maxLength: 4 });

const rowArb = fc.record({
  kind: fc.constantFrom('company', 'university', 'public_body'),
  officeId: fc.option(fc.constantFrom('o1', 'o2'), { nil: null }),
  smeClass: fc.option(fc.constantFrom('micro', 'small', 'medium', 'large'), { nil: null }),
  membershipStatus: fc.constantFrom('applicant', 'active', 'left'),
  stages: few(['extraction', 'processing', 'recycling', 'research']),
  materialIds: few(['slate', 'copper', 'lithium', 'tungsten', 'kaolin']),
  provinceCodes: few(['24', '41', '30', '28']),
  regionCodes: few(['ES41', 'ES61', 'ES62', 'ES30']),
});

type Row = typeof rowArb extends fc.Arbitrary<infer R> ? R : never;

const FACET_OF: Record<Facet, (r: Row) => readonly (string | null)[]> = {
  kind: (r) => [r.kind],
  office: (r) => [r.officeId],
  size: (r) => [r.smeClass],
  status: (r) => [r.membershipStatus],
  stage: (r) => r.stages,
  material: (r) => r.materialIds,
  province: (r) => r.provinceCodes,
  region: (r) => r.regionCodes,
};

describe('facet counts of the directory index', () => {
  it('are the same by slots, by the other slots, by values and by a plain count, over any set of organisations', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(rowArb, fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 120 }), fc.subarray([...FACETS], { minLength: 1 }), (rows, facets) => {
        const store = new DirectoryStore();
        const mask = new Uint32Array(Math.ceil(rows.length / 32));
        rows.forEach(([r, picked, removed], i) => {
          const row = indexRow({ id: `id-${i}`, legalName: `Org ${i}`, publicProfile: false, searchText: 'x', keywords: 'x', createdMicros: i, ...r });
          expect(store.add(row)).toBe(i);
          if (picked && !removed) setBit(mask, i);
        });
        rows.forEach(([, , removed], i) => removed && store.remove(`id-${i}`));
        const plain = new Map<string, number>();
        rows.forEach(([r, picked, removed]) => {
          if (picked && !removed) for (const f of facets) for (const v of FACET_OF[f](r)) if (v !== null) plain.set(`${f}:${v}`, (plain.get(`${f}:${v}`) ?? 0) + 1);
        });
        const asMap = (found: { facet: string; value: string | null; count: number }[]) => new Map(found.map((x) => [`${x.facet}:${x.value}`, x.count]));
        const bySlots = facetRowsOver(store, facets, mask, 'slots');
        expect(asMap(bySlots)).toEqual(plain);
        expect(facetRowsOver(store, facets, mask, 'values')).toEqual(bySlots);
        expect(facetRowsOver(store, facets, mask, 'rest')).toEqual(bySlots);
      }),
      { numRuns: 200 },
    );
  });
});
