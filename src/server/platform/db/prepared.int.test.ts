import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../test/database.js';
import { office } from '../../modules/identity/schema.js';
import type { Database } from './client.js';
import { preparedQuery } from './prepared.js';
import { transaction } from './tx.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const byCode = preparedQuery('test_office_by_code', (db) => db.select({ name: office.name }).from(office).where(eq(office.code, sql.placeholder('code'))));
const allOffices = preparedQuery('test_offices', (db) => db.select({ code: office.code }).from(office).orderBy(asc(office.code)));

describe('preparedQuery', () => {
  it('binds its placeholders anew on every call', async () => {
    await database.db.insert(office).values([
      { code: 'p-leon', name: 'León', city: 'León' },
      { code: 'p-sevilla', name: 'Sevilla', city: 'Sevilla' },
    ]);
    expect(await byCode(database.db, { code: 'p-leon' })).toEqual([{ name: 'León' }]);
    expect(await byCode(database.db, { code: 'p-sevilla' })).toEqual([{ name: 'Sevilla' }]);
    expect(await byCode(database.db, { code: 'p-none' })).toEqual([]);
  });

  it('sees rows written since it was first run', async () => {
    const before = (await allOffices(database.db)).map((r) => r.code);
    await database.db.insert(office).values({ code: 'p-murcia', name: 'Murcia', city: 'Murcia' });
    const after = (await allOffices(database.db)).map((r) => r.code);
    expect(after).toEqual([...before, 'p-murcia'].sort());
  });

  it("runs inside a transaction on the transaction's connection, and a rollback leaves nothing", async () => {
    await allOffices(database.db);
    await expect(
      transaction(database.db, async (tx) => {
        await tx.insert(office).values({ code: 'p-madrid', name: 'Madrid', city: 'Madrid' });
        expect(await byCode(tx, { code: 'p-madrid' })).toEqual([{ name: 'Madrid' }]);
        expect((await allOffices(tx)).map((r) => r.code)).toContain('p-madrid');
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await byCode(database.db, { code: 'p-madrid' })).toEqual([]);
  });
});
