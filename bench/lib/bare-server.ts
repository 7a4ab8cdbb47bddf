/**
 * Baselines for Veta's HTTP overhead: a bare Fastify route with the same zod provider, either
 * answering a constant (`none`) or running the same SQL as Veta's GET /api/offices directly
 * (`pglite`: an in-memory PGlite with the same table; `postgres <url>`: a pg pool).
 */
import { PGlite } from '@electric-sql/pglite';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import pg from 'pg';
import { z } from 'zod';

const [portArg, mode = 'none', url] = process.argv.slice(2);
const OFFICES_SQL = 'select id, code, name, city, nuts_code from office order by name';
const office = z.object({ id: z.string(), code: z.string(), name: z.string(), city: z.string(), nutsCode: z.string().nullable() });

type Row = { id: string; code: string; name: string; city: string; nuts_code: string | null };
let query: () => Promise<Row[]>;
if (mode === 'pglite') {
  const db = await PGlite.create();
  await db.exec(`create table office (id uuid primary key default gen_random_uuid(), code text unique not null, name text not null, city text not null, nuts_code text);
    insert into office (code, name, city, nuts_code) values ('leon', 'Oficina de León', 'León', 'ES413');`);
  query = async () => (await db.query<Row>(OFFICES_SQL)).rows;
} else if (mode === 'postgres' && url) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  query = async () => (await pool.query<Row>(OFFICES_SQL)).rows;
} else {
  const rows: Row[] = [{ id: '01a2', code: 'leon', name: 'Oficina de León', city: 'León', nuts_code: 'ES413' }];
  query = async () => rows;
}

const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);
app.get('/offices', { schema: { response: { 200: z.array(office) } } }, async () =>
  (await query()).map((r) => ({ id: r.id, code: r.code, name: r.name, city: r.city, nutsCode: r.nuts_code })),
);
await app.listen({ port: Number(portArg ?? 0), host: '127.0.0.1' });
