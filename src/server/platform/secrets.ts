/** Random secrets and their stored form (sha256): tokens are never stored in clear. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** argon2id with OWASP's minimum parameters (19 MiB, 2 iterations). */
/** `algorithm: 2` is Argon2id in @node-rs/argon2's enum. */
const ARGON = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON);
}

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    await hash(password, ARGON); // same cost as a real check: no timing hint that the account lacks a password
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
