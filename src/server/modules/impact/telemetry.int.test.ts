/**
 * MQTT telemetry end to end: the embedded broker (always) and, when VETA_TEST_MQTT_URL names one
 * (CI: Mosquitto on 127.0.0.1:1883), an external broker. A site's twin publishes readings; Veta's
 * subscriber stores each once, rejects what it cannot place, and the embedded broker keeps sites
 * to their own topics.
 */
import mqtt from 'mqtt';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOffice, insertOrganisationRow, makeSite, makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { testMqttUrl } from '../../platform/config.js';
import { readingsTopic, startTelemetry, type Telemetry } from './index.js';

let env: TestEnv;
let staff: Agent;
let siteId: string;
let otherSiteId: string;
let token: string;
let meterId: string;

beforeAll(async () => {
  env = await createTestEnv();
  const ctx = env.ctx();
  const office = await makeOffice(ctx, 'leon-t');
  const org = await insertOrganisationRow(ctx, { officeId: office.id });
  siteId = (await makeSite(ctx, org.id)).id;
  otherSiteId = (await makeSite(ctx, org.id)).id;
  const s = await makeUser(ctx, { role: 'staff', officeIds: [office.id] });
  staff = await env.agent().signIn(s.email, TEST_PASSWORD);
  meterId = (await staff.post('/api/impact/meters', { siteId, code: 'cut-line', name: 'Línea de corte', carrier: 'electricity', unit: 'kWh', interval: '15min' })).json<{ id: string }>().id;
  await staff.post('/api/impact/meters', { siteId: otherSiteId, code: 'cut-line', name: 'Otra línea', carrier: 'electricity', unit: 'kWh', interval: '15min' });
  token = (await staff.post(`/api/impact/sites/${siteId}/tokens`, { name: 'Gemelo' })).json<{ secret: string }>().secret;
});
afterAll(() => env.close());

async function count(): Promise<number> {
  return (await staff.get(`/api/impact/meters/${meterId}`)).json<{ readingCount: number }>().readingCount;
}

async function until(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

function quarter(day: number, i: number): string {
  return new Date(Date.UTC(2025, 0, day) + i * 900_000).toISOString();
}

/** Publishes as a site twin and checks what Veta stored and rejected. */
async function exercise(t: Telemetry, url: string, auth: { username: string; password: string } | null, prefix: string, day: number): Promise<void> {
  const before = await count();
  const twin = await mqtt.connectAsync(url, { clientId: `twin-${randomBytes(4).toString('hex')}`, ...(auth ?? {}) });
  const topic = readingsTopic(prefix, siteId, 'cut-line');
  await twin.publishAsync(topic, JSON.stringify({ start: quarter(day, 0), value: 12.5 }), { qos: 1 });
  await twin.publishAsync(topic, JSON.stringify({ readings: [{ start: quarter(day, 2), value: 13 }, { start: quarter(day, 1), value: 12.75 }] }), { qos: 1 });
  await twin.publishAsync(topic, JSON.stringify([{ start: Date.parse(quarter(day, 0)), value: 12.5 }]), { qos: 1 }); // a repeat
  await twin.publishAsync(topic, 'not json', { qos: 1 });
  await twin.publishAsync(readingsTopic(prefix, siteId, 'no-such-meter'), JSON.stringify({ start: quarter(day, 0), value: 1 }), { qos: 1 });
  await twin.publishAsync(topic, JSON.stringify({ start: new Date(Date.UTC(2025, 0, day, 0, 7)).toISOString(), value: 1 }), { qos: 1 });
  await until(async () => t.ingestor.stats.messages >= 6 && t.ingestor.writer.pending === 0 && (await count()) >= before + 3);
  await t.ingestor.writer.flush();
  expect(await count()).toBe(before + 3);
  expect(t.ingestor.writer.stats.duplicates).toBeGreaterThanOrEqual(1);
  expect(t.ingestor.stats.rejected).toMatchObject({ json: 1, unknown_meter: 1, reading: 1 });
  await twin.endAsync();
}

describe('MQTT telemetry, embedded broker', () => {
  let t: Telemetry;
  beforeAll(async () => {
    t = await startTelemetry(env.platform.database.db, env.platform.logger, { ...env.platform.config, MQTT_URL: undefined, MQTT_EMBEDDED_PORT: 0, MQTT_TOPIC_PREFIX: 'veta' });
  });
  afterAll(() => t.stop());

  it('stores a twin\'s readings once each and counts what it rejects', async () => {
    expect(t.mode).toBe('embedded');
    await exercise(t, `mqtt://127.0.0.1:${t.broker?.port}`, { username: siteId, password: token }, 'veta', 1);
  });

  it('refuses a wrong token, and a site publishing under another site\'s topic', async () => {
    const url = `mqtt://127.0.0.1:${t.broker?.port}`;
    await expect(mqtt.connectAsync(url, { username: siteId, password: 'vst_wrong', reconnectPeriod: 0 })).rejects.toThrow();
    await expect(mqtt.connectAsync(url, { username: otherSiteId, password: token, reconnectPeriod: 0 })).rejects.toThrow();
    const twin = await mqtt.connectAsync(url, { username: siteId, password: token, reconnectPeriod: 0 });
    const before = t.ingestor.stats.messages;
    const closed = new Promise<void>((resolve) => twin.once('close', () => resolve()));
    twin.publish(readingsTopic('veta', otherSiteId, 'cut-line'), JSON.stringify({ start: quarter(3, 0), value: 5 }), { qos: 1 });
    await closed;
    await twin.endAsync(true);
    expect(t.ingestor.stats.messages).toBe(before);
    const spy = await mqtt.connectAsync(url, { username: siteId, password: token, reconnectPeriod: 0 });
    await expect(spy.subscribeAsync('veta/#', { qos: 1 })).rejects.toThrow(/Subscribe error/); // SUBACK 0x80
    await spy.endAsync(true);
  });
});

const external = testMqttUrl();

// Registered only when a broker is named, so a run without one reports no skipped test.
if (external) describe('MQTT telemetry, external broker (VETA_TEST_MQTT_URL)', () => {
  let t: Telemetry;
  const prefix = `veta-test-${randomBytes(4).toString('hex')}`;
  beforeAll(async () => {
    t = await startTelemetry(env.platform.database.db, env.platform.logger, { ...env.platform.config, MQTT_URL: external, MQTT_TOPIC_PREFIX: prefix }, { clientId: `veta-it-${randomBytes(4).toString('hex')}`, persistentSession: false });
  });
  afterAll(() => t.stop());

  it('stores a twin\'s readings once each and counts what it rejects', async () => {
    expect(t.mode).toBe('external');
    await exercise(t, external as string, null, prefix, 5);
  });
});
