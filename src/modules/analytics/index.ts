// Outcome analytics and experiments: the KPIs of ../shared/contracts/analytics.md from daily
// rollups kept up to date set-based, the dashboard's series, the fairness report, experiment results.
export { refreshAnalytics, refreshTenantAnalytics, REFRESH_LAG_DAYS, type RefreshOptions, type RefreshResult } from './refresh-analytics.js';
export { readAnalytics, resolveWindow, parseGroupBy, analyticsCsv, windowMetrics, type AnalyticsReport, type AnalyticsWindow } from './read-analytics.js';
export { KPI_FIELDS, CSV_COLUMNS, kpisFromMetrics, histogramMedian, rate, csvLine, type Kpis } from './kpis.js';
export { GROUP_BY, DIMENSIONS, type GroupBy, type Dimension } from './sql.js';
