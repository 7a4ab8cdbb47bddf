/**
 * Content-addressed file storage under `<dataDir>/files/<aa>/<bb>/<sha256>`. The type is sniffed
 * from the content, never trusted from the client; size limits are enforced while streaming.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileTypeFromFile } from 'file-type';
import { AppError } from '../http/errors.js';

export interface StoredFile {
  sha256: string;
  size: number;
  /** Sniffed media type; `text/plain` or `application/octet-stream` when no signature matched. */
  mediaType: string;
}

export interface FileStore {
  put(source: Readable, opts: { maxBytes: number }): Promise<StoredFile>;
  open(sha256: string): Readable;
  exists(sha256: string): Promise<boolean>;
}

export function localFileStore(dataDir: string): FileStore {
  const root = path.join(dataDir, 'files');
  const pathOf = (sha: string): string => path.join(root, sha.slice(0, 2), sha.slice(2, 4), sha);
  return {
    async put(source, { maxBytes }) {
      await mkdir(path.join(root, 'tmp'), { recursive: true });
      const tmp = path.join(root, 'tmp', randomUUID());
      const hash = createHash('sha256');
      let size = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _enc, cb) {
          size += chunk.length;
          if (size > maxBytes) return cb(new AppError('payload.too_large', { maxBytes }));
          hash.update(chunk);
          cb(null, chunk);
        },
      });
      try {
        await pipeline(source, meter, createWriteStream(tmp));
        const sha256 = hash.digest('hex');
        const mediaType = await sniff(tmp);
        const dest = pathOf(sha256);
        await mkdir(path.dirname(dest), { recursive: true });
        await rename(tmp, dest);
        return { sha256, size, mediaType };
      } finally {
        await rm(tmp, { force: true });
      }
    },
    open(sha256) {
      if (!/^[0-9a-f]{64}$/.test(sha256)) throw new AppError('not_found', { entity: 'file' });
      return createReadStream(pathOf(sha256));
    },
    async exists(sha256) {
      return stat(pathOf(sha256)).then(
        () => true,
        () => false,
      );
    },
  };
}

async function sniff(file: string): Promise<string> {
  const detected = await fileTypeFromFile(file);
  if (detected) return detected.mime;
  const head = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    createReadStream(file, { start: 0, end: 4095 })
      .on('data', (c) => chunks.push(c as Buffer))
      .on('end', () => resolve(Buffer.concat(chunks)))
      .on('error', reject);
  });
  return looksLikeText(head) ? 'text/plain' : 'application/octet-stream';
}

function looksLikeText(buf: Buffer): boolean {
  if (buf.includes(0)) return false;
  return !buf.toString('utf8').includes('\uFFFD');
}
