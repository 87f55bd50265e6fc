import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { droppedFields, responseSerializer } from './serializer.js';

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
