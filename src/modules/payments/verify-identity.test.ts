import { describe, expect, it } from 'vitest';
import { checkIdentityAttempt, NO_IDENTITY_ATTEMPTS, recordIdentityAttempt, type IdentityAttemptState } from './identity-attempts.js';
import { normalizeDateOfBirth, normalizeName, verifyIdentity } from './verify-identity.js';

const onFile = { dateOfBirth: '1984-07-09', lastName: "Núñez-O'Brien", zip: '94110-1234' };

describe('verifyIdentity', () => {
  it('accepts date of birth + last name, ignoring case, accents, spaces and punctuation', () => {
    expect(verifyIdentity(onFile, { dateOfBirth: '07/09/1984', lastName: 'nunez obrien' })).toEqual({ verified: true, method: 'dob_last_name' });
    expect(verifyIdentity(onFile, { dateOfBirth: '1984-07-09', lastName: 'NÚÑEZ-O’BRIEN' }).verified).toBe(true);
  });

  it('accepts date of birth + ZIP (5 digits, ZIP+4 or not)', () => {
    expect(verifyIdentity(onFile, { dateOfBirth: '7/9/1984', zip: '94110' })).toEqual({ verified: true, method: 'dob_zip' });
  });

  it('falls back to ZIP when the name is mistyped', () => {
    expect(verifyIdentity(onFile, { dateOfBirth: '1984-07-09', lastName: 'Nunes', zip: '94110' }).method).toBe('dob_zip');
  });

  it('refuses a wrong date of birth whatever else matches, and an empty or missing second factor', () => {
    expect(verifyIdentity(onFile, { dateOfBirth: '1984-09-07', lastName: 'Nunez OBrien', zip: '94110' })).toEqual({ verified: false, method: null });
    expect(verifyIdentity(onFile, { dateOfBirth: '1984-07-09' }).verified).toBe(false);
    expect(verifyIdentity(onFile, { dateOfBirth: '1984-07-09', lastName: "'-" }).verified).toBe(false);
    expect(verifyIdentity(onFile, { dateOfBirth: '1984-07-09', zip: '9411' }).verified).toBe(false);
  });

  it('normalizes names and dates', () => {
    expect(normalizeName('Straße Ødegård')).toBe('strasseodegard');
    expect(normalizeDateOfBirth('02/30/1990')).toBeNull();
    expect(normalizeDateOfBirth('1990-2-3')).toBe('1990-02-03');
  });
});

describe('identity attempt limits', () => {
  const t0 = new Date('2026-03-11T15:00:00Z');
  const at = (min: number) => new Date(t0.getTime() + min * 60_000);

  it('locks for 30 minutes after 5 failures, then starts a fresh count', () => {
    let state: IdentityAttemptState = NO_IDENTITY_ATTEMPTS;
    for (let i = 0; i < 4; i++) {
      const r = recordIdentityAttempt(state, { success: false, at: at(i) });
      expect(r).toMatchObject({ allowed: true, remainingAttempts: 4 - i });
      state = r.state;
    }
    const fifth = recordIdentityAttempt(state, { success: false, at: at(4) });
    expect(fifth).toMatchObject({ allowed: false, lockedUntil: '2026-03-11T15:34:00.000Z', remainingAttempts: 0, lockedForGood: false });
    state = fifth.state;
    expect(checkIdentityAttempt(state, at(33.99))).toMatchObject({ allowed: false });
    // Even a right answer while locked does not unlock.
    expect(recordIdentityAttempt(state, { success: true, at: at(10) }).allowed).toBe(false);
    expect(checkIdentityAttempt(state, at(34))).toEqual({ allowed: true, lockedUntil: null, remainingAttempts: 5 });
  });

  it('escalates: the second lock lasts 24 hours and the third closes the link for good', () => {
    let state: IdentityAttemptState = NO_IDENTITY_ATTEMPTS;
    const fiveWrong = (startMin: number) => {
      let last;
      for (let i = 0; i < 5; i++) {
        last = recordIdentityAttempt(state, { success: false, at: at(startMin + i * 0.1) });
        state = last.state;
      }
      return last!;
    };
    expect(fiveWrong(0)).toMatchObject({ lockedUntil: '2026-03-11T15:30:24.000Z', lockedForGood: false });
    const second = fiveWrong(31);
    expect(second.lockedForGood).toBe(false);
    expect(Date.parse(second.lockedUntil!) - at(31.4).getTime()).toBe(24 * 60 * 60_000);
    const third = fiveWrong(31 + 24 * 60 + 1);
    expect(third).toMatchObject({ allowed: false, lockedForGood: true, lockedUntil: null });
    // A success in between would have forgiven the earlier locks.
    expect(recordIdentityAttempt({ failures: 1, firstFailureAt: at(0).toISOString(), lockedUntil: null, lockouts: 2 }, { success: true, at: at(1) }).state).toEqual(NO_IDENTITY_ATTEMPTS);
  });

  it('a success clears the count, and old failures stop counting after the window', () => {
    let state = recordIdentityAttempt(NO_IDENTITY_ATTEMPTS, { success: false, at: at(0) }).state;
    state = recordIdentityAttempt(state, { success: true, at: at(1) }).state;
    expect(state).toEqual(NO_IDENTITY_ATTEMPTS);
    for (let i = 0; i < 4; i++) state = recordIdentityAttempt(state, { success: false, at: at(i) }).state;
    expect(checkIdentityAttempt(state, at(15)).remainingAttempts).toBe(5);
    expect(recordIdentityAttempt(state, { success: false, at: at(16) })).toMatchObject({ allowed: true, remainingAttempts: 4 });
  });

  it('is pure: the input state is never changed', () => {
    const state = { failures: 2, firstFailureAt: t0.toISOString(), lockedUntil: null };
    const copy = structuredClone(state);
    recordIdentityAttempt(state, { success: false, at: at(1) });
    expect(state).toEqual(copy);
  });
});
