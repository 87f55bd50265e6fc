import type { Queryable } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { CSV_COLUMNS, csvLine, kpiCsvCells, kpisFromMetrics, type Kpis } from './kpis.js';
import { GROUP_BY, query, type Dimension, type GroupBy } from './sql.js';

const DAY = 86_400_000;

/** A window of whole UTC days [from, until): the rollups are daily. */
export interface AnalyticsWindow {
  from: Date;
  until: Date;
}

function startOfUtcDay(d: Date): Date {
  return new Date(Math.floor(d.getTime() / DAY) * DAY);
}

/**
 * The window a request asks for. Bounds are ISO instants truncated to the UTC day they fall in
 * (the output echoes the bounds used). Default: the 90 days before the clock, counting the
 * clock's own day up to now: [day(now) + 1 - 90 days, day(now) + 1).
 */
export function resolveWindow(now: Date, from?: string, until?: string): AnalyticsWindow {
  const parse = (field: 'from' | 'until', v: string | undefined): Date | null => {
    if (v === undefined || v === '') return null;
    const d = new Date(v);
    if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(d.getTime())) {
      throw new AppError('validation_failed', { message: `${field} must be an ISO date or instant, got "${v}"`, issues: [{ path: field, message: 'must be an ISO date or instant (e.g. 2026-03-01 or 2026-03-01T00:00:00Z)' }] });
    }
    return startOfUtcDay(d);
  };
  const u = parse('until', until) ?? new Date(startOfUtcDay(now).getTime() + DAY);
  const f = parse('from', from) ?? new Date(u.getTime() - 90 * DAY);
  if (f.getTime() >= u.getTime()) {
    throw new AppError('validation_failed', { message: 'from must be before until (whole UTC days)', issues: [{ path: 'from', message: 'must be before until' }] });
  }
  return { from: f, until: u };
}

export function parseGroupBy(by: string | undefined): GroupBy | undefined {
  if (by === undefined || by === '') return undefined;
  if (!(GROUP_BY as readonly string[]).includes(by)) {
    throw new AppError('validation_failed', { message: `by must be one of ${GROUP_BY.join(', ')}; got "${by}"`, issues: [{ path: 'by', message: `one of ${GROUP_BY.join(', ')}` }] });
  }
  return by as GroupBy;
}

export interface AnalyticsReport {
  from: string;
  until: string;
  tenant: string;
  generatedAt: string;
  kpis: Kpis;
  groups?: Array<{ key: string; kpis: Kpis }>;
}

/** Summed rollup metrics per key of a dimension over a window (one index range scan). */
export async function windowMetrics(q: Queryable, tenantId: string, dim: Dimension | 'channel_hour', w: AnalyticsWindow): Promise<Map<string, Map<string, number>>> {
  const from = w.from.toISOString().slice(0, 10);
  const until = w.until.toISOString().slice(0, 10);
  const found = await query<{ key: string; metric: string; value: number | string }>(
    q,
    `select key, metric, sum(value)::bigint as value from analytics_daily
     where tenant_id = $1 and dim = $2 and start_day >= $3::date and start_day < $4::date and day < $4::date
     group by key, metric`,
    [tenantId, dim, from, until],
  );
  const out = new Map<string, Map<string, number>>();
  for (const r of found) {
    let m = out.get(r.key);
    if (!m) out.set(r.key, (m = new Map()));
    m.set(r.metric, Number(r.value));
  }
  return out;
}

/**
 * The contract's KPIs for a window, optionally grouped (groups partition the whole: every event is
 * counted under exactly one key, 'none' when it has no value for the grouping). Reads the rollups
 * only; refresh them first (refreshAnalytics) for an up-to-date answer.
 */
export async function readAnalytics(q: Queryable, opts: { tenantId: string; tenantSlug: string; now: Date; window: AnalyticsWindow; by?: GroupBy }): Promise<AnalyticsReport> {
  const all = await windowMetrics(q, opts.tenantId, 'all', opts.window);
  const report: AnalyticsReport = {
    from: opts.window.from.toISOString(),
    until: opts.window.until.toISOString(),
    tenant: opts.tenantSlug,
    generatedAt: opts.now.toISOString(),
    kpis: kpisFromMetrics(all.get('') ?? new Map()),
  };
  if (opts.by) {
    const groups = await windowMetrics(q, opts.tenantId, opts.by, opts.window);
    report.groups = [...groups.keys()].sort().map((key) => ({ key, kpis: kpisFromMetrics(groups.get(key)!) }));
  }
  return report;
}

/** `--csv`: one row per group (or one row), the KPI fields as columns. */
export function analyticsCsv(r: AnalyticsReport): string {
  const head = ['from', 'until', 'tenant', ...(r.groups ? ['group'] : []), ...CSV_COLUMNS];
  const lines = [csvLine(head)];
  if (r.groups) for (const g of r.groups) lines.push(csvLine([r.from, r.until, r.tenant, g.key, ...kpiCsvCells(g.kpis)]));
  else lines.push(csvLine([r.from, r.until, r.tenant, ...kpiCsvCells(r.kpis)]));
  return lines.join('\n') + '\n';
}
