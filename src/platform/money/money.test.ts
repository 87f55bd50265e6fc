import { describe, expect, it } from 'vitest';
import { formatCents, parseMoneyToCents } from './index.js';

describe('money in integer cents', () => {
  it('parses the shapes billing exports use, exactly', () => {
    expect(parseMoneyToCents('1,234.50')).toBe(123450);
    expect(parseMoneyToCents('$12')).toBe(1200);
    expect(parseMoneyToCents('(12.00)')).toBe(-1200);
    expect(parseMoneyToCents('0.1')).toBe(10);
    expect(parseMoneyToCents('19.99')).toBe(1999);
  });
  it('refuses what is not money', () => {
    expect(parseMoneyToCents('12.345')).toBeNull();
    expect(parseMoneyToCents('abc')).toBeNull();
    expect(parseMoneyToCents('')).toBeNull();
  });
  it('formats for people', () => {
    expect(formatCents(123450)).toBe('$1,234.50');
  });
});
