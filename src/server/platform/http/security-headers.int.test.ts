/** Every answer carries the security headers and its request id, errors included. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('response headers', () => {
  it.each([
    ['a public JSON answer', '/api/health', 200],
    ['a refusal', '/api/users', 401],
    ['an unknown route', '/api/nothing-here', 404],
  ])('%s', async (_what, url, status) => {
    const res = await env.agent().get(url);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN', 'referrer-policy': 'no-referrer', 'cross-origin-opener-policy': 'same-origin' });
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(String(res.headers['x-request-id'])).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps a well-formed request id sent by a proxy', async () => {
    const res = await env.agent().request('GET', '/api/health', undefined, { 'x-request-id': 'proxy-req-12345' });
    expect(res.headers['x-request-id']).toBe('proxy-req-12345');
  });
});
