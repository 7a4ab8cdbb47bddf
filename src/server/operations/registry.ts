/**
 * Operations are the server-side half of CLI commands: the same code runs in the CLI process (when
 * it may open the database) or inside the running server, reached through the local control
 * channel (when the server owns the embedded database).
 */
import type { Ctx } from '../platform/context.js';

export interface OperationIo {
  out(line: string): void;
  err(line: string): void;
}

export interface Operation<A = Record<string, unknown>> {
  name: string;
  run(ctx: Ctx, args: A, io: OperationIo): Promise<number>;
}

const operations = new Map<string, Operation>();

export function defineOperation<A>(op: Operation<A>): Operation<A> {
  operations.set(op.name, op as unknown as Operation);
  return op;
}

export function findOperation(name: string): Operation | undefined {
  return operations.get(name);
}
