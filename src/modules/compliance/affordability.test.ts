import { describe, expect, it } from 'vitest';
import { caReasonablePaymentCapCents } from './index.js';

describe('California reasonable payment formula', () => {
  it('caps at 10% of income after essential expenses, rounded down to the cent', () => {
    expect(caReasonablePaymentCapCents(400000, 310000)).toBe(9000);
    expect(caReasonablePaymentCapCents(400001, 310000)).toBe(9000);
  });
  it('never goes negative when expenses exceed income', () => {
    expect(caReasonablePaymentCapCents(100000, 310000)).toBe(0);
  });
});
