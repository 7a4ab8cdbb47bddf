/**
 * Integration-test harness: the real app on a fresh migrated database, a manual clock, the job
 * runner, and HTTP agents that keep a session cookie and CSRF token like a browser.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { systemActor, type Actor } from '../src/server/platform/actor.js';
import { ManualClock } from '../src/server/platform/clock.js';
import { loadConfig } from '../src/server/platform/config.js';
import { makeCtx, type Ctx, type Platform } from '../src/server/platform/context.js';
import { localFileStore } from '../src/server/platform/files/store.js';
import type { App } from '../src/server/platform/http/types.js';
import type { RouteAccess } from '../src/server/platform/http/auth.js';
import { JobRunner } from '../src/server/platform/jobs/runner.js';
import { silentLogger } from '../src/server/platform/logging.js';
import { openTestDatabase } from './database.js';
import { startModules, stopModules } from '../src/server/modules/index.js';

export interface TestEnv {
  app: App;
  /** Every API route and its declared access. */
  routes: RouteAccess[];
  platform: Platform;
  clock: ManualClock;
  jobs: JobRunner;
  ctx(actor?: Actor): Ctx;
  agent(): Agent;
  close(): Promise<void>;
}

export async function createTestEnv(env: Record<string, string> = {}): Promise<TestEnv> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'veta-it-'));
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', VETA_DATA_DIR: dataDir, PUBLIC_URL: 'http://veta.test', ...env });
  const clock = new ManualClock(new Date());
  const database = await openTestDatabase();
  const platform: Platform = { config, logger: silentLogger(), clock, database, files: localFileStore(dataDir) };
  await startModules(platform, 'test');
  const routes: RouteAccess[] = [];
  const app = await buildApp(platform, { serveWeb: false, routes });
  await app.ready();
  const jobs = new JobRunner(platform);
  return {
    app,
    routes,
    platform,
    clock,
    jobs,
    ctx: (actor = systemActor('test')) => makeCtx(platform, actor),
    agent: () => new Agent(app),
    async close() {
      await app.close();
      await stopModules(platform);
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A browser-like client: keeps the session cookie and sends the CSRF token on changes. */
export class Agent {
  cookie: string | undefined;
  csrf: string | undefined;
  bearer: string | undefined;
  locale = 'en';
  ip = '10.0.0.1';

  constructor(private readonly app: App) {}

  async request(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method,
      url,
      remoteAddress: this.ip,
      headers: {
        'accept-language': this.locale,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    const set = res.cookies.find((c) => c.name === 'veta_session');
    if (set) this.cookie = set.value ? `veta_session=${set.value}` : undefined;
    const json = res.headers['content-type']?.toString().includes('json') ? (res.json() as { csrfToken?: unknown }) : undefined;
    if (json && typeof json === 'object' && 'csrfToken' in json) this.csrf = (json.csrfToken as string | null) ?? undefined;
    return res;
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body: unknown = {}) {
    return this.request('POST', url, body);
  }
  patch(url: string, body: unknown) {
    return this.request('PATCH', url, body);
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }

  async signIn(email: string, password: string): Promise<this> {
    const res = await this.post('/api/auth/sign-in', { email, password });
    if (res.statusCode !== 200) throw new Error(`sign-in failed for ${email}: ${res.statusCode} ${res.body}`);
    return this;
  }
}
