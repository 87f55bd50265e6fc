import { createHash, timingSafeEqual } from 'node:crypto';

export interface IdentityOnFile {
  dateOfBirth: string;
  lastName: string;
  zip: string;
}

export interface IdentityGiven {
  dateOfBirth: string;
  lastName?: string;
  zip?: string;
}

export interface IdentityCheck {
  verified: boolean;
  method: 'dob_last_name' | 'dob_zip' | null;
}

/** Letters that do not decompose into a base letter plus accents. */
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Case-, accent-, space- and punctuation-insensitive form of a name: "Núñez-O'Brien" -> "nunezobrien". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => FOLD[c] ?? c)
    .replace(/[^a-z]/g, '');
}

/** ISO date from YYYY-MM-DD or MM/DD/YYYY (US forms), or null when not a real date. */
export function normalizeDateOfBirth(input: string): string | null {
  const s = input.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
    if (!match) return null;
    [m, d, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
}

/** The 5-digit ZIP of "12345" or "12345-6789", or null. */
export function normalizeZip(input: string): string | null {
  const match = /^\s*(\d{5})(?:[\s-]?\d{4})?\s*$/.exec(input);
  return match ? match[1]! : null;
}

function sameSecret(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === '' || b === '') return false;
  // Hash first so the comparison takes the same time whatever the lengths.
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

/**
 * Identity check before any PHI is shown behind a link: date of birth plus either last name or
 * ZIP code, insensitive to case, accents, spaces and punctuation.
 */
export function verifyIdentity(expected: IdentityOnFile, given: IdentityGiven): IdentityCheck {
  const dobOk = sameSecret(normalizeDateOfBirth(expected.dateOfBirth), normalizeDateOfBirth(given.dateOfBirth));
  if (!dobOk) return { verified: false, method: null };
  if (given.lastName !== undefined && sameSecret(normalizeName(expected.lastName), normalizeName(given.lastName))) {
    return { verified: true, method: 'dob_last_name' };
  }
  if (given.zip !== undefined && sameSecret(normalizeZip(expected.zip), normalizeZip(given.zip))) {
    return { verified: true, method: 'dob_zip' };
  }
  return { verified: false, method: null };
}
