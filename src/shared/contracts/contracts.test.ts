import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('contract schema names', () => {
  it('are unique across modules (they become OpenAPI component names)', () => {
    const ids: string[] = [];
    for (const f of readdirSync(import.meta.dirname).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
      for (const m of readFileSync(path.join(import.meta.dirname, f), 'utf8').matchAll(/\.meta\(\{\s*id:\s*'([^']+)'/g)) ids.push(m[1]!);
    }
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
