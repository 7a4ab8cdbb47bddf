/**
 * Runs the assignment engines in a worker thread so that long solves (HiGHS blocks its thread;
 * large flows take hundreds of milliseconds) never stall the event loop of a server.
 */
import { Worker } from 'node:worker_threads';
import type { FairnessRequest, FairnessResult } from './fairness/types.js';
import { AssignmentInputError } from './problem-index.js';
import type { AssignmentProblem, AssignmentResult } from './types.js';

/** A unit of work for the worker. */
export type WorkerTask = { kind: 'assign'; problem: AssignmentProblem } | { kind: 'fairness'; request: FairnessRequest };

type WorkerReply = { ok: true; result: unknown } | { ok: false; error: { name: string; message: string } };

/**
 * Starts the worker. The compiled `.js` worker runs directly. From source (`.ts`, under tsx or
 * Vitest), a small bootstrap registers the tsx loader inside the worker first: on Node 20 the
 * `--import tsx` flag registers its hooks on the main thread only.
 */
function startWorker(task: WorkerTask): Worker {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL('./worker.js', self), { workerData: task });
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const workerUrl = new URL('./worker.ts', self).href;
  const bootstrap =
    `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); ` +
    `return import(${JSON.stringify(workerUrl)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: task });
}

function toError(error: { name: string; message: string }): Error {
  if (error.name === 'AssignmentInputError') return new AssignmentInputError(error.message);
  const out = new Error(error.message);
  out.name = error.name;
  return out;
}

function runInWorker(task: WorkerTask, signal: AbortSignal | undefined): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const worker = startWorker(task);
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = (): void => {
      settle(() => reject(signal?.reason));
      void worker.terminate();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (reply: WorkerReply) => {
      settle(() => (reply.ok ? resolve(reply.result) : reject(toError(reply.error))));
    });
    worker.once('error', (err) => settle(() => reject(err)));
    worker.once('exit', (code) => settle(() => reject(new Error(`assignment worker exited with code ${code}`))));
  });
}

/**
 * {@link solveFairness} in a new worker thread. Aborting `signal` terminates the worker and rejects
 * with the abort reason; input errors reject with `AssignmentInputError`.
 */
export async function solveInWorker(request: FairnessRequest, opts: { signal?: AbortSignal } = {}): Promise<FairnessResult> {
  return (await runInWorker({ kind: 'fairness', request }, opts.signal)) as FairnessResult;
}

/** {@link assign} in a new worker thread (same rules as {@link solveInWorker}). */
export async function assignInWorker(problem: AssignmentProblem, opts: { signal?: AbortSignal } = {}): Promise<AssignmentResult> {
  return (await runInWorker({ kind: 'assign', problem }, opts.signal)) as AssignmentResult;
}
