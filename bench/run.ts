/**
 * `npm run bench [-- --quick] [-- suite-name ...]`: runs every suite in `bench/suites/` in its own
 * process, records its rows and the process's peak memory, and writes
 * `bench/results/<stamp>.json`, `bench/results/<stamp>.md` and `bench/results/latest.md`.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './lib/suite.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.filter((a) => !a.startsWith('--'));

interface SuiteOutcome {
  suite: string;
  ok: boolean;
  error?: string;
  seconds: number;
  peakRssMb: number;
  rows: BenchRow[];
}

async function runSuite(file: string): Promise<SuiteOutcome> {
  const suite = path.basename(file, '.bench.ts');
  const out = path.join(os.tmpdir(), `veta-bench-${process.pid}-${suite}.json`);
  const t0 = Date.now();
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(here, 'lib', 'child.ts'), file, out, quick ? 'quick' : 'full'],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.on('exit', (c) => resolve(c ?? 1));
  });
  const seconds = (Date.now() - t0) / 1000;
  try {
    const parsed = JSON.parse(await readFile(out, 'utf8')) as Omit<SuiteOutcome, 'suite' | 'seconds'>;
    await rm(out, { force: true });
    return { suite, seconds, ...parsed, ok: parsed.ok && code === 0 };
  } catch {
    return { suite, ok: false, error: `exit code ${code}`, seconds, peakRssMb: 0, rows: [] };
  }
}

function markdown(stamp: string, outcomes: SuiteOutcome[]): string {
  const lines = [
    `# Benchmarks ${stamp}`,
    '',
    `Machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}${quick ? ' (quick run)' : ''}`,
    '',
  ];
  for (const o of outcomes) {
    lines.push(`## ${o.suite}`, '', `${o.ok ? 'ok' : `FAILED: ${o.error ?? ''}`}; ${o.seconds.toFixed(1)} s; peak RSS ${o.peakRssMb} MB`, '');
    if (o.rows.length === 0) continue;
    lines.push('| measurement | figures | target | met |', '|---|---|---|---|');
    for (const r of o.rows) {
      const figures = Object.entries(r.metrics).map(([k, v]) => `${k}=${v}`).join(', ');
      const met = r.pass === undefined ? '' : r.pass ? 'yes' : 'NO';
      lines.push(`| ${r.name} | ${figures} | ${r.target ?? ''} | ${met} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const dir = path.join(here, 'suites');
  const files = (await readdir(dir))
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort();
  const outcomes: SuiteOutcome[] = [];
  for (const f of files) {
    console.log(`\n== ${f}`);
    outcomes.push(await runSuite(path.join(dir, f)));
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const resultsDir = path.join(here, 'results');
  await mkdir(resultsDir, { recursive: true });
  const md = markdown(stamp, outcomes);
  await writeFile(path.join(resultsDir, `${stamp}.json`), JSON.stringify({ stamp, quick, outcomes }, null, 2));
  await writeFile(path.join(resultsDir, `${stamp}.md`), md);
  await writeFile(path.join(resultsDir, 'latest.md'), md);
  console.log(`\n${md}`);
  if (outcomes.some((o) => !o.ok)) process.exitCode = 1;
}

await main();
