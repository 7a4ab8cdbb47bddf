/**
 * `veta demo telemetry`: the demo quarry's digital twin. Publishes the 15-minute electricity and
 * sawn-production readings the twin would have sent since the last stored one (in batches), then,
 * with --follow, each new quarter hour as it ends, over MQTT with the site's token.
 */
import mqtt, { type MqttClient } from 'mqtt';
import { DEMO_QUARRY, QUARTER_MS, quarryQuarter, readingsTopic } from '../server/modules/impact/index.js';
import type { TelemetryTarget } from '../server/operations/impact.js';
import type { OperationIo } from '../server/operations/registry.js';

const BATCH = 96; // one local day of quarters per message while catching up

export interface SimulatorOptions {
  url: string;
  topicPrefix: string;
  follow: boolean;
  /** First quarter to publish (epoch ms); default: after the last stored reading, at most a week back. */
  from?: number;
}

function firstQuarter(target: TelemetryTarget, now: number, from?: number): number {
  const start = from ?? (target.lastReadingAt !== null ? target.lastReadingAt + QUARTER_MS : now - 86_400_000);
  return Math.max(Math.ceil(start / QUARTER_MS) * QUARTER_MS, Math.floor((now - 7 * 86_400_000) / QUARTER_MS) * QUARTER_MS);
}

async function publish(client: MqttClient, prefix: string, target: TelemetryTarget, starts: number[]): Promise<void> {
  const quarry = { ...DEMO_QUARRY, savingsFrom: target.savingsFrom };
  const values = starts.map((t) => ({ t, ...quarryQuarter(t, quarry) }));
  const elec = values.map((v) => ({ start: new Date(v.t).toISOString(), value: v.kwh }));
  const prod = values.map((v) => ({ start: new Date(v.t).toISOString(), value: v.tonnes }));
  await client.publishAsync(readingsTopic(prefix, target.siteId, target.meters.electricity), JSON.stringify(elec.length === 1 ? elec[0] : { readings: elec }), { qos: 1 });
  await client.publishAsync(readingsTopic(prefix, target.siteId, target.meters.production), JSON.stringify(prod.length === 1 ? prod[0] : { readings: prod }), { qos: 1 });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

export async function runSimulator(target: TelemetryTarget, opts: SimulatorOptions, io: OperationIo, signal: AbortSignal): Promise<number> {
  const client = await mqtt.connectAsync(opts.url, { username: target.siteId, password: target.token, clientId: `veta-demo-twin-${process.pid}`, reconnectPeriod: 2_000 });
  let next = firstQuarter(target, Date.now(), opts.from);
  let sent = 0;
  try {
    while (next + QUARTER_MS <= Date.now() && !signal.aborted) {
      const starts: number[] = [];
      for (; starts.length < BATCH && next + QUARTER_MS <= Date.now(); next += QUARTER_MS) starts.push(next);
      await publish(client, opts.topicPrefix, target, starts);
      sent += starts.length;
    }
    io.out(`Caught up: ${sent} quarter hours published (electricity and production) up to ${new Date(next).toISOString()}.`);
    while (opts.follow && !signal.aborted) {
      const wait = next + QUARTER_MS - Date.now();
      if (wait > 0) await sleep(Math.min(wait, 60_000), signal);
      if (next + QUARTER_MS > Date.now()) continue;
      await publish(client, opts.topicPrefix, target, [next]);
      io.out(`${new Date(next).toISOString()} published`);
      next += QUARTER_MS;
    }
    return 0;
  } finally {
    await client.endAsync();
  }
}
