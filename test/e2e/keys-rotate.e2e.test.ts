import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnKindly } from './helpers.js';

/** Runs one `kindly` command to its end on the embedded database; its stdout and exit code. */
async function kindly(dataDir: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; all: string }> {
  const child = spawnKindly(['--data-dir', dataDir, ...args], { DATABASE_URL: '', KINDLY_ENCRYPTION_KEY: '', LOG_LEVEL: 'warn', ...env });
  let stdout = '';
  child.stdout?.on('data', (d) => (stdout += String(d)));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, all: child.output() };
}

describe('`kindly keys rotate` on the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kindly-keys-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('generates the key file on first use, rotates under a new key once, and refuses PostgreSQL without a key', async () => {
    const seeded = await kindly(dataDir, ['seed', '--demo', '--persons', '6']);
    expect(seeded.code, seeded.all).toBe(0);
    const keyFile = join(dataDir, 'encryption.key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);

    const rotated = await kindly(dataDir, ['keys', 'rotate', '--new-key']);
    expect(rotated.code, rotated.all).toBe(0);
    const counts = JSON.parse(rotated.stdout) as { keyId: string; keyIds: string[]; reencrypted: number; tables: Record<string, { reencrypted: number }> };
    expect(counts.keyIds).toHaveLength(2);
    expect(counts.keyId).toBe(counts.keyIds[1]);
    expect(counts.tables.persons!.reencrypted).toBe(6);
    expect(counts.reencrypted).toBeGreaterThan(6);
    expect(readFileSync(keyFile, 'utf8').trim().split('\n')).toHaveLength(2);

    const again = await kindly(dataDir, ['keys', 'rotate']);
    expect(again.code, again.all).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ reencrypted: 0, encrypted: 0 });

    const noKey = await kindly(dataDir, ['keys', 'rotate'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(noKey.code).toBe(1);
    expect(noKey.all).toMatch(/KINDLY_ENCRYPTION_KEY is not set/);
  });
});
