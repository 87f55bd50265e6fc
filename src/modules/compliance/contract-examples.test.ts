import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../platform/shared-data/index.js';
import { evaluate, isErrorDecision } from './index.js';

// The contract's worked examples live beside the repo in ../shared/contracts; a fresh clone
// without that folder skips them (the story and property tests below still run).
const examplesPath = join(repoRoot, '..', 'shared', 'contracts', 'compliance-examples.jsonl');
const present = existsSync(examplesPath);

interface Example {
  question: { id: string } & Record<string, unknown>;
  expect: Record<string, unknown>;
}

const examples: Example[] = present
  ? readFileSync(examplesPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Example)
  : [];

const INSTANT_FIELDS = new Set(['earliestAllowedAt']);

describe.skipIf(!present)('contract examples (../shared/contracts/compliance-examples.jsonl)', () => {
  it('has the 25 examples', () => {
    expect(examples).toHaveLength(25);
  });

  for (const ex of examples) {
    it(ex.question.id, () => {
      const d = evaluate(ex.question) as unknown as Record<string, unknown>;
      expect(isErrorDecision(d as never), JSON.stringify(d)).toBe(false);
      expect(d.id).toBe(ex.question.id);
      for (const [field, want] of Object.entries(ex.expect)) {
        if (field === 'reasonsInclude') {
          for (const code of want as string[]) expect(d.reasons, `${code} in ${JSON.stringify(d)}`).toContain(code);
        } else if (field === 'reasonsExclude') {
          for (const code of want as string[]) expect(d.reasons, `${code} not in ${JSON.stringify(d)}`).not.toContain(code);
        } else if (INSTANT_FIELDS.has(field) && typeof want === 'string') {
          // Instants compare as instants, not as strings.
          expect(typeof d[field], JSON.stringify(d)).toBe('string');
          expect(Date.parse(d[field] as string), `${field} in ${JSON.stringify(d)}`).toBe(Date.parse(want));
        } else {
          expect(d[field], `${field} in ${JSON.stringify(d)}`).toEqual(want);
        }
      }
    });
  }
});
