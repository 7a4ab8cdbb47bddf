/** Load generation for HTTP benchmarks (servers run in child processes: see test/processes.ts). */
import autocannon from 'autocannon';

export { freePort, root, startChild, waitFor, type Child } from '../../test/processes.js';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export async function load(url: string, opts: { seconds: number; connections: number; headers?: Record<string, string> }): Promise<LoadResult> {
  const r = await autocannon({ url, duration: opts.seconds, connections: opts.connections, headers: opts.headers ?? {} });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}
