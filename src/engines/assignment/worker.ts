/** Worker-thread entry of `run-in-worker.ts`: runs one task and posts the result back. */
import { parentPort, workerData } from 'node:worker_threads';
import { assign } from './assign.js';
import { loadHighs } from './fairness/mip.js';
import { solveFairness } from './fairness/solve.js';
import type { WorkerTask } from './run-in-worker.js';

async function runTask(task: WorkerTask): Promise<unknown> {
  if (task.kind === 'assign') return assign(task.problem);
  return solveFairness(await loadHighs(), task.request);
}

try {
  const result = await runTask(workerData as WorkerTask);
  parentPort?.postMessage({ ok: true, result });
} catch (err) {
  const error = err instanceof Error ? { name: err.name, message: err.message } : { name: 'Error', message: String(err) };
  parentPort?.postMessage({ ok: false, error });
}
