/**
 * The local control channel: while the server owns the embedded database, the CLI sends it
 * operations with the secret from the lock file (readable only by the same system user). Answers
 * stream as NDJSON lines: `{"t":"out","v":...}`, `{"t":"err","v":...}`, then `{"t":"exit","code":n}`.
 */
import { z } from 'zod';
import { systemActor } from '../platform/actor.js';
import { makeCtx, type Platform } from '../platform/context.js';
import { AppError } from '../platform/http/errors.js';
import { safeEqual } from '../platform/secrets.js';
import type { App } from '../platform/http/types.js';
import { findOperation } from './registry.js';
import './all.js';

export const CONTROL_HEADER = 'x-veta-control';
export const CONTROL_PATH = '/api/_control/run';

export function registerControl(app: App, platform: Platform, token: string): void {
  app.post(CONTROL_PATH, {
    config: { access: 'public', csrfExempt: true },
    schema: { hide: true, body: z.object({ name: z.string(), args: z.record(z.string(), z.unknown()) }) },
    handler: async (req, reply) => {
      const sent = req.headers[CONTROL_HEADER];
      const loopback = ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.socket.remoteAddress ?? '');
      if (!loopback || typeof sent !== 'string' || !safeEqual(sent, token)) throw new AppError('auth.forbidden', {});
      const op = findOperation(req.body.name);
      if (!op) throw new AppError('not_found', { entity: 'operation', id: req.body.name });
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      const write = (o: unknown): void => void res.write(`${JSON.stringify(o)}\n`);
      let code = 1;
      try {
        code = await op.run(makeCtx(platform, systemActor('cli')), req.body.args, {
          out: (v) => write({ t: 'out', v }),
          err: (v) => write({ t: 'err', v }),
        });
      } catch (err) {
        write({ t: 'err', v: err instanceof Error ? err.message : String(err) });
      }
      write({ t: 'exit', code });
      res.end();
    },
  });
}
