import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { POLICY_KEYS, POLICY_SCHEMAS } from '../../../lib/policy/policy-schema';

const ROOT = join(import.meta.dirname, '../../..');

interface ChromeSchema {
  type?: string;
  $ref?: string;
  id?: string;
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  items?: ChromeSchema;
  [attribute: string]: unknown;
}
const SCHEMA = JSON.parse(
  readFileSync(join(ROOT, 'public/managed_schema.json'), 'utf8'),
) as ChromeSchema;

/** The attributes Chrome's policy schema parser accepts (components/policy/core/common/schema.cc). */
const CHROME_ATTRIBUTES = new Set([
  'type',
  'properties',
  'additionalProperties',
  'patternProperties',
  'items',
  'enum',
  'pattern',
  'minimum',
  'maximum',
  'required',
  'description',
  'title',
  'id',
  '$ref',
  'sensitiveValue',
]);
const CHROME_TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

function* nodes(schema: ChromeSchema, path = '$'): Generator<[string, ChromeSchema]> {
  yield [path, schema];
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    yield* nodes(child, `${path}.${key}`);
  }
  if (schema.additionalProperties) yield* nodes(schema.additionalProperties, `${path}.*`);
  if (schema.items) yield* nodes(schema.items, `${path}[]`);
}

/** The JSON type a zod schema accepts at its top, as Chrome's schema names it. */
function jsonType(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    type?: string;
  };
  return json.type ?? 'unknown';
}

describe('public/managed_schema.json', () => {
  test('declares exactly the policy keys that lib/policy validates', () => {
    expect(Object.keys(SCHEMA.properties ?? {})).toEqual(POLICY_KEYS);
  });

  test.each(POLICY_KEYS)('gives %s the same JSON type as the zod schema', (key) => {
    expect(SCHEMA.properties![key]!.type).toBe(jsonType(POLICY_SCHEMAS[key]));
  });

  test('uses only what Chrome accepts: a top-level object without additionalProperties, one type or $ref per schema', () => {
    expect(SCHEMA.type).toBe('object');
    expect(SCHEMA.additionalProperties).toBeUndefined();
    const ids = new Set([...nodes(SCHEMA)].flatMap(([, node]) => (node.id ? [node.id] : [])));
    for (const [path, node] of nodes(SCHEMA)) {
      for (const attribute of Object.keys(node)) {
        expect(CHROME_ATTRIBUTES.has(attribute), `${path}: ${attribute}`).toBe(true);
      }
      expect(Number(node.type !== undefined) + Number(node.$ref !== undefined), path).toBe(1);
      if (node.type) expect(CHROME_TYPES.has(node.type), `${path}: ${node.type}`).toBe(true);
      if (node.$ref) expect(ids.has(node.$ref), `${path}: $ref ${node.$ref}`).toBe(true);
    }
  });

  test('leaves value rules to the extension, so invalid values reach the options page', () => {
    // Chrome drops a value that fails the schema before the extension sees it: an enum or a
    // minimum here would hide a wrong gateMode or logRetentionDays from the administrator.
    for (const [path, node] of nodes(SCHEMA)) {
      for (const attribute of ['enum', 'minimum', 'maximum', 'pattern', 'required']) {
        expect(node[attribute], `${path}: ${attribute}`).toBeUndefined();
      }
    }
  });
});
