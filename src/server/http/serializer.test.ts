import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileRouteSerializer, droppedFields, responseSerializer } from './serializer.js';

describe('response serializer', () => {
  const Row = z.object({ id: z.string(), items: z.array(z.object({ n: z.number() })) });
  const route = { schema: Row, method: 'GET', url: '/x', httpStatus: '200' } as never;

  it('names every field the schema would leave out, nested and in lists', () => {
    expect(droppedFields({ id: 'a', secret: 1, items: [{ n: 1 }, { n: 2, extra: true }] }, { id: 'a', items: [{ n: 1 }, { n: 2 }] })).toEqual(['secret', 'items[1].extra']);
    expect(droppedFields({ id: 'a', gone: undefined, at: new Date(0) }, { id: 'a', at: '1970-01-01T00:00:00.000Z' })).toEqual([]);
  });

  it('in strict mode fails a response whose schema drops a field; otherwise sends the schema’s fields', () => {
    const value = { id: 'a', items: [{ n: 1, note: 'x' }] };
    expect(() => responseSerializer({ strict: true })(route)(value)).toThrow(/drops items\[0\]\.note/);
    expect(JSON.parse(responseSerializer({ strict: false })(route)(value) as string)).toEqual({ id: 'a', items: [{ n: 1 }] });
    expect(JSON.parse(responseSerializer({ strict: true })(route)({ id: 'a', items: [] }) as string)).toEqual({ id: 'a', items: [] });
  });
});

describe('compiled route serializer', () => {
  const reference = (schema: z.ZodType, value: unknown) => JSON.stringify(z.encode(schema, JSON.parse(JSON.stringify(value))));
  const compiled = (schema: z.ZodType) => compileRouteSerializer({ schema, method: 'GET', url: '/x', httpStatus: '200' } as never);

  it('writes what the JSON copy encoded by zod wrote: dates as ISO strings, fields in the schema’s order, unnamed and undefined fields left out', () => {
    const Row = z.object({
      at: z.string(),
      n: z.number().int().min(0),
      maybe: z.string().optional(),
      none: z.string().nullable(),
      list: z.array(z.object({ kind: z.enum(['a', 'b']), on: z.literal(true) })).max(3),
      loose: z.looseObject({ id: z.string() }),
      any: z.unknown(),
      either: z.union([z.string(), z.number()]),
    });
    const value = { secret: 'x', list: [{ on: true, kind: 'b', extra: 1 }], at: new Date('2026-11-23T15:00:00Z'), n: 3, maybe: undefined, none: null, loose: { extra: new Date(0), id: 'i', gone: undefined }, any: { when: new Date(0), n: NaN }, either: 2 };
    expect(compiled(Row)(value)).toBe(reference(Row, value));
    expect(compiled(Row)(value)).toBe('{"at":"2026-11-23T15:00:00.000Z","n":3,"none":null,"list":[{"kind":"b","on":true}],"loose":{"id":"i","extra":"1970-01-01T00:00:00.000Z"},"any":{"when":"1970-01-01T00:00:00.000Z","n":null},"either":2}');
  });

  it('leaves a value it cannot vouch for to zod, which answers or fails exactly as before', () => {
    const Row = z.object({ n: z.number().int(), email: z.email().optional() });
    expect(compiled(Row)({ n: 1, email: 'a@b.example' })).toBe('{"n":1,"email":"a@b.example"}');
    expect(() => compiled(Row)({ n: 1.5 })).toThrow();
    expect(() => compiled(Row)({ n: 1, email: 'not an address' })).toThrow();
    expect(() => compiled(Row)({})).toThrow();
  });
});
