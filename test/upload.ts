/** Multipart uploads through an agent, as a browser form would send them. */
import type { Agent } from './harness.js';

export function upload(agent: Agent, url: string, name: string, content: Buffer) {
  const boundary = '----vetatest';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return agent.request('POST', url, payload, { 'content-type': `multipart/form-data; boundary=${boundary}` });
}

/** A minimal PDF (enough for type sniffing). */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
