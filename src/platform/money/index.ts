/** Money is always an integer number of cents (USD). */
export type Cents = number;

export function assertCents(value: number, field = 'amountCents'): Cents {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${field} must be an integer number of cents, got ${value}`);
  return value;
}

/** Parses "1,234.50", "$12", "(12.00)", "-3.5" into cents exactly (no float rounding); null when not money. */
export function parseMoneyToCents(text: string): Cents | null {
  let s = text.trim();
  if (s === '') return null;
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1).trim();
  }
  s = s.replace(/^\$/, '').replace(/,/g, '');
  const m = /^(\d+)(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return null;
  const whole = Number(m[1]);
  const frac = Number((m[2] ?? '').padEnd(2, '0') || '0');
  const cents = whole * 100 + frac;
  if (!Number.isSafeInteger(cents)) return null;
  return negative ? -cents : cents;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** "$1,234.50" for display, in a locale ("1.234,50 US$" for es; the formatter is kept per locale). */
export function formatCents(cents: Cents, locale = 'en-US'): string {
  let f = moneyFormats.get(locale);
  if (!f) moneyFormats.set(locale, (f = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' })));
  return f.format(cents / 100);
}
