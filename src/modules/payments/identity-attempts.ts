/** Failed identity checks on one link (or person), kept by the caller. */
export interface IdentityAttemptState {
  failures: number;
  firstFailureAt: string | null;
  lockedUntil: string | null;
}

export interface IdentityAttemptPolicy {
  maxFailures: number;
  lockMinutes: number;
  /** Failures older than this no longer count. */
  windowMinutes: number;
}

export const DEFAULT_IDENTITY_ATTEMPT_POLICY: IdentityAttemptPolicy = { maxFailures: 5, lockMinutes: 15, windowMinutes: 15 };
export const NO_IDENTITY_ATTEMPTS: IdentityAttemptState = { failures: 0, firstFailureAt: null, lockedUntil: null };

export interface IdentityAttemptStatus {
  allowed: boolean;
  lockedUntil: string | null;
  remainingAttempts: number;
}

const minutes = (n: number) => n * 60_000;

function live(state: IdentityAttemptState, now: Date, policy: IdentityAttemptPolicy): IdentityAttemptState {
  // An expired lock or an old run of failures starts a fresh count.
  if (state.lockedUntil !== null && Date.parse(state.lockedUntil) <= now.getTime()) return NO_IDENTITY_ATTEMPTS;
  if (state.firstFailureAt !== null && Date.parse(state.firstFailureAt) + minutes(policy.windowMinutes) <= now.getTime()) {
    return { ...NO_IDENTITY_ATTEMPTS, lockedUntil: state.lockedUntil };
  }
  return state;
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
 * Records the outcome of an identity attempt (state in, state out): success clears the count;
 * the Nth failure within the window locks for `lockMinutes`. An attempt while locked is ignored
 * and the lock stands.
 */
export function recordIdentityAttempt(
  state: IdentityAttemptState,
  attempt: { success: boolean; at: Date },
  policy: IdentityAttemptPolicy = DEFAULT_IDENTITY_ATTEMPT_POLICY,
): { state: IdentityAttemptState } & IdentityAttemptStatus {
  const s = live(state, attempt.at, policy);
  if (s.lockedUntil !== null) return { state: s, allowed: false, lockedUntil: s.lockedUntil, remainingAttempts: 0 };
  if (attempt.success) return { state: NO_IDENTITY_ATTEMPTS, allowed: true, lockedUntil: null, remainingAttempts: policy.maxFailures };
  const failures = s.failures + 1;
  if (failures >= policy.maxFailures) {
    const lockedUntil = new Date(attempt.at.getTime() + minutes(policy.lockMinutes)).toISOString();
    return { state: { failures: 0, firstFailureAt: null, lockedUntil }, allowed: false, lockedUntil, remainingAttempts: 0 };
  }
  const next = { failures, firstFailureAt: s.firstFailureAt ?? attempt.at.toISOString(), lockedUntil: null };
  return { state: next, allowed: true, lockedUntil: null, remainingAttempts: policy.maxFailures - failures };
}
