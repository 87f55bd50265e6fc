import type { AccountSnapshot } from '../snapshot.js';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends Array<infer U> ? U[] : T[K] extends Date | null ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** A snapshot of one patient for tests: an Ohio hospital patient who owes $250 due on 2026-03-20. */
export function snapshot(over: DeepPartial<AccountSnapshot> = {}): AccountSnapshot {
  const base: AccountSnapshot = {
    tenant: { id: 't1', name: 'Riverbend Community Hospital', kind: 'nonprofit_hospital', collectorRole: 'original_creditor', timeZone: 'America/New_York', phone: '1-800-555-0134', agentName: 'Alex Morgan' },
    account: { id: 'a1', externalRef: 'ENC-1', status: 'patient_due', dueOn: '2026-03-20', firstStatementOn: '2026-02-18', balanceCents: 25000, insurancePendingCents: 0, patientDueCents: 25000, lastPaymentAt: null },
    person: { id: 'p1', givenName: 'Mary', language: 'en', state: 'OH', timeZones: ['America/New_York'], deceased: false, preferences: {} },
    contactPoints: [
      { system: 'email', value: 'mary@example.test', use: 'home', rank: 1, verified: true },
      { system: 'phone', value: '+15550001111', use: 'mobile', rank: 1, verified: true },
    ],
    consents: [{ channel: 'sms', type: 'prior_express', givenTo: 'creditor', givenAt: new Date('2026-01-01T15:00:00Z'), until: null }],
    revocations: [],
    holds: [],
    history: [],
    plan: null,
    state: { journey: null, journeyVersion: null, status: 'new', pausedReason: null, attempts: {}, totalAttempts: 0, lastContactAt: null, paymentMarker: null, manualPause: null, lastSignature: null, enteredAt: null, nextEvalAt: new Date('2026-03-01T00:00:00Z') },
  };
  return {
    ...base,
    ...over,
    tenant: { ...base.tenant, ...(over.tenant ?? {}) },
    account: { ...base.account, ...(over.account ?? {}) },
    person: { ...base.person, ...(over.person ?? {}), preferences: { ...base.person.preferences, ...(over.person?.preferences ?? {}) } } as AccountSnapshot['person'],
    state: { ...base.state, ...(over.state ?? {}) } as AccountSnapshot['state'],
    contactPoints: (over.contactPoints ?? base.contactPoints) as AccountSnapshot['contactPoints'],
    consents: (over.consents ?? base.consents) as AccountSnapshot['consents'],
    revocations: (over.revocations ?? base.revocations) as AccountSnapshot['revocations'],
    holds: (over.holds ?? base.holds) as AccountSnapshot['holds'],
    history: (over.history ?? base.history) as AccountSnapshot['history'],
    plan: (over.plan ?? base.plan) as AccountSnapshot['plan'],
  };
}
