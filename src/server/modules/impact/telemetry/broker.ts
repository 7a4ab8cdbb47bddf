/**
 * The embedded MQTT broker (aedes on loopback), started when no MQTT_URL is configured.
 *
 * Authentication: a site connects with user name = its site id and password = one of its
 * ingestion tokens; Veta's own subscriber with an internal secret made at start. Authorisation:
 * a site may publish only under `<prefix>/sites/<its id>/`, and may not subscribe; only Veta's
 * subscriber may subscribe. An external broker must enforce the same (see docs/modules/impact.md).
 */
import net from 'node:net';
import { Aedes, type AuthenticateError, type Client } from 'aedes';
import type { Db } from '../../../platform/db/types.js';
import type { Logger } from '../../../platform/logging.js';
import { newSecret, safeEqual } from '../../../platform/secrets.js';
import { resolveSiteToken } from '../service/site-tokens.js';

export const INTERNAL_USER = 'veta-ingest';

export interface EmbeddedBroker {
  port: number;
  /** Credentials of Veta's own subscriber. */
  internal: { username: string; password: string };
  close(): Promise<void>;
}

type Identity = { internal: true } | { internal: false; siteId: string };
const identities = new WeakMap<Client, Identity>();

function authError(): AuthenticateError {
  return Object.assign(new Error('bad user name or password'), { returnCode: 4 as const });
}

export async function startEmbeddedBroker(opts: { db: Db; logger: Logger; port: number; topicPrefix: string }): Promise<EmbeddedBroker> {
  const internalPassword = newSecret();
  const broker = await Aedes.createBroker({
    concurrency: 1_000,
    drainTimeout: 30_000,
    authenticate(client, username, password, done) {
      const secret = password?.toString('utf8') ?? '';
      if (username === INTERNAL_USER) {
        if (!safeEqual(secret, internalPassword)) return done(authError(), false);
        identities.set(client, { internal: true });
        return done(null, true);
      }
      resolveSiteToken(opts.db, secret).then(
        (credential) => {
          if (!credential || credential.siteId !== username?.toLowerCase()) return done(authError(), false);
          identities.set(client, { internal: false, siteId: credential.siteId });
          done(null, true);
        },
        () => done(Object.assign(new Error('unavailable'), { returnCode: 3 as const }), false),
      );
    },
    authorizePublish(client, packet, done) {
      const who = client ? identities.get(client) : undefined;
      if (!who || who.internal || !packet.topic.startsWith(`${opts.topicPrefix}/sites/${who.siteId}/meters/`)) return done(new Error('publish not allowed'));
      done(null);
    },
    authorizeSubscribe(client, subscription, done) {
      const who = identities.get(client);
      if (!who?.internal) return done(null, null); // refused: SUBACK 0x80
      done(null, subscription);
    },
  });
  const server = net.createServer(broker.handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  opts.logger.info({ port }, 'embedded MQTT broker listening on 127.0.0.1');
  return {
    port,
    internal: { username: INTERNAL_USER, password: internalPassword },
    async close() {
      await new Promise<void>((resolve) => broker.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
