import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../platform/shared-data/index.js';

/** The shortest password Kindly accepts for a staff account (NIST SP 800-63B asks for at least 8; PHI asks for more). */
export const MIN_PASSWORD_LENGTH = 12;

let common: Set<string> | undefined;

/** The shipped list of common passwords (config/security/common-passwords.txt, source in its header). */
function commonPasswords(): Set<string> {
  if (!common) {
    const text = readFileSync(join(repoRoot, 'config', 'security', 'common-passwords.txt'), 'utf8');
    common = new Set(text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.trim().toLowerCase()));
  }
  return common;
}

/** Why a password is refused, in words for the person choosing it; null when it is acceptable. */
export function passwordWeakness(password: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `use at least ${MIN_PASSWORD_LENGTH} characters`;
  if (commonPasswords().has(password.toLowerCase())) return 'this password is on a list of commonly used passwords; choose another';
  if (/^(.)\1+$/u.test(password)) return 'a single repeated character is too easy to guess';
  return null;
}
