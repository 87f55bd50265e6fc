import { randomBytes } from 'node:crypto';

// A message link's short code, apart from the links' storage: minting one needs no database, so
// outreach's decision (and the strategy simulator that runs it) reaches it through pure.ts.

// No 0/O, 1/I/L: letters print the code for people to type.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** 12 characters of 31: about 59 bits, so guessing a live code is hopeless behind the rate limit. */
export const LINK_CODE_LENGTH = 12;

// Random bytes come from a pool: one system call per few hundred codes on the pass's hot path.
let pool = Buffer.alloc(0);
let poolAt = 0;
function randomByte(): number {
  if (poolAt >= pool.length) {
    pool = randomBytes(4096);
    poolAt = 0;
  }
  return pool[poolAt++]!;
}

/** A fresh random short code (uniform over the alphabet: bytes past the last full multiple of 31 are drawn again). */
export function newLinkCode(): string {
  let code = '';
  while (code.length < LINK_CODE_LENGTH) {
    const b = randomByte();
    if (b < 248) code += ALPHABET[b % 31];
  }
  return code;
}

/** A typed or pasted code in canonical form, or null when it cannot be one (wrong length, letters we never use). */
export function normalizeLinkCode(input: string): string | null {
  const c = input.trim().toUpperCase().replace(/[\s-]/g, '');
  if (c.length !== LINK_CODE_LENGTH) return null;
  for (const ch of c) if (!ALPHABET.includes(ch)) return null;
  return c;
}
