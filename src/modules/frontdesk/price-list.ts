import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { AppError, type FieldIssue } from '../../platform/errors/index.js';
import { repoRoot } from '../../platform/shared-data/index.js';
import { parseDecimalCents } from '../ingestion/index.js';

export interface PriceListItem {
  code: string;
  description: { en: string; es: string };
  serviceType: string;
  grossChargeCents: number;
  cashPriceCents: number;
  negotiatedRateCents: number;
}

const COLUMNS = ['code', 'description', 'description_es', 'service_type', 'gross_charge', 'cash_price', 'negotiated_rate'] as const;

/** Reads and validates a price list CSV; every problem is listed at once with its line and column. */
export function parsePriceList(text: string, file = 'price-list.csv'): PriceListItem[] {
  const records = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Array<Record<string, string>>;
  const issues: FieldIssue[] = [];
  const header = Object.keys(records[0] ?? {});
  for (const c of COLUMNS) if (!header.includes(c)) issues.push({ path: c, message: `missing column ${c}`, file, line: 1 });
  const items: PriceListItem[] = [];
  const seen = new Set<string>();
  records.forEach((r, i) => {
    const line = i + 2;
    const money = (col: string): number => {
      const m = parseDecimalCents(r[col] ?? '');
      if (!m.ok || m.cents < 0) {
        issues.push({ path: col, message: `"${r[col] ?? ''}" is not an amount in dollars`, file, line });
        return 0;
      }
      return m.cents;
    };
    if (!r.code) issues.push({ path: 'code', message: 'a code is required', file, line });
    else if (seen.has(r.code)) issues.push({ path: 'code', message: `code ${r.code} appears twice`, file, line });
    seen.add(r.code ?? '');
    if (!r.description) issues.push({ path: 'description', message: 'a plain-language description is required', file, line });
    items.push({ code: r.code ?? '', description: { en: r.description ?? '', es: r.description_es || r.description || '' }, serviceType: r.service_type || '30', grossChargeCents: money('gross_charge'), cashPriceCents: money('cash_price'), negotiatedRateCents: money('negotiated_rate') });
  });
  if (issues.length) throw new AppError('validation_failed', { message: issues.map((x) => `${x.file}:${x.line} ${x.path}: ${x.message}`).join('; '), issues });
  return items;
}

let cached: PriceListItem[] | null = null;

/** The shipped price list (config/frontdesk/price-list.csv), loaded once. */
export function loadPriceList(): PriceListItem[] {
  cached ??= parsePriceList(readFileSync(join(repoRoot, 'config', 'frontdesk', 'price-list.csv'), 'utf8'));
  return cached;
}
