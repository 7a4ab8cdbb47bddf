/**
 * Criticality engine: importing the shipped EU 2023 tables, recomputing SR and EI for every material
 * (target < 100 ms) and what-if scenarios (target < 20 ms). The shipped tables lack WGI, IR, EoL-RIR
 * and SI, so most figures stop early; the "all inputs" runs fill those inputs with synthetic values
 * (marked `scenario`) so that every formula is evaluated in full.
 *
 * What the product does: the overview and the what-if use the numbers-only path (`values.ts`); the
 * formulas of one material are built when someone expands a value. Both are measured, and the
 * figures of every material at once too. "Cold" runs start from a copy whose share rows are new
 * arrays, so no per-stage partial sum is cached; "new base" runs from a shallow copy (partial sums
 * cached, no memoised result).
 */
import {
  assessAll,
  assessMaterial,
  datasetValues,
  parseEu2023Dataset,
  runScenario,
  runScenarioValues,
  type CriticalityDataset,
  type ScenarioChange,
  type StageShares,
} from '../../src/engines/criticality/index.js';
import { completeWithSyntheticInputs, readReferenceFiles } from '../../src/engines/criticality/test-support.js';
import { defineSuite, time, type BenchRow, type TimingStats } from '../lib/suite.js';

function row(name: string, stats: TimingStats, targetMs: number | null, extra: Record<string, number | string> = {}): BenchRow {
  const metrics = { p50Ms: stats.p50Ms, p95Ms: stats.p95Ms, maxMs: stats.maxMs, runs: stats.runs, ...extra };
  return targetMs === null ? { name, metrics } : { name, metrics, target: `p95 < ${targetMs} ms`, pass: stats.p95Ms < targetMs };
}

const SPAIN_TUNGSTEN: ScenarioChange = { kind: 'share', materialId: 'tungsten', stage: 'extraction', list: 'globalSupply', country: 'ES', share: 0.1 };
const CHINA_GALLIUM: ScenarioChange = { kind: 'trade', materialId: 'gallium', stage: 'processing', country: 'CN', t: 1.5 };
const CHINA_GOVERNANCE: ScenarioChange = { kind: 'governance', country: 'CN', wgiScaled: 9 };

/**
 * A copy of the dataset whose share rows and end-use lists are new arrays (same values): nothing
 * cached for them, so the partial sums and the supplier index are computed again.
 */
function uncached(dataset: CriticalityDataset): CriticalityDataset {
  const stages = (s: StageShares): StageShares => Object.fromEntries(Object.entries(s).map(([k, rows]) => [k, rows?.slice()]));
  const materials = Object.fromEntries(
    Object.entries(dataset.materials).map(([id, m]) => [id, { ...m, supply: { globalSupply: stages(m.supply.globalSupply), euSourcing: stages(m.supply.euSourcing) }, endUses: m.endUses.slice() }]),
  );
  return { ...dataset, materials };
}

/** `n` uncached copies, handed out one per call. */
function coldCopies(dataset: CriticalityDataset, n: number): () => CriticalityDataset {
  const copies = Array.from({ length: n }, () => uncached(dataset));
  let i = 0;
  return () => copies[i++ % copies.length] ?? dataset;
}

export default defineSuite({
  name: 'criticality',
  async run(ctx) {
    const runs = ctx.quick ? 10 : 100;
    const opts = { runs, warmup: 20 };
    const coldOpts = { runs: ctx.quick ? 10 : 100, warmup: 5 };
    const files = readReferenceFiles();
    const importStats = await time(() => parseEu2023Dataset(files), { runs: ctx.quick ? 3 : 20, warmup: 2 });
    const shipped = parseEu2023Dataset(files).dataset;
    if (shipped === null) throw new Error('shipped tables do not import');
    const complete = completeWithSyntheticInputs(shipped);
    const materials = Object.keys(shipped.materials).length;
    const computed = datasetValues(complete).filter((v) => v.sr !== null && v.ei !== null).length;
    const touched = runScenarioValues(complete, [CHINA_GOVERNANCE]).comparisons.length;
    ctx.log(`${materials} materials; ${computed} fully computable with synthetic inputs; a China governance change touches ${touched}`);

    const rows: BenchRow[] = [row('import the 4 EU 2023 tables (parse + validate)', importStats, null)];
    let cold = coldCopies(complete, coldOpts.runs + coldOpts.warmup);
    rows.push(row('SR + EI numbers, all materials, all inputs, cold (no cached partial sums)', await time(() => datasetValues(cold()), coldOpts), 100, { materials, computed }));
    rows.push(row('SR + EI numbers, all materials, all inputs, new base', await time(() => datasetValues({ ...complete }), opts), 100, { materials }));
    rows.push(row('SR + EI numbers, all materials, shipped tables, new base', await time(() => datasetValues({ ...shipped }), opts), 100, { materials }));
    rows.push(row('SR + EI figures with formulas, all materials, all inputs', await time(() => assessAll(complete), opts), 100, { materials }));
    rows.push(row('SR + EI figures with formulas, one material (cobalt)', await time(() => assessMaterial(complete, 'cobalt'), opts), null));
    const whatIfs = [
      ['Spanish tungsten extraction to 10 %', SPAIN_TUNGSTEN],
      ["China's export restriction on gallium (t 1.5)", CHINA_GALLIUM],
      [`China governance score to 9 (${touched} materials)`, CHINA_GOVERNANCE],
    ] as const;
    for (const [name, change] of whatIfs) {
      rows.push(row(`what-if: ${name}`, await time(() => runScenarioValues(complete, [change]), opts), 20));
      cold = coldCopies(complete, coldOpts.runs + coldOpts.warmup);
      rows.push(row(`  same, first what-if on a cold base (before + after computed)`, await time(() => runScenarioValues(cold(), [change]), coldOpts), 20));
    }
    const explain = await time(() => {
      const r = runScenarioValues(complete, [CHINA_GOVERNANCE]);
      if (r.changed !== null) assessMaterial(r.changed, 'gallium');
    }, opts);
    rows.push(row('what-if: China governance + formulas of one material', explain, 20));
    const allFigures = await time(() => runScenario(complete, [CHINA_GOVERNANCE]), opts);
    rows.push(row(`  reference: same with formulas of all ${touched} materials (not what the product sends)`, allFigures, null));
    return rows;
  },
});
