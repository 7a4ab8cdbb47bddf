/** Worker-thread entry of `solveInWorker`: solves one fairness request and posts the result. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadHighs } from './mip.js';
import { solveFairness } from './solve.js';
import type { FairnessRequest } from './types.js';

try {
  const highs = await loadHighs();
  const result = solveFairness(highs, workerData as FairnessRequest);
  parentPort?.postMessage({ ok: true, result });
} catch (err) {
  const error = err instanceof Error ? { name: err.name, message: err.message } : { name: 'Error', message: String(err) };
  parentPort?.postMessage({ ok: false, error });
}
