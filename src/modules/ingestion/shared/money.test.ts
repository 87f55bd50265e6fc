import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalCentsOrNaN, numberToCents, parseDecimalCents, parseMoneyText } from './money.js';

const cents = (r: ReturnType<typeof parseMoneyText>): number | string => (r.ok ? r.cents : r.error);

describe('money parsing keeps every cent exact', () => {
  it('reads X12 decimal amounts without float arithmetic', () => {
    expect(cents(parseDecimalCents('1922.86'))).toBe(192286);
    expect(cents(parseDecimalCents('0.29'))).toBe(29); // 0.29 * 100 = 28.999999999999996 in floats
    expect(cents(parseDecimalCents('-1.27'))).toBe(-127);
    expect(cents(parseDecimalCents('.5'))).toBe(50);
    expect(cents(parseDecimalCents('34'))).toBe(3400);
    expect(cents(parseDecimalCents('150000.00'))).toBe(15000000);
    expect(cents(parseDecimalCents('1.250'))).toBe(125);
    expect(cents(parseDecimalCents('-0'))).toBe(0);
  });

  it('refuses what is not an amount, or would lose a fraction of a cent', () => {
    expect(parseDecimalCents('1O.00').ok).toBe(false);
    expect(parseDecimalCents('').ok).toBe(false);
    expect(parseDecimalCents('-').ok).toBe(false);
    expect(parseDecimalCents('.').ok).toBe(false);
    expect(parseDecimalCents('1.2.3').ok).toBe(false);
    expect(cents(parseDecimalCents('12.345'))).toMatch(/more than 2 decimal places/);
  });

  it('reads spreadsheet money: thousands, dollar signs, parentheses for negatives', () => {
    expect(cents(parseMoneyText('1,234.50'))).toBe(123450);
    expect(cents(parseMoneyText('$12'))).toBe(1200);
    expect(cents(parseMoneyText('(12.00)'))).toBe(-1200);
    expect(cents(parseMoneyText('($1,000.10)'))).toBe(-100010);
    expect(cents(parseMoneyText('-$3.10'))).toBe(-310);
    expect(cents(parseMoneyText('$-3.10'))).toBe(-310);
    expect(cents(parseMoneyText(' 7 '))).toBe(700);
    expect(cents(parseMoneyText('1,234,567'))).toBe(123456700);
  });

  it('rejects malformed spreadsheet money with a reason', () => {
    expect(cents(parseMoneyText('2,00.00'))).toMatch(/thousands separators/);
    expect(cents(parseMoneyText('1,2345'))).toMatch(/thousands separators/);
    expect(cents(parseMoneyText('abc'))).toMatch(/not a number/);
    expect(cents(parseMoneyText('$'))).toMatch(/not a number|empty/);
    expect(cents(parseMoneyText('--5'))).toMatch(/not a money amount/);
    expect(cents(parseMoneyText('12.345'))).toMatch(/more than 2 decimal places/);
  });

  it('rounds FHIR decimals half away from zero on their shortest text', () => {
    expect(cents(numberToCents(28.104000000000003))).toBe(2810);
    expect(cents(numberToCents(112.41600000000001))).toBe(11242);
    expect(cents(numberToCents(1.005))).toBe(101); // Math.round(1.005 * 100) is 100
    expect(cents(numberToCents(-0.005))).toBe(-1);
    expect(cents(numberToCents(0.1 + 0.2))).toBe(30);
    expect(cents(numberToCents(269.68))).toBe(26968);
    expect(numberToCents(Number.NaN).ok).toBe(false);
  });

  it('any whole number of cents written as a decimal comes back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (c) => {
        expect(numberToCents(c / 100)).toEqual({ ok: true, cents: c });
        expect(numberToCents(Number((c / 100).toFixed(2)))).toEqual({ ok: true, cents: c });
      }),
      { numRuns: 5000 },
    );
  });

  it('the allocation-free fast path agrees with the full parser on any decimal text', () => {
    const decimal = fc
      .tuple(fc.constantFrom('', '-', '+'), fc.stringMatching(/^[0-9]{0,9}$/), fc.constantFrom('', '.'), fc.stringMatching(/^[0-9]{0,4}$/))
      .map(([s, w, d, f]) => s + w + d + f);
    fc.assert(
      fc.property(fc.oneof(decimal, fc.string({ maxLength: 8 })), (text) => {
        const fast = decimalCentsOrNaN(text);
        const full = parseDecimalCents(text);
        if (!Number.isNaN(fast)) expect(full).toEqual({ ok: true, cents: fast });
        // NaN only defers to the full parser, so any text the full parser rejects must give NaN.
        if (!full.ok) expect(fast).toBeNaN();
      }),
      { numRuns: 2000 },
    );
  });
});
