/**
 * Normal forms blind indexes are computed on: an index only finds exact matches, so everything a
 * person would call "the same" must reduce to the same text first.
 */

/** Lowercase letters and digits only, accents stripped: "José O'Brien-Ruiz" -> "joseobrienruiz". */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The words of a name, each normalized ("Maria  Elena" -> ["maria", "elena"]). */
export function nameTokens(s: string): string[] {
  return s
    .split(/[\s,]+/)
    .map(normalizeName)
    .filter(Boolean);
}

/** Digits only; a leading US country code 1 on an 11-digit number is dropped. */
export function normalizePhone(s: string): string {
  const d = s.replace(/\D+/g, '');
  return d.length === 11 && d.startsWith('1') ? d.slice(1) : d;
}

export function normalizeEmail(s: string): string {
  return s.trim().toLowerCase();
}
