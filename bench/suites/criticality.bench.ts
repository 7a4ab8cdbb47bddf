/**
 * Criticality engine: importing the shipped EU 2023 tables, recomputing SR and EI for every material
 * (target < 100 ms) and what-if scenarios (target < 20 ms). The shipped tables lack WGI, IR, EoL-RIR
 * and SI, so most figures stop early; a second run fills those inputs with synthetic values (marked
 * `scenario`) so that every formula is evaluated in full.
 */
import {
  applyScenario,
  assessAll,
  parseEu2023Dataset,
  runScenario,
  type CriticalityDataset,
  type ScenarioChange,
} from '../../src/engines/criticality/index.js';
import { readReferenceFiles } from '../../src/engines/criticality/test-support.js';
import { defineSuite, time, type BenchRow, type TimingStats } from '../lib/suite.js';

/** Deterministic synthetic inputs for every country and material (not real data). */
function completeInputs(dataset: CriticalityDataset): CriticalityDataset {
  const changes: ScenarioChange[] = [];
  Object.keys(dataset.governance).forEach((country, i) => changes.push({ kind: 'governance', country, wgiScaled: (i * 37) % 10 }));
  Object.keys(dataset.materials).forEach((materialId, i) => {
    changes.push({ kind: 'parameter', materialId, parameter: 'importReliance', value: ((i * 13) % 100) / 100 });
    changes.push({ kind: 'parameter', materialId, parameter: 'eolRir', value: ((i * 7) % 50) / 100 });
    changes.push({ kind: 'parameter', materialId, parameter: 'siSr', value: 0.8 + ((i * 3) % 20) / 100 });
    changes.push({ kind: 'parameter', materialId, parameter: 'siEi', value: 0.8 + ((i * 5) % 20) / 100 });
  });
  const result = applyScenario(dataset, changes);
  if (result.dataset === null) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.dataset;
}

function row(name: string, stats: TimingStats, targetMs: number | null, extra: Record<string, number | string> = {}): BenchRow {
  const metrics = { p50Ms: stats.p50Ms, p95Ms: stats.p95Ms, maxMs: stats.maxMs, runs: stats.runs, ...extra };
  return targetMs === null ? { name, metrics } : { name, metrics, target: `p95 < ${targetMs} ms`, pass: stats.p95Ms < targetMs };
}

const SPAIN_TUNGSTEN: ScenarioChange = { kind: 'share', materialId: 'tungsten', stage: 'extraction', list: 'globalSupply', country: 'ES', share: 0.1 };
const CHINA_GALLIUM: ScenarioChange = { kind: 'trade', materialId: 'gallium', stage: 'processing', country: 'CN', t: 1.5 };
const CHINA_GOVERNANCE: ScenarioChange = { kind: 'governance', country: 'CN', wgiScaled: 9 };

export default defineSuite({
  name: 'criticality',
  async run(ctx) {
    const runs = ctx.quick ? 10 : 100;
    const files = readReferenceFiles();
    const importStats = await time(() => parseEu2023Dataset(files), { runs: ctx.quick ? 3 : 20, warmup: 2 });
    const shipped = parseEu2023Dataset(files).dataset;
    if (shipped === null) throw new Error('shipped tables do not import');
    const complete = completeInputs(shipped);
    const materials = Object.keys(shipped.materials).length;
    const computed = assessAll(complete).filter((a) => a.computed !== null).length;
    ctx.log(`${materials} materials; ${computed} fully computable with synthetic inputs`);

    const rows: BenchRow[] = [row('import the 4 EU 2023 tables (parse + validate)', importStats, null)];
    rows.push(row('SR + EI for all materials, shipped tables', await time(() => assessAll(shipped), { runs, warmup: 20 }), 100, { materials }));
    rows.push(row('SR + EI for all materials, all inputs present', await time(() => assessAll(complete), { runs, warmup: 20 }), 100, { materials, computed }));
    for (const [name, change] of [
      ['what-if: Spanish tungsten extraction to 10 %', SPAIN_TUNGSTEN],
      ["what-if: China's export restriction on gallium (t 1.5)", CHINA_GALLIUM],
    ] as const) {
      rows.push(row(name, await time(() => runScenario(complete, [change]), { runs, warmup: 20 }), 20));
    }
    const touched = runScenario(complete, [CHINA_GOVERNANCE]).comparisons.length;
    const gov = await time(() => runScenario(complete, [CHINA_GOVERNANCE]), { runs, warmup: 20 });
    rows.push(row('what-if: China governance score to 9 (every material China supplies)', gov, 20, { materialsCompared: touched }));
    // A shallow copy is a new base: its "before" figures are not cached yet.
    const cold = await time(() => runScenario({ ...complete }, [CHINA_GOVERNANCE]), { runs, warmup: 20 });
    rows.push(row('  same, first what-if on a new base (before + after computed)', cold, 20, { materialsCompared: touched }));
    return rows;
  },
});
