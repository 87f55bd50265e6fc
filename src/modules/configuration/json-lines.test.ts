import { describe, expect, it } from 'vitest';
import { jsonLines, lineOf } from './json-lines.js';

describe('where a problem is in an imported file', () => {
  const text = `{
  "id": "self-pay",
  "steps": [
    { "id": "a", "window": { "fromDay": 0, "toDay": 3 } },
    {
      "id": "b",
      "window": { "fromDay": 5, "toDay": 2 }
    }
  ],
  "note": "a \\"quoted\\" line"
}`;
  const lines = jsonLines(text);

  it('names the line of a field inside an array of objects', () => {
    expect(lineOf(lines, 'steps[1].window')).toBe(7);
    expect(lineOf(lines, 'steps[0].window.fromDay')).toBe(4);
    expect(lineOf(lines, 'id')).toBe(2);
    expect(lineOf(lines, 'note')).toBe(10);
  });

  it('falls back to the nearest parent the file has', () => {
    expect(lineOf(lines, 'steps[1].window.missing')).toBe(7);
    expect(lineOf(lines, 'steps[1].channels')).toBe(5);
  });
});
