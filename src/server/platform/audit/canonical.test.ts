import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, toPlainJson } from './canonical.js';

describe('canonical JSON', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}');
  });

  it('is stable through a JSON round trip (as jsonb stores it)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const plain = toPlainJson(v);
        expect(canonicalJson(JSON.parse(JSON.stringify(plain)))).toBe(canonicalJson(plain));
      }),
    );
  });
});
