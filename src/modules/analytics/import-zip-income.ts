import { parse } from 'csv-parse/sync';
import type { Queryable } from '../../platform/db/index.js';
import { AppError, type FieldIssue } from '../../platform/errors/index.js';
import { query } from './sql.js';

/** Columns of the ZIP income CSV a tenant supplies (one row per 3-digit ZIP area, income in whole dollars). */
export const ZIP_INCOME_COLUMNS = ['zip3', 'median_household_income_usd'] as const;

export interface ImportZipIncomeOptions {
  tenantId: string;
  /** The CSV text. */
  csv: string;
  /** The file's name, for the problems reported. */
  file: string;
  /** Where the figures come from (e.g. "Census ACS 2019-2023 5-year, table B19013, ZIP3 medians by ..."); stored with every row. */
  source: string;
  now: Date;
}

export interface ZipIncomeSummary {
  areas: number;
  source: string | null;
  loadedAt: string | null;
}

/**
 * Parses and checks a ZIP3 income file, every problem listed with its file, line and field; nothing
 * is loaded unless the whole file is right.
 */
export function parseZipIncomeCsv(csv: string, file: string): { rows: Array<{ zip3: string; cents: number }>; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  let records: string[][];
  try {
    records = parse(csv, { skip_empty_lines: true, trim: true, relax_column_count: true }) as string[][];
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    return { rows: [], issues: [{ path: 'file', file, line, message: `not a readable CSV: ${(err as Error).message}` }] };
  }
  const header = (records[0] ?? []).map((h) => h.toLowerCase());
  const missing = ZIP_INCOME_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) return { rows: [], issues: [{ path: missing.join(', '), file, line: 1, message: `the header needs the columns ${ZIP_INCOME_COLUMNS.join(', ')}; missing ${missing.join(', ')}` }] };
  const zi = header.indexOf('zip3');
  const ii = header.indexOf('median_household_income_usd');
  const seen = new Map<string, number>();
  const rows: Array<{ zip3: string; cents: number }> = [];
  records.slice(1).forEach((r, i) => {
    const line = i + 2;
    const zip3 = r[zi] ?? '';
    const income = (r[ii] ?? '').replace(/[$,]/g, '');
    let ok = true;
    if (!/^[0-9]{3}$/.test(zip3)) {
      issues.push({ path: 'zip3', file, line, message: `"${zip3}" is not a 3-digit ZIP area (keep leading zeros: 021)` });
      ok = false;
    } else if (seen.has(zip3)) {
      issues.push({ path: 'zip3', file, line, message: `ZIP area ${zip3} is already on line ${seen.get(zip3)}` });
      ok = false;
    } else seen.set(zip3, line);
    if (!/^[0-9]+(\.[0-9]{1,2})?$/.test(income) || Number(income) <= 0 || Number(income) > 10_000_000) {
      issues.push({ path: 'median_household_income_usd', file, line, message: `"${r[ii] ?? ''}" is not an amount in dollars between 1 and 10,000,000` });
      ok = false;
    }
    if (ok) rows.push({ zip3, cents: Math.round(Number(income) * 100) });
  });
  if (!rows.length && !issues.length) issues.push({ path: 'file', file, line: 2, message: 'no ZIP areas in the file' });
  return { rows, issues };
}

/**
 * Replaces the tenant's ZIP income table with the file's rows (one transaction). Quintiles are
 * computed over the loaded areas when accounts enter the cohort, so the caller rebuilds the
 * tenant's rollups afterwards.
 */
export async function importZipIncome(q: Queryable, opts: ImportZipIncomeOptions): Promise<ZipIncomeSummary> {
  const source = opts.source.trim();
  const { rows, issues } = parseZipIncomeCsv(opts.csv, opts.file);
  if (source.length < 3) issues.unshift({ path: 'source', message: 'say where the figures come from (for example the Census table and year)' });
  if (issues.length) {
    throw new AppError('validation_failed', { message: issues.map((i) => `${i.file ?? 'source'}${i.line ? `:${i.line}` : ''}: ${i.path}: ${i.message}`).join('\n'), issues });
  }
  await query(q, 'delete from zip_income where tenant_id = $1', [opts.tenantId]);
  await query(
    q,
    `insert into zip_income (tenant_id, zip3, median_household_income_cents, source, loaded_at)
     select $1, z, c, $4, $5 from unnest($2::text[], $3::bigint[]) as t(z, c)`,
    [opts.tenantId, rows.map((r) => r.zip3), rows.map((r) => r.cents), source, opts.now],
  );
  return readZipIncomeSummary(q, opts.tenantId);
}

/** How many ZIP areas the tenant has loaded, and from where. */
export async function readZipIncomeSummary(q: Queryable, tenantId: string): Promise<ZipIncomeSummary> {
  const [r] = await query<{ n: number; source: string | null; loaded_at: Date | string | null }>(
    q,
    'select count(*)::int as n, min(source) as source, max(loaded_at) as loaded_at from zip_income where tenant_id = $1',
    [tenantId],
  );
  return { areas: r?.n ?? 0, source: r?.source ?? null, loadedAt: r?.loaded_at ? new Date(r.loaded_at).toISOString() : null };
}
