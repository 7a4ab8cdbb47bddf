/**
 * Operations are the server-side half of CLI commands: the same code runs in the CLI process (when
 * it may open the database) or inside the running server, reached through the local control
 * channel (when the server owns the embedded database).
 */
import { ZodError } from 'zod';
import type { Ctx } from '../platform/context.js';
import { AppError } from '../platform/http/errors.js';
import { issueMessage } from '../platform/http/validation-messages.js';

export interface OperationIo {
  out(line: string): void;
  err(line: string): void;
}

export interface Operation<A = Record<string, unknown>> {
  name: string;
  run(ctx: Ctx, args: A, io: OperationIo): Promise<number>;
}

const operations = new Map<string, Operation>();

/**
 * What a refusal says to the operator, line by line in their language: a bad argument (a schema
 * issue, named by its option) or a refusal of the service. Undefined for anything else (a fault).
 */
export function refusalLines(ctx: Ctx, err: unknown): string[] | undefined {
  if (err instanceof ZodError) {
    return err.issues.map((i) => {
      const issue = { path: i.path.join('.'), code: i.code, params: { ...i } as Record<string, unknown> };
      return `${issue.path ? `--${issue.path.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ` : ''}${issueMessage(ctx.t, issue)}`;
    });
  }
  if (err instanceof AppError) {
    const head = ctx.t(`errors:${err.code}`, err.params);
    const details = err.issues.map((i) => ({ path: i.path, message: i.message ?? issueMessage(ctx.t, i) })).filter((d) => d.message !== head);
    return [head, ...details.map((d) => `${d.path ? `${d.path}: ` : ''}${d.message}`)];
  }
  return undefined;
}

export function defineOperation<A>(op: Operation<A>): Operation<A> {
  const guarded: Operation<A> = {
    name: op.name,
    async run(ctx, args, io) {
      try {
        return await op.run(ctx, args, io);
      } catch (err) {
        const lines = refusalLines(ctx, err);
        if (!lines) throw err;
        for (const line of lines) io.err(line);
        return 1;
      }
    },
  };
  operations.set(op.name, guarded as unknown as Operation);
  return guarded;
}

export function findOperation(name: string): Operation | undefined {
  return operations.get(name);
}
