/** One CSV cell, RFC 4180 quoted when needed. */
function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface Column<T> {
  key: keyof T & string;
  label: string;
  /** How the table shows the value (the CSV keeps the raw value). */
  format?: (v: T[keyof T], row: T) => string;
}

export function toCsv<T>(rows: T[], columns: Column<T>[]): string {
  return [columns.map((c) => cell(c.key)).join(','), ...rows.map((r) => columns.map((c) => cell(r[c.key])).join(','))].join('\n') + '\n';
}

/** Saves text as a file through a temporary link (works in every browser, no server round trip). */
export function downloadText(fileName: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const pct = (v: unknown): string => (v === null || v === undefined ? '—' : `${(Number(v) * 100).toFixed(1)}%`);
export const num = (v: unknown): string => (v === null || v === undefined ? '—' : Number(v).toLocaleString('en-US'));
export const money = (v: unknown): string =>
  v === null || v === undefined ? '—' : new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(Number(v) / 100);

/** Plain words for the codes analytics groups by. */
const LABELS: Record<string, string> = {
  none: 'Not known / not contacted yet',
  email: 'Email', sms: 'Text message', letter: 'Letter', call: 'Phone call',
  en: 'English', es: 'Spanish',
  insured: 'Insured (after insurance)', self_pay: 'Self pay', member: 'Health plan member',
  under_18: 'Under 18', '18_34': '18–34', '35_49': '35–49', '50_64': '50–64', '65_plus': '65 and over', unknown: 'Unknown',
  q1: 'Lowest income fifth', q2: 'Second fifth', q3: 'Middle fifth', q4: 'Fourth fifth', q5: 'Highest income fifth',
  'self-pay-standard': 'Patient balance after insurance', 'plan-servicing': 'Payment plan servicing', 'post-resolution': 'After payment', 'payer-premium-grace': 'Premium grace period',
  journey: 'Journey', channel: 'First channel', language: 'Language', payer_type: 'Payer type', age_band: 'Age band', variant: 'Experiment arm', agent: 'Agent', zip_quintile: 'ZIP income',
};
export const label = (code: string): string => LABELS[code] ?? code.replace(/[_-]/g, ' ');
