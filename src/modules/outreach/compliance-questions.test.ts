import { describe, expect, it } from 'vitest';
import { evaluate } from '../compliance/index.js';
import { contactQuestion } from './compliance-questions.js';
import { snapshot } from './testing/snapshot-builder.js';

describe('contact questions name a work contact point', () => {
  const at = new Date('2026-05-20T16:00:00Z');
  const agency = { kind: 'agency', collectorRole: 'debt_collector' } as const;

  it('marks an email to a work address as at work, and a debt collector may not use it (1006.22(f)(3))', () => {
    const s = snapshot({ tenant: agency, contactPoints: [{ system: 'email', value: 'pat@employer.example', use: 'work', rank: 1, verified: true }], consents: [] });
    const q = contactQuestion(s, { id: 'q1', channel: 'email', at });
    expect(q.atWork).toBe(true);
    expect(evaluate(q)).toMatchObject({ allowed: false, reasons: ['reg_f_employer_email'] });
  });

  it('leaves a home address, and letters, unmarked', () => {
    const s = snapshot({
      tenant: agency,
      contactPoints: [
        { system: 'email', value: 'pat@home.example', use: 'home', rank: 1, verified: true },
        { system: 'phone', value: '+15550001111', use: 'work', rank: 1, verified: true },
      ],
    });
    expect(contactQuestion(s, { id: 'q2', channel: 'email', at }).atWork).toBeUndefined();
    expect(contactQuestion(s, { id: 'q3', channel: 'letter', at }).atWork).toBeUndefined();
    expect(contactQuestion(s, { id: 'q4', channel: 'call', at }).atWork).toBe(true);
  });
});
