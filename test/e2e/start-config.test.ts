import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/platform/shared-data/index.js';

// An operator with three typos starts the API and then a worker: each refuses before touching
// the data folder and names all three variables in one message, so one edit fixes them all.
describe('kindly start refuses a bad configuration, listing every problem', () => {
  for (const role of ['all', 'worker']) {
    it(`--role ${role}`, () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'kindly-config-'));
      try {
        const r = spawnSync(process.execPath, [join(repoRoot, 'bin', 'kindly.js'), '--data-dir', dataDir, 'start', '--role', role], {
          cwd: repoRoot,
          env: { ...process.env, DATABASE_URL: '', PORT: 'eighty', KINDLY_SESSION_IDLE_MINUTES: '-5', KINDLY_PUBLIC_URL: 'kindly.example.org' },
          encoding: 'utf8',
        });
        expect(r.status).toBe(1);
        expect(r.stderr).toContain('the configuration has 3 problems');
        for (const name of ['PORT', 'KINDLY_SESSION_IDLE_MINUTES', 'KINDLY_PUBLIC_URL']) expect(r.stderr).toContain(`  - ${name}:`);
        // Nothing was opened: the data folder is still empty.
        expect(readdirSync(dataDir)).toEqual([]);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  }
});
