import { describe, expect, it } from 'vitest';
import { boundedMemo } from './index.js';

describe('boundedMemo', () => {
  it('computes a key once while it is held', () => {
    const calls: number[] = [];
    const square = boundedMemo(4, (n: number) => (calls.push(n), n * n));
    expect([square(3), square(3), square(4), square(3)]).toEqual([9, 9, 16, 9]);
    expect(calls).toEqual([3, 4]);
  });

  it('holds at most `limit` results: when full it starts again', () => {
    const calls: number[] = [];
    const id = boundedMemo(2, (n: number) => (calls.push(n), n));
    id(1);
    id(2);
    id(3); // full: emptied, then 3 is held
    id(1); // computed again
    id(3); // still held
    expect(calls).toEqual([1, 2, 3, 1]);
  });

  it('keeps null results (a parse that failed) like any other', () => {
    let calls = 0;
    const parse = boundedMemo(8, (s: string) => (calls++, /^\d+$/.test(s) ? Number(s) : null));
    expect([parse('x'), parse('x'), parse('12')]).toEqual([null, null, 12]);
    expect(calls).toBe(2);
  });
});
