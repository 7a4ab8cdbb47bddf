/**
 * Telemetry in a running server: the embedded broker when MQTT_URL is unset, and Veta's
 * subscriber either way. `startTelemetry` returns a handle (tests and benchmarks start their own);
 * the module's start hook keeps the server's one for the status endpoint.
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import type { Config } from '../../../platform/config.js';
import type { Db } from '../../../platform/db/types.js';
import type { Logger } from '../../../platform/logging.js';
import { startEmbeddedBroker, type EmbeddedBroker } from './broker.js';
import { TelemetryIngestor } from './ingestor.js';
import { subscriptionTopic } from './payload.js';

export interface Telemetry {
  mode: 'embedded' | 'external';
  /** Broker URL without credentials. */
  url: string;
  topic: string;
  broker: EmbeddedBroker | null;
  ingestor: TelemetryIngestor;
  stop(): Promise<void>;
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return '(invalid url)';
  }
}

/** A client id stable for one Veta installation, so an external broker keeps its session. */
function clientIdFor(config: Config): string {
  const who = `${os.hostname()}|${config.DATABASE_URL ?? config.dataDir}|${config.PORT}`;
  return `veta-ingest-${createHash('sha256').update(who).digest('hex').slice(0, 12)}`;
}

type TelemetryConfig = Pick<Config, 'MQTT_URL' | 'MQTT_EMBEDDED_PORT' | 'MQTT_TOPIC_PREFIX' | 'DATABASE_URL' | 'dataDir' | 'PORT'>;

export async function startTelemetry(db: Db, logger: Logger, config: TelemetryConfig, opts: { clientId?: string; persistentSession?: boolean; writer?: { maxRows: number; maxDelayMs: number } } = {}): Promise<Telemetry> {
  const prefix = config.MQTT_TOPIC_PREFIX;
  let broker: EmbeddedBroker | null = null;
  let url = config.MQTT_URL;
  if (!url) {
    broker = await startEmbeddedBroker({ db, logger, port: config.MQTT_EMBEDDED_PORT, topicPrefix: prefix });
    url = `mqtt://127.0.0.1:${broker.port}`;
  }
  const ingestor = new TelemetryIngestor(db, logger, {
    url,
    topicPrefix: prefix,
    clientId: opts.clientId ?? clientIdFor(config as Config),
    // An external broker keeps Veta's session (queued QoS 1 messages) across restarts.
    persistentSession: opts.persistentSession ?? broker === null,
    ...(broker ? broker.internal : {}),
    ...(opts.writer ? { writer: opts.writer } : {}),
  });
  try {
    await ingestor.start();
  } catch (err) {
    await broker?.close();
    throw err;
  }
  logger.info({ url: redactUrl(url), topic: subscriptionTopic(prefix) }, 'telemetry subscriber connected');
  return {
    mode: broker ? 'embedded' : 'external',
    url: redactUrl(url),
    topic: subscriptionTopic(prefix),
    broker,
    ingestor,
    async stop() {
      await ingestor.stop();
      await broker?.close();
    },
  };
}

let current: Telemetry | null = null;
let currentError: string | null = null;

/** The server's telemetry (set by the module's start hook). */
export function setCurrentTelemetry(t: Telemetry | null, error: string | null = null): void {
  current = t;
  currentError = error;
}

export function currentTelemetry(): Telemetry | null {
  return current;
}

/** What the status endpoint shows; `off` outside a server process or when the broker failed. */
export function telemetryStatus(prefix: string) {
  const t = current;
  if (!t) {
    return { mode: 'off' as const, url: null, topic: subscriptionTopic(prefix), connected: false, startedAt: null, messages: 0, readingsStored: 0, duplicates: 0, rejected: {}, lastMessageAt: null, lastError: currentError };
  }
  const s = t.ingestor.stats;
  const w = t.ingestor.writer.stats;
  return {
    mode: t.mode,
    url: t.url,
    topic: t.topic,
    connected: t.ingestor.connected,
    startedAt: t.ingestor.startedAt?.toISOString() ?? null,
    messages: s.messages,
    readingsStored: w.stored,
    duplicates: w.duplicates,
    rejected: { ...s.rejected },
    lastMessageAt: s.lastMessageAt?.toISOString() ?? null,
    lastError: w.lastError ?? t.ingestor.lastError,
  };
}
