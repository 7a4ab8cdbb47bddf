/**
 * The in-memory directory index against the SQL path (the reference): on a random registry, random
 * searches must give the same typo words, total, facet counts and page ids in every order; again
 * after changes made through the registry, and after a change announced by another process.
 */
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACETS, type DirectoryFilter, type Facet } from '../../../shared/contracts/organisations.js';
import { MEMBERSHIP_STATUSES, ORGANISATION_KINDS, SIZE_CLASSES } from '../../../shared/organisations.js';
import { VALUE_CHAIN_STAGES } from '../../../shared/value-chain.js';
import { notify } from '../../platform/db/notify.js';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { makeOffice } from '../../../../test/factories.js';
import { MATERIALS, pick, PROVINCES, randomOrganisation, randomRegistry, randomWord, REGIONS, seeded } from '../../../../test/random-registry.js';
import { organisation } from './schema.js';
import { bulkInsert } from './repository/bulk.js';
import { findSummaries, insertOrganisation, insertSites, updateOrganisation } from './repository/organisations.js';
import { facetCounts, missingWords, searchPage, type FacetRow, type SearchScope, type SortOrder } from './repository/search.js';
import { REGISTRY_CHANNEL } from './repository/version.js';
import { searchSpec } from './service/directory.js';
import { addSite, deleteSite, updateSite } from './service/sites.js';
import { siteInputSchema } from '../../../shared/contracts/organisations.js';
import { evaluate, missingWords as missingInIndex } from './service/directory-index/query.js';
import { attachDirectoryIndex, detachDirectoryIndex } from './service/directory-index/registry.js';
import type { LiveDirectoryIndex } from './service/directory-index/live.js';

let env: TestEnv;
let index: LiveDirectoryIndex;
let officeIds: string[];
let textWords: string[];
let keywordWords: string[];

async function loadWords(column: 'search_text' | 'keywords'): Promise<string[]> {
  const found = await env.ctx().db.execute(sql`select distinct unnest(string_to_array(${sql.identifier(column)}, ' ')) as w from organisation`);
  return (found as unknown as { rows: { w: string }[] }).rows.map((r) => r.w).filter(Boolean).sort();
}

async function loadVocabulary(): Promise<void> {
  textWords = await loadWords('search_text');
  keywordWords = (await loadWords('keywords')).filter((w) => w.length >= 5 && /^\p{L}+$/u.test(w));
}

beforeAll(async () => {
  env = await createTestEnv();
  const ctx = env.ctx();
  officeIds = [];
  for (let i = 0; i < 3; i++) officeIds.push((await makeOffice(ctx)).id);
  const registry = randomRegistry(seeded(11), 400, officeIds);
  await bulkInsert(ctx.db, organisation, registry);
  // Sites, inserted together (equal creation times), some organisations with a headquarters: a
  // list shows the headquarters' city, else the first site's.
  const r = seeded(12);
  await insertSites(ctx.db, registry.filter((_, i) => i % 3 > 0).flatMap((o) => Array.from({ length: 1 + Math.floor(r() * 3) }, (_, k) => ({ organisationId: o.id!, name: `site ${k}`, city: randomWord(r), country: 'ES', isHeadquarters: k === 1 && r() < 0.5 }))));
  index = await attachDirectoryIndex(env.platform.database);
  await index.ready();
  await loadVocabulary();
});
afterAll(async () => {
  await detachDirectoryIndex(env.platform.database);
  await env.close();
});

function typo(word: string, k: number): string {
  const i = k % word.length;
  if (k % 3 === 0) return word.slice(0, i) + word.charAt(i) + word.slice(i);
  if (k % 3 === 1) return word.slice(0, i) + word.slice(i + 1);
  return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
}

const queryArb = () => {
  const word = fc.oneof(
    fc.constantFrom(...textWords),
    fc.tuple(fc.constantFrom(...textWords), fc.nat(), fc.integer({ min: 1, max: 4 })).map(([w, a, l]) => w.slice(a % w.length, (a % w.length) + l)),
    fc.tuple(fc.constantFrom(...keywordWords), fc.nat()).map(([w, k]) => typo(w, k)),
    fc.constantFrom('b100', 'zzzzzz', 'Léon'),
  );
  const values = (xs: readonly string[]) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 6 }, { arbitrary: fc.subarray([...xs, 'absent']), weight: 1 });
  const filter = fc.record({
    q: fc.array(word, { maxLength: 2 }).map((ws) => ws.join(' ')),
    kind: values(ORGANISATION_KINDS),
    stage: values(VALUE_CHAIN_STAGES),
    material: values(MATERIALS),
    province: values(PROVINCES),
    region: values(REGIONS),
    size: values(SIZE_CLASSES),
    status: values(MEMBERSHIP_STATUSES),
    office: values(officeIds),
  });
  const scope = fc.oneof(
    fc.constant<SearchScope>({ kind: 'all' }),
    fc.constant<SearchScope>({ kind: 'public' }),
    fc.subarray(officeIds).map<SearchScope>((ids) => ({ kind: 'offices', officeIds: ids })),
  );
  return fc.record({ filter, scope, limit: fc.integer({ min: 1, max: 30 }), offset: fc.integer({ min: 0, max: 20 }) });
};

/** How many searches found something, and how many of those matched a typo: the test must exercise both. */
const seen = { searches: 0, found: 0, typos: 0 };

const sorted = (rows: FacetRow[]) => rows.map((r) => `${r.facet}=${r.value}:${r.count}`).sort();

async function sameAnswers(q: { filter: Partial<Record<Facet, string[]>> & { q: string }; scope: SearchScope; limit: number; offset: number }) {
  const db = env.ctx().db;
  const store = await index.current();
  if (!store) throw new Error('the index is not current');
  const plain = searchSpec(q.scope, q.filter as DirectoryFilter, FACETS);
  const fuzzy = await missingWords(db, q.scope, plain.words);
  expect(missingInIndex(store, q.scope, plain.words)).toEqual(fuzzy);
  const spec = { ...plain, fuzzy };
  const found = evaluate(store, spec);
  seen.searches++;
  if (found.total > 0) seen.found++;
  if (found.total > 0 && fuzzy.length > 0) seen.typos++;
  expect(sorted(found.counts(FACETS))).toEqual(sorted(await facetCounts(db, spec)));
  for (const sort of ['name', 'recent', 'relevance'] as SortOrder[]) {
    const ids = found.page(sort, q.limit, q.offset);
    expect(ids, sort).toEqual(await searchPage(db, spec, sort, q.limit, q.offset));
    const byId = new Map((await findSummaries(db, ids)).map((o) => [o.id, o]));
    expect(ids.map((id) => store.summaryOf(id))).toEqual(ids.map((id) => byId.get(id)));
  }
}

describe('the directory index', () => {
  it('answers random searches exactly as the SQL path', async () => {
    await fc.assert(fc.asyncProperty(queryArb(), sameAnswers), { numRuns: 150, seed: 42 });
    expect(seen.found).toBeGreaterThan(seen.searches / 3);
    expect(seen.typos).toBeGreaterThan(3);
  });

  it('stays exact through changes made by the registry, without rebuilding', async () => {
    const r = seeded(5);
    const ctx = env.ctx();
    const builds = index.stats.builds;
    const ids = (await ctx.db.select({ id: organisation.id }).from(organisation)).map((o) => o.id);
    for (let i = 0; i < 40; i++) {
      const fresh = randomOrganisation(r, textWords, `${randomWord(r)} ${pick(r, textWords)}`, officeIds, new Date(), 1000 + i);
      const { id: _id, createdAt: _createdAt, ...changes } = fresh;
      if (i % 3 === 0) await insertOrganisation(ctx.db, { ...fresh, id: undefined, createdAt: undefined });
      else await updateOrganisation(ctx.db, pick(r, ids), { ...changes, taxId: null });
    }
    // Site changes alter only what a list shows (the city) of their organisation.
    for (let i = 0; i < 12; i++) {
      const id = pick(r, ids);
      const added = await addSite(ctx, id, siteInputSchema.parse({ name: `new ${i}`, city: `Villa ${i}`, provinceCode: '24', isHeadquarters: i % 2 === 0 }));
      if (i % 4 === 1) await updateSite(ctx, added.id, siteInputSchema.parse({ name: `moved ${i}`, city: `Aldea ${i}`, provinceCode: '41', isHeadquarters: true }));
      if (i % 4 === 3) await deleteSite(ctx, added.id);
      const [shown] = await findSummaries(ctx.db, [id]);
      expect((await index.current())?.summaryOf(id)).toEqual(shown);
    }
    await loadVocabulary();
    await fc.assert(fc.asyncProperty(queryArb(), sameAnswers), { numRuns: 100, seed: 43 });
    expect(index.stats.builds).toBe(builds);
  });

  it('remembers a typo word over a whole scope, never over what another word left of it', async () => {
    const store = await index.current();
    const scopes: SearchScope[] = [{ kind: 'public' }, { kind: 'offices', officeIds: officeIds.slice(0, 2) }, { kind: 'all' }];
    const typos = keywordWords.map((w) => typo(w, 2)).filter((t) => scopes.every((scope) => missingInIndex(store!, scope, [t]).length === 1));
    expect(typos.length).toBeGreaterThan(0);
    for (const t of typos.slice(0, 3)) {
      for (const scope of scopes) for (const q of [`slate ${t}`, t, `copper ${t}`]) await sameAnswers({ filter: { q }, scope, limit: 30, offset: 0 });
    }
  });

  it('applies a change announced by another process', async () => {
    const db = env.ctx().db;
    const [row] = await db.select({ id: organisation.id }).from(organisation).limit(1);
    const id = row?.id ?? '';
    // A write that bypasses this process (as another process's would), then its notification.
    await db.execute(sql`update organisation set search_text = search_text || ' qwertyzz', keywords = keywords || ' qwertyzz' where id = ${id}`);
    await notify(db, REGISTRY_CHANNEL, id);
    let found: string[] = [];
    for (let attempt = 0; attempt < 100 && found.length === 0; attempt++) {
      const store = await index.current();
      found = store ? evaluate(store, searchSpec({ kind: 'all' }, { q: 'qwertyzz' } as DirectoryFilter, [])).page('name', 10, 0) : [];
      if (found.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(found).toEqual([id]);
    await sameAnswers({ filter: { q: 'qwerty' }, scope: { kind: 'all' }, limit: 5, offset: 0 });
  });
});
