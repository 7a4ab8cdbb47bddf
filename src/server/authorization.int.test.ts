/**
 * The authorization matrix: every API route is called by every role and by an anonymous client.
 * Whoever the route's declared access excludes gets 401 (not signed in) or 403 (wrong role), and
 * nobody it admits is turned away at the door. Finer rules (own records, office scope) are tested
 * in each module.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../shared/roles.js';
import { makeOffice, makeUser, TEST_PASSWORD } from '../../test/factories.js';
import { createTestEnv, type Agent, type TestEnv } from '../../test/harness.js';
import { allowed } from './platform/http/auth.js';
import { anonymous } from './platform/actor.js';

let env: TestEnv;
const agents = new Map<Role | 'anonymous', Agent>();

beforeAll(async () => {
  env = await createTestEnv();
  const office = await makeOffice(env.ctx(), 'matrix');
  agents.set('anonymous', env.agent());
  for (const role of ROLES) {
    const user = await makeUser(env.ctx(), { role, officeIds: role === 'staff' ? [office.id] : [] });
    agents.set(role, await env.agent().signIn(user.email, TEST_PASSWORD));
  }
});
afterAll(() => env.close());

const SKIP = new Set(['/api/auth/sign-out', '/api/_control/run']);

function concrete(url: string): string {
  return url.replace(/:token/g, 'x'.repeat(32)).replace(/:[a-zA-Z]+/g, '00000000-0000-7000-8000-000000000000');
}

describe('every route refuses whoever its access excludes', () => {
  it('covers the routes', () => {
    expect(env.routes.length).toBeGreaterThan(15);
  });

  for (const who of ['anonymous', ...ROLES] as const) {
    it(`as ${who}`, async () => {
      const agent = agents.get(who)!;
      const failures: string[] = [];
      for (const r of env.routes) {
        if (SKIP.has(r.url)) continue;
        const actor = who === 'anonymous' ? anonymous : ({ kind: 'user', role: who } as Parameters<typeof allowed>[1]);
        const verdict = allowed(r.access, actor);
        const res = await agent.request(r.method as 'GET', concrete(r.url), r.method === 'GET' || r.method === 'DELETE' ? undefined : {});
        const code = res.headers['content-type']?.toString().includes('json') ? res.json<{ code?: string }>().code : undefined; // exports answer with files
        if (verdict === 'unauthenticated' && res.statusCode !== 401) failures.push(`${r.method} ${r.url}: expected 401, got ${res.statusCode}`);
        if (verdict === 'forbidden' && (res.statusCode !== 403 || code !== 'auth.forbidden')) failures.push(`${r.method} ${r.url}: expected 403, got ${res.statusCode}`);
        if (verdict === 'ok' && (res.statusCode === 401 || code === 'csrf.invalid')) failures.push(`${r.method} ${r.url}: admitted role got ${res.statusCode} ${code}`);
      }
      expect(failures).toEqual([]);
    });
  }
});
