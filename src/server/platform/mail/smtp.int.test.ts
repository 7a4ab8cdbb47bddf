import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { makeUser, TEST_PASSWORD } from '../../../../test/factories.js';

let env: TestEnv;
let server: SMTPServer;
const received: { to: string[]; data: string }[] = [];

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (c: Buffer) => (data += c.toString()));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  env = await createTestEnv({ SMTP_URL: `smtp://127.0.0.1:${port}` });
});
afterAll(async () => {
  await env.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('mail with SMTP_URL', () => {
  it('sends an invitation through the SMTP server by a job', async () => {
    const admin = await makeUser(env.ctx(), { role: 'admin' });
    const agent = await env.agent().signIn(admin.email, TEST_PASSWORD);
    await agent.post('/api/users/invitations', { email: 'smtp-guest@example.org', name: 'Smtp Guest', role: 'member', locale: 'en' });
    expect(received).toHaveLength(0);
    await env.jobs.drain();
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['smtp-guest@example.org']);
    expect(received[0]!.data).toContain('Subject: You are invited to Veta');
    const outbox = (await agent.get('/api/admin/outbox?to=smtp-guest')).json();
    expect(outbox.items[0].status).toBe('sent');
  });
});
