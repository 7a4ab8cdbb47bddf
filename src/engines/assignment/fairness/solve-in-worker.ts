/**
 * Runs {@link solveFairness} in a worker thread so that the blocking HiGHS solves never stall the
 * event loop of a server. Under tsx or Vitest this module is a `.ts` file and the worker is started
 * with the tsx loader; once compiled, the `.js` worker runs directly.
 */
import { Worker } from 'node:worker_threads';
import { AssignmentInputError } from '../problem-index.js';
import type { FairnessRequest, FairnessResult } from './types.js';

type WorkerReply = { ok: true; result: FairnessResult } | { ok: false; error: { name: string; message: string } };

function startWorker(request: FairnessRequest): Worker {
  const self = import.meta.url;
  const isSource = self.endsWith('.ts');
  const url = new URL(isSource ? './worker.ts' : './worker.js', self);
  return new Worker(url, { workerData: request, execArgv: isSource ? ['--import', 'tsx'] : [] });
}

function toError(error: { name: string; message: string }): Error {
  if (error.name === 'AssignmentInputError') return new AssignmentInputError(error.message);
  const out = new Error(error.message);
  out.name = error.name;
  return out;
}

/**
 * Solves a fairness request in a new worker thread. Aborting `signal` terminates the worker and
 * rejects with the abort reason.
 */
export function solveInWorker(request: FairnessRequest, opts: { signal?: AbortSignal } = {}): Promise<FairnessResult> {
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) {
      reject(opts.signal.reason);
      return;
    }
    const worker = startWorker(request);
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      opts.signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = (): void => {
      settle(() => reject(opts.signal?.reason));
      void worker.terminate();
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (reply: WorkerReply) => {
      settle(() => (reply.ok ? resolve(reply.result) : reject(toError(reply.error))));
    });
    worker.once('error', (err) => settle(() => reject(err)));
    worker.once('exit', (code) => settle(() => reject(new Error(`assignment worker exited with code ${code}`))));
  });
}
