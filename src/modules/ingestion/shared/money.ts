import type { Cents } from '../types.js';

/** Result of a money parse: cents, or an error message for the rejection. */
export type MoneyParse = { ok: true; cents: Cents } | { ok: false; error: string };

const MAX_CENTS = Number.MAX_SAFE_INTEGER;

/**
 * Fast path of parseDecimalCents for the hot X12 loop: cents, or NaN when the text needs the full
 * parser (which then explains the error). Allocates nothing.
 */
export function decimalCentsOrNaN(text: string): number {
  const n = text.length;
  let i = 0;
  let sign = 1;
  const first = text.charCodeAt(0);
  if (first === 45) {
    sign = -1;
    i = 1;
  }
  let v = 0;
  let digits = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    v = v * 10 + c;
    digits++;
  }
  let fd = 0;
  if (i < n && text.charCodeAt(i) === 46) {
    i++;
    for (; i < n && fd < 2; i++, fd++) {
      const c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return NaN;
      v = v * 10 + c;
    }
    if (i < n) return NaN; // more decimals (possibly zeros): let the full parser decide
  }
  if (i !== n || digits + fd === 0 || v > 9e13) return NaN;
  if (fd === 0) v *= 100;
  else if (fd === 1) v *= 10;
  return v === 0 ? 0 : sign * v;
}

/**
 * Exact decimal text -> cents, for X12 `R` amounts: `-12.5`, `.75`, `1922.86`, `150000.00`.
 * No float arithmetic: digits are accumulated as integers, so `0.29` is 29 cents, not 28.
 * More than two decimals is accepted only when the extra digits are zeros (`1.250`).
 */
export function parseDecimalCents(text: string): MoneyParse {
  const n = text.length;
  let i = 0;
  let negative = false;
  if (n === 0) return { ok: false, error: 'empty amount' };
  const first = text.charCodeAt(0);
  if (first === 45 /* - */) {
    negative = true;
    i = 1;
  } else if (first === 43 /* + */) {
    i = 1;
  }
  let whole = 0;
  let digits = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    whole = whole * 10 + (c - 48);
    digits++;
  }
  let frac = 0;
  let fracDigits = 0;
  if (i < n && text.charCodeAt(i) === 46 /* . */) {
    i++;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      if (fracDigits < 2) {
        frac = frac * 10 + (c - 48);
      } else if (c !== 48) {
        return { ok: false, error: `"${text}" has more than 2 decimal places` };
      }
      fracDigits++;
    }
  }
  if (i !== n || digits + fracDigits === 0) {
    return { ok: false, error: `"${text}" is not a number` };
  }
  if (fracDigits === 1) frac *= 10;
  const cents = whole * 100 + frac;
  if (cents > MAX_CENTS) return { ok: false, error: `"${text}" is too large` };
  return { ok: true, cents: negative && cents !== 0 ? -cents : cents };
}

/**
 * Money as people write it in spreadsheets -> cents: `1,234.50`, `$12`, `(12.00)` (negative),
 * `-$3.10`, `$-3.10`, ` 7 `. Thousands separators must group by three.
 */
export function parseMoneyText(input: string): MoneyParse {
  let s = input.trim();
  if (s === '') return { ok: false, error: 'empty amount' };
  // At most one way of saying "negative": parentheses, or a minus before or after the `$`.
  let signs = 0;
  if (s.startsWith('(') && s.endsWith(')')) {
    signs++;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith('-')) {
    signs++;
    s = s.slice(1).trim();
  }
  if (s.startsWith('$')) s = s.slice(1).trim();
  if (s.startsWith('-')) {
    signs++;
    s = s.slice(1).trim();
  }
  if (signs > 1) return { ok: false, error: `"${input.trim()}" is not a money amount` };
  const negative = signs === 1;
  if (s.includes(',')) {
    const dot = s.indexOf('.');
    const intPart = dot < 0 ? s : s.slice(0, dot);
    const groups = intPart.split(',');
    const ok =
      groups.length > 1 &&
      groups[0]!.length >= 1 &&
      groups[0]!.length <= 3 &&
      groups.slice(1).every((g) => g.length === 3);
    if (!ok) return { ok: false, error: `"${input.trim()}" has misplaced thousands separators` };
    s = groups.join('') + (dot < 0 ? '' : s.slice(dot));
  }
  if (s.startsWith('+') || s.startsWith('-')) {
    return { ok: false, error: `"${input.trim()}" is not a money amount` };
  }
  const parsed = parseDecimalCents(s);
  if (!parsed.ok) {
    return { ok: false, error: parsed.error.replace(`"${s}"`, `"${input.trim()}"`) };
  }
  return { ok: true, cents: negative && parsed.cents !== 0 ? -parsed.cents : parsed.cents };
}

/**
 * A JSON number (FHIR `decimal`) -> cents, rounding half away from zero on its shortest decimal
 * representation: 28.104000000000003 -> 2810, 1.005 -> 101 (Math.round(1.005 * 100) gives 100).
 */
export function numberToCents(value: number): MoneyParse {
  if (!Number.isFinite(value)) return { ok: false, error: `${String(value)} is not a finite number` };
  // Fast path: a value with at most two decimals lands within float noise of a whole number of
  // cents (140.52 * 100 = 14052.000000000002); that whole number is exact. Anything else (a real
  // fraction of a cent, such as Synthea's 28.104000000000003) takes the decimal-text path.
  const scaled = value * 100;
  if (Math.abs(scaled) < 1e13) {
    const whole = Math.round(scaled);
    if (Math.abs(scaled - whole) < 1e-6) return { ok: true, cents: whole === 0 ? 0 : whole };
  }
  const text = String(Math.abs(value));
  let cents: number;
  if (text.includes('e')) {
    // Exponent form only happens below 1e-6 or above 1e21: tiny values round to 0, huge overflow.
    cents = Math.round(Math.abs(value) * 100);
  } else {
    const dot = text.indexOf('.');
    const whole = dot < 0 ? text : text.slice(0, dot);
    const frac = dot < 0 ? '' : text.slice(dot + 1);
    const two = (frac + '00').slice(0, 2);
    cents = Number(whole) * 100 + Number(two);
    if (frac.length > 2 && frac.charCodeAt(2) >= 53 /* '5' */) cents += 1;
  }
  if (!Number.isSafeInteger(cents)) return { ok: false, error: `${String(value)} is too large` };
  return { ok: true, cents: value < 0 && cents !== 0 ? -cents : cents };
}
