import { describe, expect, it } from 'vitest';
import { generatedFilesAreCurrent } from '../../../scripts/gen-compliance-docs.js';

describe('generated files', () => {
  it('docs/compliance.md and the FPL tables match the rule catalogue and sources (run: npx tsx scripts/gen-compliance-docs.ts)', async () => {
    expect(await generatedFilesAreCurrent()).toEqual({ fpl: true, docs: true });
  });
});
