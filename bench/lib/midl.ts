/**
 * Loader for the MIDL reviewer-assignment instance (Kobren, Saha and McCallum, KDD 2019), stored
 * as CSV in `shared/data/bench/reviewer-assignment/` (see that folder's README, section 2):
 * `scores.csv` has one row per reviewer (177) and one column per paper (118).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AssignmentProblem } from '../../src/engines/assignment/types.js';

/** Default location of the data, relative to this file (the repo sits next to `shared/`). */
export const MIDL_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/data/bench/reviewer-assignment',
);

/** Raw MIDL arrays. */
export interface MidlData {
  /** scores[reviewer][paper]. */
  scores: number[][];
  /** Reviewers per paper. */
  covs: number[];
  /** Maximum papers per reviewer. */
  loads: number[];
  /** Minimum papers per reviewer. */
  loadsLb: number[];
}

function readColumn(file: string): number[] {
  return readFileSync(file, 'utf8').trim().split('\n').map(Number);
}

/** Reads the four CSV files. */
export function readMidl(dir: string = MIDL_DIR): MidlData {
  const scores = readFileSync(path.join(dir, 'scores.csv'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(',').map(Number));
  return {
    scores,
    covs: readColumn(path.join(dir, 'covs.csv')),
    loads: readColumn(path.join(dir, 'loads.csv')),
    loadsLb: readColumn(path.join(dir, 'loads-lb.csv')),
  };
}

/**
 * MIDL as an assignment problem: papers are applications `p0..p117`, reviewers are evaluators
 * `r0..r176`, dense affinities. With `lowerBounds` the minimum loads of `loads-lb.csv` apply
 * (every reviewer then gets exactly 2 papers); otherwise the minimum is 0.
 */
export function midlProblem(opts: { lowerBounds?: boolean; dir?: string } = {}): AssignmentProblem {
  const data = readMidl(opts.dir);
  const nPapers = data.covs.length;
  const values = Array.from({ length: nPapers }, (_, p) => data.scores.map((row) => row[p] ?? 0));
  return {
    applications: data.covs.map((k, p) => ({ id: `p${p}`, k })),
    evaluators: data.loads.map((max, r) => ({
      id: `r${r}`,
      minLoad: opts.lowerBounds ? (data.loadsLb[r] ?? 0) : 0,
      maxLoad: max,
    })),
    affinity: { kind: 'dense', values },
  };
}
