/** Runs one suite in this process and writes its rows and peak memory to a JSON file. */
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Suite } from './suite.js';

const [file, out, mode] = process.argv.slice(2);
if (!file || !out) throw new Error('usage: child.ts <suite file> <out json> [quick|full]');

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 50);
sampler.unref();

let result: { ok: boolean; error?: string; rows: unknown[]; peakRssMb: number };
try {
  const mod = (await import(pathToFileURL(file).href)) as { default: Suite };
  const rows = await mod.default.run({
     
    databaseUrl: process.env.VETA_BENCH_DATABASE_URL,
    quick: mode === 'quick',
    log: (m) => console.log(`  ${m}`),
  });
  result = { ok: true, rows, peakRssMb: 0 };
} catch (err) {
  console.error(err);
  result = { ok: false, error: err instanceof Error ? err.message : String(err), rows: [], peakRssMb: 0 };
}
peak = Math.max(peak, process.resourceUsage().maxRSS * 1024);
result.peakRssMb = Math.round(peak / 2 ** 20);
await writeFile(out, JSON.stringify(result));
process.exit(0);
