/**
 * Identifier parsing and province lookup throughput (imports of member lists run these per row).
 * No target is given in DOMAIN.md; 10,000 rows in < 50 ms is used (the house event-loop budget).
 */
import { findProvince, parseTaxId, PROVINCES, provinceByPostcode, VAT_FORMATS } from '../../src/shared/identifiers/index.js';
import { defineSuite, time, type BenchRow } from '../lib/suite.js';

const INPUTS = ['B12345674', 'J99216582', '12345678Z', 'X2482300W', 'J99216583', ...Object.values(VAT_FORMATS).map((f) => f.example), 'b-1234.567-4'];
const NAMES = PROVINCES.flatMap((p) => [p.name.es, p.name.en, ...p.aliases]);

export default defineSuite({
  name: 'identifiers',
  async run(ctx) {
    const n = 10_000;
    const runs = ctx.quick ? 5 : 50;
    const ids = Array.from({ length: n }, (_, i) => INPUTS[i % INPUTS.length] ?? '');
    const names = Array.from({ length: n }, (_, i) => NAMES[i % NAMES.length] ?? '');
    const postcodes = Array.from({ length: n }, (_, i) => String(1000 + ((i * 37) % 52_000)).padStart(5, '0'));
    const rows: BenchRow[] = [];
    for (const [name, fn] of [
      [`parseTaxId x ${n} (Spanish ids and 28 VAT formats)`, () => ids.forEach((s) => parseTaxId(s))],
      [`findProvince x ${n} (names, aliases, co-official forms)`, () => names.forEach((s) => findProvince(s))],
      [`provinceByPostcode x ${n}`, () => postcodes.forEach((s) => provinceByPostcode(s))],
    ] as const) {
      const t = await time(fn, { runs, warmup: 3 });
      rows.push({ name, metrics: { p50Ms: t.p50Ms, p95Ms: t.p95Ms }, target: 'p95 < 50 ms', pass: t.p95Ms < 50 });
    }
    return rows;
  },
});
