import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { makeOffice, makeOrganisation, makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { PUBLIC_ORGANISATION_FIELDS } from '../../../shared/organisations.js';
import { organisationSchema } from '../../../shared/contracts/organisations.js';
import { changeMembership } from './service/membership.js';
import { attachDirectoryIndex, detachDirectoryIndex, directoryIndexOf } from './service/directory-index/registry.js';

// Every search answers the same on the SQL path and through a server's in-memory index.
describe.each(['SQL', 'the in-memory index'])('the directory through %s', (path) => {
  let env: TestEnv;
  let admin: Agent;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    env = await createTestEnv();
    const office = await makeOffice(env.ctx(), 'dir-leon');
    const ctx = env.ctx();
    const make = async (key: string, input: Parameters<typeof makeOrganisation>[1]) => (ids[key] = (await makeOrganisation(ctx, { officeId: office.id, ...input })).id);
    await make('slate', {
      legalName: 'Pizarras Valdeorras S.L.',
      taxId: 'B12345674',
      stages: ['extraction', 'processing'],
      materialIds: ['slate'],
      descriptionEs: 'Cantera de pizarra para cubiertas',
      descriptionEn: 'Roofing slate quarry',
      publicProfile: true,
      sites: [{ name: 'Frente Norte', address: 'Camino de la Cantera 7', city: 'Carballeda de Valdeorras', postcode: '32330' }],
    });
    await make('lithium', {
      legalName: 'Litio Extremeño S.A.',
      stages: ['exploration', 'extraction'],
      materialIds: ['lithium'],
      descriptionEn: 'Lithium exploration in Cáceres',
      publicProfile: true,
      sites: [{ name: 'Proyecto', city: 'Cáceres', postcode: '10001' }],
    });
    await make('uni', { legalName: 'Universidad de León', kind: 'university', stages: ['research'], sites: [{ name: 'Campus', city: 'León', postcode: '24071' }] });
    await make('recycler', { legalName: 'Reciclados Andaluces S.L.', stages: ['recycling'], materialIds: ['copper', 'aluminium'], sites: [{ name: 'Planta', city: 'Sevilla', postcode: '41001' }] });
    await changeMembership(ctx, ids.slate ?? '', { status: 'active', effectiveOn: '2019-03-01', tier: 'full', annualFeeCents: 150000 });
    const a = await makeUser(ctx, { role: 'admin' });
    admin = await env.agent().signIn(a.email, TEST_PASSWORD);
    if (path === 'the in-memory index') expect(await (await attachDirectoryIndex(env.platform.database)).ready()).toBeDefined();
  });
  afterAll(async () => {
    await detachDirectoryIndex(env.platform.database);
    await env.close();
  });

  async function names(url: string): Promise<string[]> {
    const res = await admin.get(url);
    expect(res.statusCode).toBe(200);
    return res.json().items.map((o: { legalName: string }) => o.legalName);
  }

  describe('text search', () => {
    it('tolerates plurals, accents and typos, in Spanish and English, and finds a NIF', async () => {
      expect(await names('/api/organisations?q=pizarra')).toEqual(['Pizarras Valdeorras S.L.']);
      expect(await names('/api/organisations?q=slate')).toEqual(['Pizarras Valdeorras S.L.']);
      expect(await names('/api/organisations?q=leon')).toEqual(['Universidad de León']);
      expect(await names('/api/organisations?q=pizzara')).toEqual(['Pizarras Valdeorras S.L.']);
      expect(await names('/api/organisations?q=extremeno%20litio')).toEqual(['Litio Extremeño S.A.']);
      expect(await names('/api/organisations?q=B-12345674')).toEqual(['Pizarras Valdeorras S.L.']);
      expect(await names('/api/organisations?q=b12345674')).toEqual(['Pizarras Valdeorras S.L.']);
      expect(await names('/api/organisations?q=andalucia')).toEqual(['Reciclados Andaluces S.L.']);
      expect(await names('/api/organisations?q=zzzzqqq')).toEqual([]);
    });
  });

  describe('facets', () => {
    it('filters by stage, material, province, region and status, counting each facet under the other filters', async () => {
      expect(await names('/api/organisations?stage=extraction&sort=name')).toEqual(['Litio Extremeño S.A.', 'Pizarras Valdeorras S.L.']);
      expect(await names('/api/organisations?stage=extraction&material=lithium')).toEqual(['Litio Extremeño S.A.']);
      expect(await names('/api/organisations?province=41')).toEqual(['Reciclados Andaluces S.L.']);
      expect(await names('/api/organisations?region=ES11')).toEqual(['Pizarras Valdeorras S.L.']);
      expect(await names('/api/organisations?status=active')).toEqual(['Pizarras Valdeorras S.L.']);
      expect(await names('/api/organisations?kind=university')).toEqual(['Universidad de León']);
      const page = (await admin.get('/api/organisations?stage=extraction')).json();
      expect(page.total).toBe(2);
      const stage = Object.fromEntries(page.facets.stage.map((f: { value: string; count: number }) => [f.value, f.count]));
      expect(stage).toMatchObject({ extraction: 2, exploration: 1, research: 1, recycling: 1, processing: 1 });
      const material = Object.fromEntries(page.facets.material.map((f: { value: string; count: number }) => [f.value, f.count]));
      expect(material).toEqual({ slate: 1, lithium: 1 });
    });

    it('draws the value-chain matrix and the province counts of the filtered list', async () => {
      const map = (await admin.get('/api/organisations/value-chain?stage=extraction')).json();
      expect(map.total).toBe(2);
      expect(map.cells).toEqual(expect.arrayContaining([{ stage: 'extraction', material: 'slate', count: 1 }, { stage: 'exploration', material: 'lithium', count: 1 }]));
      expect(map.provinces).toEqual(expect.arrayContaining([{ provinceCode: '32', count: 1 }, { provinceCode: '10', count: 1 }]));
    });

    it('exports the filtered list as CSV in the import format and as XLSX', async () => {
      const csv = await admin.get('/api/organisations/export?format=csv&stage=extraction');
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\n');
      expect(lines[0]).toContain('Legal name,Trade name,Tax id (NIF/VAT)');
      expect(lines).toHaveLength(3);
      expect(csv.body).toContain('Pizarras Valdeorras S.L.');
      expect(csv.body).not.toContain('Universidad de León');
      const xlsx = await admin.get('/api/organisations/export?format=xlsx');
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    });
  });

  describe('public directory', () => {
    it('lists only opted-in organisations, needs no sign-in, and never returns a non-public field', async () => {
      const guest = env.agent();
      const res = await guest.get('/api/public/organisations?limit=100');
      expect(res.statusCode).toBe(200);
      const page = res.json();
      expect(page.items.map((o: { legalName: string }) => o.legalName).sort()).toEqual(['Litio Extremeño S.A.', 'Pizarras Valdeorras S.L.']);
      const internalOnly = Object.keys(organisationSchema.shape).filter((k) => !(PUBLIC_ORGANISATION_FIELDS as readonly string[]).includes(k));
      expect(internalOnly).toEqual(expect.arrayContaining(['taxId', 'officeId', 'membershipTier', 'annualFeeCents', 'smeClass', 'publicProfile', 'membershipStatus']));
      for (const item of page.items) {
        expect(Object.keys(item).sort()).toEqual([...PUBLIC_ORGANISATION_FIELDS].sort());
        for (const key of internalOnly) expect(item).not.toHaveProperty(key);
        for (const place of item.places) expect(Object.keys(place).sort()).toEqual(['city', 'country', 'nutsCode', 'provinceCode']);
      }
      const body = res.body;
      for (const secret of ['B12345674', '150000', 'Frente Norte', 'Camino de la Cantera', '32330', ids.uni ?? 'x', 'Reciclados']) expect(body).not.toContain(secret);
      expect(Object.keys(page.facets).sort()).toEqual(['kind', 'material', 'province', 'region', 'stage']);
      const one = await guest.get(`/api/public/organisations/${ids.slate}`);
      expect(Object.keys(one.json()).sort()).toEqual([...PUBLIC_ORGANISATION_FIELDS].sort());
      expect(one.json()).toMatchObject({ isMember: true, memberSince: '2019-03-01' });
      expect((await guest.get(`/api/public/organisations/${ids.recycler}`)).statusCode).toBe(404);
      const filtered = await guest.get('/api/public/organisations?status=active&size=micro');
      expect(filtered.json().total).toBe(2);
      const map = (await guest.get('/api/public/value-chain')).json();
      expect(map.total).toBe(2);
    });
  });

  describe('facet counts after a change', () => {
    it('are fresh as soon as the registry changes (the cache is emptied by writes)', async () => {
      const count = async () => {
        const page = (await admin.get('/api/organisations?kind=university')).json();
        return Object.fromEntries(page.facets.status.map((f: { value: string; count: number }) => [f.value, f.count])).active ?? 0;
      };
      const before = await count();
      expect(await count()).toBe(before);
      await changeMembership(env.ctx(), ids.uni ?? '', { status: 'active', effectiveOn: '2024-05-01' });
      expect(await count()).toBe(before + 1);
      // The index (when attached) took the change in place: it is current and was built once.
      const index = directoryIndexOf(env.platform.database);
      if (path === 'the in-memory index') expect([await index?.current().then(Boolean), index?.stats.builds]).toEqual([true, 1]);
    });
  });
  it("lists each organisation with the city of its headquarters (else of its first site)", async () => {
    const ctx = env.ctx();
    const id = (await makeOrganisation(ctx, {
      legalName: 'Áridos del Sil S.L.',
      sites: [
        { name: 'Gravera', city: 'Ponferrada', postcode: '24400' },
        { name: 'Sede', city: 'León', postcode: '24001', isHeadquarters: true },
      ],
    })).id;
    const page = (await admin.get('/api/organisations?q=sil&sort=name')).json();
    expect(page.items.map((o: { id: string; city: string | null }) => [o.id, o.city])).toEqual([[id, 'León']]);
    const cities = Object.fromEntries((await admin.get('/api/organisations?sort=name&limit=100')).json().items.map((o: { id: string; city: string | null }) => [o.id, o.city]));
    expect([cities[ids.slate ?? ''], cities[ids.uni ?? ''], cities[id]]).toEqual(['Carballeda de Valdeorras', 'León', 'León']);
  });
});
