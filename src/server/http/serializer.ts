import { createSerializerCompiler } from 'fastify-type-provider-zod';
import type { FastifySerializerCompiler } from 'fastify';

const compile = createSerializerCompiler({});

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
 * Responses are encoded by their zod schema, which silently leaves out any field it does not
 * name. With `strict` (tests), a field the handler returned but the schema lacks fails the
 * request instead, so a schema that falls behind its use case shows up as a failing test rather
 * than as a page missing data.
 */
export function responseSerializer(opts: { strict: boolean }): FastifySerializerCompiler<unknown> {
  return (route) => {
    const serialize = compile(route as Parameters<typeof compile>[0]);
    if (!opts.strict) return serialize;
    return (data) => {
      const json = serialize(data);
      const dropped = droppedFields(data, JSON.parse(json));
      if (dropped.length) throw new Error(`${route.method} ${route.url}: the response schema drops ${dropped.slice(0, 10).join(', ')}`);
      return json;
    };
  };
}
