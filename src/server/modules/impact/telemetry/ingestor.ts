/**
 * Veta's telemetry subscriber: an MQTT client subscribed (QoS 1) to every site's readings topic.
 * Each message is parsed, its readings checked against the meter (same rules as every other path)
 * and queued for the batching writer. Unknown sites and meters, bad JSON and invalid readings are
 * counted by reason and dropped (MQTT has no way to answer the publisher).
 */
import mqtt, { type MqttClient } from 'mqtt';
import type { Db } from '../../../platform/db/types.js';
import type { Logger } from '../../../platform/logging.js';
import { metersByCode } from '../service/ingest.js';
import { checkReading, toInsert, type IncomingReading, type MeterRef } from '../service/reading-rules.js';
import { parsePayload, parseTopic, subscriptionTopic, type RejectReason } from './payload.js';
import { ReadingWriter } from './writer.js';

const SITE_CACHE_MS = 30_000;
/** An unknown meter code triggers a reload of the site's meters at most this often. */
const RELOAD_MS = 5_000;

export interface IngestorOptions {
  url: string;
  topicPrefix: string;
  clientId: string;
  username?: string;
  password?: string;
  /** Keep the broker session (queued QoS 1 messages) across reconnects and restarts. */
  persistentSession?: boolean;
  writer?: { maxRows: number; maxDelayMs: number };
}

export interface IngestorStats {
  messages: number;
  readings: number;
  rejected: Partial<Record<RejectReason, number>>;
  lastMessageAt: Date | null;
}

export class TelemetryIngestor {
  private client: MqttClient | null = null;
  private readonly sites = new Map<string, { meters: Map<string, MeterRef> | null; loadedAt: number }>();
  private readonly loading = new Map<string, Promise<Map<string, MeterRef> | null>>();
  readonly writer: ReadingWriter;
  readonly stats: IngestorStats = { messages: 0, readings: 0, rejected: {}, lastMessageAt: null };
  startedAt: Date | null = null;
  lastError: string | null = null;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    private readonly opts: IngestorOptions,
  ) {
    this.writer = new ReadingWriter(db, logger, opts.writer);
  }

  get connected(): boolean {
    return this.client?.connected ?? false;
  }

  async start(): Promise<void> {
    const client = await mqtt.connectAsync(this.opts.url, {
      clientId: this.opts.clientId,
      clean: !this.opts.persistentSession,
      reconnectPeriod: 2_000,
      connectTimeout: 10_000,
      ...(this.opts.username ? { username: this.opts.username } : {}),
      ...(this.opts.password ? { password: this.opts.password } : {}),
    });
    this.client = client;
    client.on('message', (topic, payload) => this.onMessage(topic, payload));
    client.on('error', (err) => {
      this.lastError = err.message;
      this.logger.warn({ err: err.message }, 'telemetry broker connection error');
    });
    await client.subscribeAsync(subscriptionTopic(this.opts.topicPrefix), { qos: 1 });
    this.startedAt = new Date();
  }

  /** Unsubscribes, disconnects and stores what is still queued. */
  async stop(): Promise<void> {
    const client = this.client;
    this.client = null;
    if (client) await client.endAsync().catch(() => undefined);
    await this.writer.close();
  }

  private reject(reason: RejectReason): void {
    this.stats.rejected[reason] = (this.stats.rejected[reason] ?? 0) + 1;
  }

  private onMessage(topic: string, payload: Buffer): void {
    this.stats.messages++;
    this.stats.lastMessageAt = new Date();
    const target = parseTopic(this.opts.topicPrefix, topic);
    if (!target) return this.reject('topic');
    const parsed = parsePayload(payload);
    if ('reject' in parsed) return this.reject(parsed.reject);
    const cached = this.sites.get(target.siteId);
    const age = cached ? Date.now() - cached.loadedAt : Number.POSITIVE_INFINITY;
    if (cached && age < SITE_CACHE_MS && (age < RELOAD_MS || cached.meters?.has(target.meterCode))) {
      this.accept(cached.meters, target.meterCode, parsed.readings);
      return;
    }
    void this.siteMeters(target.siteId).then(
      (meters) => this.accept(meters, target.meterCode, parsed.readings),
      (err: unknown) => {
        this.lastError = err instanceof Error ? err.message : String(err);
        this.reject('unknown_site');
      },
    );
  }

  private accept(meters: Map<string, MeterRef> | null, code: string, readings: readonly IncomingReading[]): void {
    if (!meters) return this.reject('unknown_site');
    const meter = meters.get(code);
    if (!meter) return this.reject('unknown_meter');
    const now = Date.now();
    if (readings.some((r) => checkReading(meter, r, now) !== null)) return this.reject('reading');
    this.stats.readings += readings.length;
    this.writer.add(readings.map((r) => toInsert(meter, r, 'mqtt')));
  }

  /** The site's meters (null: no such site), cached; one database query per site at a time. */
  private siteMeters(siteId: string): Promise<Map<string, MeterRef> | null> {
    const pending = this.loading.get(siteId);
    if (pending) return pending;
    const load = metersByCode(this.db, siteId)
      .then((meters) => {
        const value = meters.size ? meters : null;
        this.sites.set(siteId, { meters: value, loadedAt: Date.now() });
        return value;
      })
      .finally(() => this.loading.delete(siteId));
    this.loading.set(siteId, load);
    return load;
  }
}
