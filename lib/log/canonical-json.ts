/**
 * Canonical JSON for hashing: object keys sorted by UTF-16 code units, no whitespace, strings
 * and numbers written as JSON.stringify writes them (the scheme of RFC 8785, JCS). The same value
 * always gives the same text, whatever order its keys were built in or read back from IndexedDB.
 */

/** Serialises a JSON value canonically; throws a TypeError on what JSON cannot carry faithfully. */
export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

function write(value: unknown, open: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not JSON`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} is not JSON`);
  }
  if (open.has(value)) throw new TypeError('canonicalJson: circular structure');
  open.add(value);
  try {
    if (Array.isArray(value)) {
      // An undefined array slot would become null in JSON: refuse it rather than hash a guess.
      return `[${value.map((item) => (item === undefined ? fail('undefined in an array') : write(item, open))).join(',')}]`;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError('canonicalJson: only plain objects and arrays are JSON');
    }
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      // As in JSON.stringify, a property whose value is undefined is left out.
      .filter((key) => record[key] !== undefined)
      .sort(compareCodeUnits)
      .map((key) => `${JSON.stringify(key)}:${write(record[key], open)}`);
    return `{${members.join(',')}}`;
  } finally {
    open.delete(value);
  }
}

function fail(what: string): never {
  throw new TypeError(`canonicalJson: ${what}`);
}

/** Array.prototype.sort's default order, spelled out: by UTF-16 code units. */
function compareCodeUnits(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
