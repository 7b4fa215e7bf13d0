import { describe, expect, test } from 'vitest';
import { canonicalJson } from '../../../lib/log/canonical-json';
import { sha256Hex } from '../../../lib/log/sha256-hex';

describe('canonicalJson', () => {
  test('writes the same text whatever order the keys were built in', () => {
    const a = { seq: 1, content: { b: [1, { y: 2, x: 1 }], a: '甲' }, id: 'x' };
    const b = { id: 'x', content: { a: '甲', b: [1, { x: 1, y: 2 }] }, seq: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"content":{"a":"甲","b":[1,{"x":1,"y":2}]},"id":"x","seq":1}');
  });

  test('keeps array order and leaves out undefined properties, as JSON does', () => {
    expect(canonicalJson({ list: [3, 1, 2], gone: undefined, none: null })).toBe(
      '{"list":[3,1,2],"none":null}',
    );
  });

  test('escapes strings exactly as JSON.stringify does', () => {
    const text = '引号" 反斜杠\\ 换行\n 制表\t \u2028 \u0001';
    expect(canonicalJson(text)).toBe(JSON.stringify(text));
  });

  test('sorts keys by UTF-16 code units', () => {
    expect(canonicalJson({ b: 1, B: 2, 单位: 3, a: 4 })).toBe('{"B":2,"a":4,"b":1,"单位":3}');
  });

  test.each([
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['a function', () => 1],
    ['a bigint', 1n],
    ['a Date', new Date(0)],
    ['a Map', new Map()],
    ['undefined in an array', [1, undefined]],
    ['top-level undefined', undefined],
  ])('refuses %s rather than hash a guess', (_name, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  test('refuses a circular structure', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => canonicalJson(loop)).toThrow(/circular/);
  });

  test('allows the same object twice when it is not circular', () => {
    const shared = { a: 1 };
    expect(canonicalJson([shared, shared])).toBe('[{"a":1},{"a":1}]');
  });
});

describe('sha256Hex', () => {
  test.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('hashes %j to the FIPS 180-2 test vector', (text, hex) => {
    expect(sha256Hex(text)).toBe(hex);
  });

  test('hashes the UTF-8 bytes of Chinese text, as node:crypto does', () => {
    expect(sha256Hex('审核')).toBe(
      '948c5c16d8fec64d9e8565b1c6c63b36c160987f11edd1349d5295b1b4fb0c0c',
    );
  });
});
