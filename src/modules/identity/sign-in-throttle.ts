/** Failed sign-ins of one account, as stored. */
export interface SignInThrottleState {
  failures: number;
  lastFailureAt: Date | null;
  lockedUntil: Date | null;
  lockouts: number;
}

export interface SignInThrottlePolicy {
  /** Failures allowed before any waiting is asked for. */
  freeFailures: number;
  /** The failure that locks the account. */
  maxFailures: number;
  /** Wait after the first counted failure; doubles with each further one. */
  backoffBaseSeconds: number;
  /** Lock lengths for the 1st, 2nd, 3rd... lockout; the last one repeats. */
  lockMinutes: readonly number[];
  /** A run of failures older than this starts over. */
  failureWindowMinutes: number;
}

export const DEFAULT_SIGN_IN_THROTTLE: SignInThrottlePolicy = {
  freeFailures: 3,
  maxFailures: 10,
  backoffBaseSeconds: 1,
  lockMinutes: [15, 60, 24 * 60],
  failureWindowMinutes: 24 * 60,
};

export const NO_SIGN_IN_FAILURES: SignInThrottleState = { failures: 0, lastFailureAt: null, lockedUntil: null, lockouts: 0 };

export type SignInGate = { allowed: true } | { allowed: false; reason: 'locked' | 'backoff'; retryAt: Date };

function live(state: SignInThrottleState, now: Date, policy: SignInThrottlePolicy): SignInThrottleState {
  // An old run of failures no longer counts; lockouts keep escalating until a successful sign-in.
  if (state.lastFailureAt && state.lastFailureAt.getTime() + policy.failureWindowMinutes * 60_000 <= now.getTime()) {
    return { ...state, failures: 0, lastFailureAt: null };
  }
  return state;
}

/** May this account try a password now? Refused attempts are not checked and not counted. */
export function checkSignIn(state: SignInThrottleState, now: Date, policy: SignInThrottlePolicy = DEFAULT_SIGN_IN_THROTTLE): SignInGate {
  if (state.lockedUntil && state.lockedUntil.getTime() > now.getTime()) return { allowed: false, reason: 'locked', retryAt: state.lockedUntil };
  const s = live(state, now, policy);
  const counted = s.failures - policy.freeFailures;
  if (counted >= 0 && s.lastFailureAt) {
    // Exponential back-off: 1 s after the 3rd failure, 2 s after the 4th, ... 64 s after the 9th.
    const retryAt = new Date(s.lastFailureAt.getTime() + policy.backoffBaseSeconds * 1000 * 2 ** counted);
    if (retryAt.getTime() > now.getTime()) return { allowed: false, reason: 'backoff', retryAt };
  }
  return { allowed: true };
}

/** State after a wrong password; `locked` is true when this failure locked the account. */
export function recordSignInFailure(
  state: SignInThrottleState,
  now: Date,
  policy: SignInThrottlePolicy = DEFAULT_SIGN_IN_THROTTLE,
): { state: SignInThrottleState; locked: boolean } {
  const s = live(state, now, policy);
  const failures = s.failures + 1;
  if (failures < policy.maxFailures) return { state: { ...s, failures, lastFailureAt: now }, locked: false };
  const minutes = policy.lockMinutes[Math.min(s.lockouts, policy.lockMinutes.length - 1)]!;
  return { state: { failures: 0, lastFailureAt: null, lockedUntil: new Date(now.getTime() + minutes * 60_000), lockouts: s.lockouts + 1 }, locked: true };
}
