/** Failed identity checks on one link (or person), kept by the caller. */
export interface IdentityAttemptState {
  failures: number;
  firstFailureAt: string | null;
  lockedUntil: string | null;
  /** Locks since the last successful check: each one is longer than the one before. */
  lockouts?: number;
}

export interface IdentityAttemptPolicy {
  maxFailures: number;
  /** Length of the 1st, 2nd... lock; the lock after the last one is for good (the link is closed). */
  lockMinutes: readonly number[];
  /** Failures older than this no longer count. */
  windowMinutes: number;
}

/** 5 tries, then 30 minutes; 5 more, then 24 hours; 5 more and the link is closed for good. */
export const DEFAULT_IDENTITY_ATTEMPT_POLICY: IdentityAttemptPolicy = { maxFailures: 5, lockMinutes: [30, 24 * 60], windowMinutes: 15 };
export const NO_IDENTITY_ATTEMPTS: IdentityAttemptState = { failures: 0, firstFailureAt: null, lockedUntil: null, lockouts: 0 };

export interface IdentityAttemptStatus {
  allowed: boolean;
  lockedUntil: string | null;
  remainingAttempts: number;
}

const minutes = (n: number) => n * 60_000;

function live(state: IdentityAttemptState, now: Date, policy: IdentityAttemptPolicy): IdentityAttemptState {
  const lockouts = state.lockouts ?? 0;
  // An expired lock or an old run of failures starts a fresh count; the lockouts keep escalating.
  if (state.lockedUntil !== null && Date.parse(state.lockedUntil) <= now.getTime()) return { ...NO_IDENTITY_ATTEMPTS, lockouts };
  if (state.firstFailureAt !== null && Date.parse(state.firstFailureAt) + minutes(policy.windowMinutes) <= now.getTime()) {
    return { ...NO_IDENTITY_ATTEMPTS, lockedUntil: state.lockedUntil, lockouts };
  }
  return { ...state, lockouts };
}

/** May an identity attempt be made now? */
export function checkIdentityAttempt(
  state: IdentityAttemptState,
  now: Date,
  policy: IdentityAttemptPolicy = DEFAULT_IDENTITY_ATTEMPT_POLICY,
): IdentityAttemptStatus {
  const s = live(state, now, policy);
  const locked = s.lockedUntil !== null;
  return { allowed: !locked, lockedUntil: s.lockedUntil, remainingAttempts: locked ? 0 : policy.maxFailures - s.failures };
}

/**
 * Records the outcome of an identity attempt (state in, state out): success clears the count and
 * the escalation; the Nth failure within the window locks for the next length in `lockMinutes`,
 * and when those are used up it closes the link for good (`lockedForGood`). An attempt while
 * locked is ignored and the lock stands.
 */
export function recordIdentityAttempt(
  state: IdentityAttemptState,
  attempt: { success: boolean; at: Date },
  policy: IdentityAttemptPolicy = DEFAULT_IDENTITY_ATTEMPT_POLICY,
): { state: IdentityAttemptState; lockedForGood: boolean } & IdentityAttemptStatus {
  const s = live(state, attempt.at, policy);
  if (s.lockedUntil !== null) return { state: s, allowed: false, lockedUntil: s.lockedUntil, remainingAttempts: 0, lockedForGood: false };
  if (attempt.success) return { state: NO_IDENTITY_ATTEMPTS, allowed: true, lockedUntil: null, remainingAttempts: policy.maxFailures, lockedForGood: false };
  const failures = s.failures + 1;
  if (failures >= policy.maxFailures) {
    const lockouts = (s.lockouts ?? 0) + 1;
    const length = policy.lockMinutes[lockouts - 1];
    if (length === undefined) {
      return { state: { failures: 0, firstFailureAt: null, lockedUntil: null, lockouts }, allowed: false, lockedUntil: null, remainingAttempts: 0, lockedForGood: true };
    }
    const lockedUntil = new Date(attempt.at.getTime() + minutes(length)).toISOString();
    return { state: { failures: 0, firstFailureAt: null, lockedUntil, lockouts }, allowed: false, lockedUntil, remainingAttempts: 0, lockedForGood: false };
  }
  const next = { failures, firstFailureAt: s.firstFailureAt ?? attempt.at.toISOString(), lockedUntil: null, lockouts: s.lockouts ?? 0 };
  return { state: next, allowed: true, lockedUntil: null, remainingAttempts: policy.maxFailures - failures, lockedForGood: false };
}
