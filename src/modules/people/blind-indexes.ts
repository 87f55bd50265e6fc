import { fieldCipher, nameTokens, normalizeEmail, normalizeName, normalizePhone, type FieldCipher } from '../../platform/crypto/index.js';

// Purposes keep the indexes apart: the same text as a name and as a family name gives unrelated values.
const NAME = 'person.name';
const FAMILY = 'person.family';
const BIRTH = 'person.birth';
const CONTACT = { phone: 'contact.phone', email: 'contact.email' } as const;

/**
 * A person's blind indexes: the first given name with the family name ("maria" + "garcia"), and the
 * family name alone. Exact match on the normalized text (accents, case, spaces, hyphens and
 * apostrophes ignored); no prefix or fuzzy search.
 */
export function personBlindIndexes(
  p: { givenName: string; familyName: string; birthDate?: string | null },
  cipher: FieldCipher = fieldCipher(),
): { nameBidx: string | null; familyBidx: string | null; birthBidx: string | null } {
  const first = nameTokens(p.givenName)[0] ?? '';
  const family = normalizeName(p.familyName);
  return { nameBidx: cipher.blindIndex(NAME, first + family), familyBidx: cipher.blindIndex(FAMILY, family), birthBidx: birthDateBlindIndex(p.birthDate ?? null, cipher) };
}

/**
 * The coarse, plain reporting keys of a person (birth year for age bands, 3-digit ZIP area for
 * income quintiles): analytics groups by them in SQL while the full values stay encrypted.
 */
export function personReportingKeys(p: { birthDate?: string | null; postalCode?: string | null }): { birthYear: string | null; zip3: string | null } {
  const year = /^(\d{4})-\d{2}-\d{2}/.exec(p.birthDate?.trim() ?? '')?.[1];
  const zip = /^(\d{3})\d{2}/.exec(p.postalCode?.trim() ?? '')?.[1];
  return { birthYear: year ?? null, zip3: zip ?? null };
}

/** The blind index of a date of birth (YYYY-MM-DD), so the front desk can find a patient by it. */
export function birthDateBlindIndex(birthDate: string | null, cipher: FieldCipher = fieldCipher()): string | null {
  const day = birthDate?.trim().slice(0, 10) ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? cipher.blindIndex(BIRTH, day) : null;
}

/** The blind index of a phone number (digits only, no US country code) or an email address (lowercased). */
export function contactBlindIndex(system: 'phone' | 'email', value: string, cipher: FieldCipher = fieldCipher()): string | null {
  return cipher.blindIndex(CONTACT[system], system === 'phone' ? normalizePhone(value) : normalizeEmail(value));
}

export interface PersonSearchIndexes {
  nameBidx: string[];
  familyBidx: string[];
  phoneBidx: string[];
  emailBidx: string[];
}

/**
 * What a free-text search term may be, as blind indexes: an email (has @), a phone (7+ digits and
 * nothing but punctuation), else a name: "Maria Garcia", "Maria Elena Garcia" (first and last words),
 * "Garcia, Maria", or a family name alone.
 */
export function personSearchIndexes(term: string, cipher: FieldCipher = fieldCipher()): PersonSearchIndexes {
  const out: PersonSearchIndexes = { nameBidx: [], familyBidx: [], phoneBidx: [], emailBidx: [] };
  const add = (list: string[], v: string | null) => {
    if (v && !list.includes(v)) list.push(v);
  };
  const t = term.trim();
  if (t.includes('@')) {
    add(out.emailBidx, contactBlindIndex('email', t, cipher));
    return out;
  }
  if (/^[\d\s()+.-]+$/.test(t) && t.replace(/\D/g, '').length >= 7) {
    add(out.phoneBidx, contactBlindIndex('phone', t, cipher));
    return out;
  }
  const tokens = nameTokens(t);
  if (tokens.length === 0) return out;
  add(out.familyBidx, cipher.blindIndex(FAMILY, tokens.join('')));
  if (tokens.length >= 2) {
    // All words (also "Juan De la Cruz": one given name, a family name of several words), then
    // first and last word ("Maria Elena Garcia").
    add(out.nameBidx, cipher.blindIndex(NAME, tokens.join('')));
    add(out.nameBidx, cipher.blindIndex(NAME, tokens[0]! + tokens[tokens.length - 1]!));
    // "Family, Given"
    const comma = t.indexOf(',');
    if (comma > 0) {
      const family = normalizeName(t.slice(0, comma));
      const given = nameTokens(t.slice(comma + 1))[0] ?? '';
      add(out.nameBidx, cipher.blindIndex(NAME, given + family));
      add(out.familyBidx, cipher.blindIndex(FAMILY, family));
    }
  }
  return out;
}
