/**
 * Impact operations behind `veta impact ...` and `veta demo telemetry`: import a readings file,
 * create a site ingestion token, and prepare the telemetry simulator (the demo quarry's site,
 * meters and a fresh token).
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { importMappingSchema } from '../../shared/contracts/impact.js';
import { organisation } from '../modules/organisations/index.js';
import { commitUpload, createSiteToken, createUpload, DEMO_QUARRY_NAME, DEMO_QUARRY_SITE, dryRunUpload, findMeasureByMeter, siteMetersOf, siteOfOrganisation } from '../modules/impact/index.js';
import { defineOperation, type OperationIo } from './registry.js';

const importArgs = z.object({
  file: z.string().min(1),
  siteId: z.uuid(),
  /** "column=meterCode" pairs. */
  columns: z.array(z.string()).min(1),
  timestampColumn: z.string().min(1),
  endColumn: z.string().optional(),
  timestampFormat: z.enum(['iso', 'dmy', 'ymd', 'mdy']).default('iso'),
  timestampMarks: z.enum(['start', 'end']).default('start'),
  timeZone: z.string().optional(),
  decimalSeparator: z.enum(['.', ',']).default('.'),
  commit: z.boolean().default(false),
});

function report(io: OperationIo, r: Awaited<ReturnType<typeof dryRunUpload>>): void {
  io.out(`${r.rows} rows, ${r.readings} readings: ${r.newReadings} new, ${r.duplicates} already stored, ${r.conflicts} stored with another value (kept)`);
  for (const p of r.problems) io.err(`  row ${p.row}${p.column ? ` [${p.column}]` : ''} ${p.severity}: ${p.message}`);
  if (r.truncated) io.err(`  ... ${r.errors + r.warnings - r.problems.length} more problems`);
}

export const importOp = defineOperation<z.input<typeof importArgs>>({
  name: 'impact.import',
  async run(ctx, raw, io) {
    const args = importArgs.parse(raw);
    const meters = await siteMetersOf(ctx.db, args.siteId);
    const columns = args.columns.map((pair) => {
      const at = pair.lastIndexOf('=');
      const code = pair.slice(at + 1);
      const meter = meters.find((m) => m.code === code);
      if (at < 1 || !meter) throw new Error(`"${pair}": use column=meterCode with a meter of the site (${meters.map((m) => m.code).join(', ')})`);
      return { column: pair.slice(0, at), meterId: meter.id };
    });
    const mapping = importMappingSchema.parse({ ...args, columns });
    const upload = await createUpload(ctx, args.siteId, { filename: path.basename(args.file), stream: createReadStream(args.file) });
    const r = args.commit ? await commitUpload(ctx, upload.id, mapping) : await dryRunUpload(ctx, upload.id, mapping);
    report(io, r);
    io.out(args.commit ? `Stored ${r.stored} readings.` : r.errors ? `${r.errors} errors: fix the file, then run again with --commit.` : 'No errors. Run again with --commit to store the readings.');
    return r.errors ? 1 : 0;
  },
});

export const tokenOp = defineOperation<{ siteId: string; name: string }>({
  name: 'impact.token-create',
  async run(ctx, args, io) {
    const { row, secret } = await createSiteToken(ctx, args.siteId, args.name);
    io.out(`Token "${row.name}" for site ${args.siteId} (shown once):`);
    io.out(secret);
    return 0;
  },
});

export interface TelemetryTarget {
  siteId: string;
  token: string;
  meters: { electricity: string; production: string };
  /** Epoch ms of the last stored electricity reading, if any. */
  lastReadingAt: number | null;
  /** When the twin's measure was complete (the simulator applies its saving from then). */
  savingsFrom: number | null;
}

export const TARGET_PREFIX = 'TELEMETRY-TARGET ';

export const telemetryTargetOp = defineOperation<Record<string, never>>({
  name: 'impact.telemetry-target',
  async run(ctx, _args, io) {
    const [org] = await ctx.db.select({ id: organisation.id }).from(organisation).where(eq(organisation.legalName, DEMO_QUARRY_NAME));
    const siteId = org ? await siteOfOrganisation(ctx.db, org.id, DEMO_QUARRY_SITE) : null;
    const meters = siteId ? await siteMetersOf(ctx.db, siteId) : [];
    const electricity = meters.find((m) => m.code === 'elec-corte');
    const production = meters.find((m) => m.code === 'prod-serrado');
    if (!siteId || !electricity || !production) {
      io.err('The demo quarry is not loaded. Run `veta demo load` first.');
      return 1;
    }
    const { secret } = await createSiteToken(ctx, siteId, `Simulador ${ctx.clock.now().toISOString().slice(0, 16)}`);
    const measure = await findMeasureByMeter(ctx.db, electricity.id);
    const target: TelemetryTarget = {
      siteId,
      token: secret,
      meters: { electricity: electricity.code, production: production.code },
      lastReadingAt: electricity.lastReadingAt?.getTime() ?? null,
      savingsFrom: measure?.completedAt ?? null,
    };
    io.out(`${TARGET_PREFIX}${JSON.stringify(target)}`);
    return 0;
  },
});
