import { createSerializerCompiler } from 'fastify-type-provider-zod';
import type { FastifySerializerCompiler } from 'fastify';
import { safeEncode, type ZodType } from 'zod';

const zodCompile = createSerializerCompiler({});

/** Paths of fields the handler returned that the encoded response no longer has. */
export function droppedFields(given: unknown, sent: unknown, path = ''): string[] {
  if (given === null || typeof given !== 'object' || given instanceof Date || Buffer.isBuffer(given)) return [];
  if (sent === null || typeof sent !== 'object') return [];
  if (Array.isArray(given)) {
    if (!Array.isArray(sent)) return [];
    return given.flatMap((v, i) => droppedFields(v, sent[i], `${path}[${i}]`));
  }
  const out: string[] = [];
  for (const [k, v] of Object.entries(given)) {
    if (v === undefined) continue;
    const p = path ? `${path}.${k}` : k;
    if (!(k in sent)) out.push(p);
    else out.push(...droppedFields(v, (sent as Record<string, unknown>)[k], p));
  }
  return out;
}

/**
 * The reference encoding: the handler's value as JSON (dates become ISO strings, undefined fields
 * go), encoded by the route's zod schema (which leaves out every field it does not name), then
 * stringified. The compiled serializer below must produce exactly these bytes.
 */
function referenceSerializer(route: Parameters<typeof zodCompile>[0]): (data: unknown) => string {
  const encode = zodCompile(route);
  return (data) => encode(data === undefined ? undefined : JSON.parse(JSON.stringify(data)));
}

/** Thrown inside a compiled serializer when a value is not what it can encode on its own. */
class Mismatch extends Error {}
const MISMATCH = new Mismatch('the compiled serializer cannot encode this value');
const mismatch = (): never => {
  throw MISMATCH;
};

type Encode = (value: unknown) => unknown;

interface ZodInternals {
  _zod: {
    def: {
      type: string;
      checks?: Array<{ _zod: { def: { check: string; format?: string; value?: unknown; inclusive?: boolean; minimum?: number; maximum?: number; length?: number } } }>;
      shape?: Record<string, ZodInternals>;
      catchall?: ZodInternals;
      element?: ZodInternals;
      innerType?: ZodInternals;
      coerce?: boolean;
    };
    values?: Set<unknown>;
    /** Set when the schema is itself a check (a string format, z.int()). */
    check?: unknown;
    optin?: string;
    optout?: string;
  };
}

/**
 * What JSON.stringify makes of a value before encoding it: `toJSON()` (dates become ISO strings),
 * non-finite numbers become null, functions and symbols vanish (undefined: an absent field).
 */
function jsonValue(v: unknown): unknown {
  switch (typeof v) {
    case 'object':
      return v !== null && typeof (v as { toJSON?: unknown }).toJSON === 'function' ? (v as { toJSON(): unknown }).toJSON() : v;
    case 'number':
      return Number.isFinite(v) ? v : null;
    case 'function':
    case 'symbol':
      return undefined;
    default:
      return v;
  }
}

/**
 * A subtree the compiler does not handle (unions, records, pipes, custom checks...) is encoded by
 * zod exactly as before, on its JSON copy.
 */
function viaZod(schema: ZodInternals): Encode {
  return (v) => {
    const r = safeEncode(schema as unknown as ZodType, v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
    return r.success ? r.data : mismatch();
  };
}

/** A leaf with checks the compiler does not know is checked by zod itself (the value is unchanged). */
function checkedByZod(schema: ZodInternals, encode: Encode): Encode {
  return (v) => {
    const out = encode(v);
    return safeEncode(schema as unknown as ZodType, out).success ? out : mismatch();
  };
}

type Checks = ZodInternals['_zod']['def']['checks'];

/** A predicate for the checks this compiler knows (null when any is unknown). */
function knownChecks(checks: Checks, kind: 'number' | 'length'): ((v: never) => boolean) | null {
  if (!checks?.length) return () => true;
  const preds: Array<(v: never) => boolean> = [];
  for (const { _zod } of checks) {
    const c = _zod.def;
    if (kind === 'number' && c.check === 'number_format' && c.format === 'safeint') preds.push((v: number) => Number.isSafeInteger(v));
    else if (kind === 'number' && c.check === 'greater_than' && typeof c.value === 'number') {
      const min = c.value;
      preds.push(c.inclusive ? (v: number) => v >= min : (v: number) => v > min);
    } else if (kind === 'number' && c.check === 'less_than' && typeof c.value === 'number') {
      const max = c.value;
      preds.push(c.inclusive ? (v: number) => v <= max : (v: number) => v < max);
    } else if (kind === 'length' && c.check === 'min_length' && typeof c.minimum === 'number') {
      const min = c.minimum;
      preds.push((v: { length: number }) => v.length >= min);
    } else if (kind === 'length' && c.check === 'max_length' && typeof c.maximum === 'number') {
      const max = c.maximum;
      preds.push((v: { length: number }) => v.length <= max);
    } else if (kind === 'length' && c.check === 'length_equals' && typeof c.length === 'number') {
      const len = c.length;
      preds.push((v: { length: number }) => v.length === len);
    } else return null;
  }
  return (v) => preds.every((p) => p(v));
}

/** Whether an object field may be left out (absent in, absent out), as zod decides for its key. */
const omittable = (s: ZodInternals) => s._zod.optin === 'optional' && s._zod.optout === 'optional';

/**
 * Compiles a zod schema into a function from the handler's value to the value zod would encode
 * from its JSON copy (same fields, same key order), without the copy. A value it cannot vouch for
 * throws MISMATCH, and the caller falls back to the reference path.
 */
function compileEncode(schema: ZodInternals): Encode {
  const def = schema._zod.def;
  if (def.coerce) return viaZod(schema);
  switch (def.type) {
    case 'string': {
      // A string format (z.email(), z.iso.datetime()...) is a check of the schema itself.
      if (schema._zod.check) return checkedByZod(schema, (v) => (typeof v === 'string' ? v : mismatch()));
      if (def.checks?.length) {
        const ok = knownChecks(def.checks, 'length');
        if (!ok) return checkedByZod(schema, (v) => (typeof v === 'string' ? v : mismatch()));
        return (v) => (typeof v === 'string' && ok(v as never) ? v : mismatch());
      }
      return (v) => (typeof v === 'string' ? v : mismatch());
    }
    case 'number': {
      const ok = knownChecks(def.checks, 'number');
      if (!ok || schema._zod.check) return checkedByZod(schema, (v) => (typeof v === 'number' ? v : mismatch()));
      if (!def.checks?.length) return (v) => (typeof v === 'number' ? v : mismatch());
      return (v) => (typeof v === 'number' && ok(v as never) ? v : mismatch());
    }
    case 'boolean':
      return def.checks?.length ? viaZod(schema) : (v) => (typeof v === 'boolean' ? v : mismatch());
    case 'null':
      return (v) => (v === null ? v : mismatch());
    case 'enum':
    case 'literal': {
      const values = schema._zod.values;
      if (!values || def.checks?.length) return viaZod(schema);
      return (v) => (values.has(v) ? v : mismatch());
    }
    case 'unknown':
    case 'any':
      // Encoded as given; JSON.stringify makes of it what the JSON copy held.
      return def.checks?.length ? viaZod(schema) : (v) => v;
    case 'optional': {
      const inner = compileEncode(def.innerType!);
      return (v) => (v === undefined ? undefined : inner(v));
    }
    case 'nullable': {
      const inner = compileEncode(def.innerType!);
      return (v) => (v === null ? null : inner(v));
    }
    // Encoding does not apply defaults: the inner schema sees the value as it is.
    case 'default':
    case 'prefault':
      return compileEncode(def.innerType!);
    case 'array': {
      const ok = knownChecks(def.checks, 'length');
      if (!ok) return viaZod(schema);
      const element = compileEncode(def.element!);
      return (v) => {
        if (!Array.isArray(v) || !ok(v as never)) return mismatch();
        const out = new Array(v.length);
        for (let i = 0; i < v.length; i++) {
          // In an array JSON writes undefined, functions and symbols as null.
          const e = jsonValue(v[i]);
          out[i] = element(e === undefined ? null : e);
        }
        return out;
      };
    }
    case 'object':
      return compileObject(schema);
    default:
      return viaZod(schema);
  }
}

function compileObject(schema: ZodInternals): Encode {
  const def = schema._zod.def;
  if (def.checks?.length) return viaZod(schema);
  const catchall = def.catchall?._zod.def.type;
  if (catchall !== undefined && catchall !== 'unknown' && catchall !== 'any' && catchall !== 'never') return viaZod(schema);
  const shape = def.shape ?? {};
  const keys = Object.keys(shape).filter((k) => k !== '__proto__');
  const fields = keys.map((key) => ({ key, encode: compileEncode(shape[key]!), optional: omittable(shape[key]!) }));
  const known = new Set(keys);
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return mismatch();
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      const value = jsonValue(input[f.key]);
      if (value === undefined) {
        if (f.optional) continue;
        return mismatch();
      }
      const encoded = f.encode(value);
      if (encoded !== undefined) out[f.key] = encoded;
    }
    if (catchall === 'never') {
      for (const k of Object.keys(input)) if (!known.has(k) && jsonValue(input[k]) !== undefined) return mismatch();
    } else if (catchall !== undefined) {
      // Loose objects keep the fields they do not name, in the input's order.
      for (const k of Object.keys(input)) if (!known.has(k) && k !== '__proto__') out[k] = input[k];
    }
    return out;
  };
}

type Route = Parameters<typeof zodCompile>[0];

/**
 * One serializer per route, compiled from its response schema: the handler's value (dates and
 * all) is walked once into the fields the schema names and stringified, instead of a JSON copy,
 * zod's encoding of the copy and a second stringify. Its bytes are the reference encoding's; a
 * value it cannot vouch for (a type it does not expect, a failed check) is encoded by the
 * reference path, which answers or fails exactly as before.
 */
export function compileRouteSerializer(route: Route): (data: unknown) => string {
  const reference = referenceSerializer(route);
  const schema = route.schema as unknown as ZodInternals | undefined;
  if (!schema?._zod?.def) return reference;
  const encode = compileEncode(schema);
  return (data) => {
    let value: unknown;
    try {
      value = encode(jsonValue(data));
    } catch (e) {
      if (e === MISMATCH) return reference(data);
      throw e;
    }
    return JSON.stringify(value);
  };
}

/**
 * Responses are encoded by their zod schema, which silently leaves out any field it does not
 * name. With `strict` (tests), a field the handler returned but the schema lacks fails the
 * request instead, so a schema that falls behind its use case shows up as a failing test rather
 * than as a page missing data; and every response is also encoded by the reference path, and a
 * byte of difference fails it too.
 */
export function responseSerializer(opts: { strict: boolean }): FastifySerializerCompiler<unknown> {
  return (route) => {
    const serialize = compileRouteSerializer(route as Route);
    if (!opts.strict) return serialize;
    const reference = referenceSerializer(route as Route);
    return (data) => {
      const json = serialize(data);
      const expected = reference(data);
      if (json !== expected) throw new Error(`${route.method} ${route.url}: the compiled serializer wrote ${json.slice(0, 300)} where the schema encodes ${expected.slice(0, 300)}`);
      const dropped = droppedFields(data, JSON.parse(json));
      if (dropped.length) throw new Error(`${route.method} ${route.url}: the response schema drops ${dropped.slice(0, 10).join(', ')}`);
      return json;
    };
  };
}
