// Outcome analytics and experiments: the KPIs of ../shared/contracts/analytics.md from daily
// rollups kept up to date set-based, the dashboard's series, the fairness report, experiment results.
export { refreshAnalytics, refreshTenantAnalytics, REFRESH_LAG_DAYS, PASS_LAG_DAYS, type RefreshMode, type RefreshOptions, type RefreshResult } from './refresh-analytics.js';
export { readAnalytics, resolveWindow, parseGroupBy, analyticsCsv, windowMetrics, type AnalyticsReport, type AnalyticsWindow } from './read-analytics.js';
export { KPI_FIELDS, CSV_COLUMNS, kpisFromMetrics, histogramMedian, rate, csvLine, type Kpis } from './kpis.js';
export { GROUP_BY, DIMENSIONS, type GroupBy, type Dimension } from './sql.js';
export { readDashboard, AGING_BUCKETS, type DashboardSeries } from './read-dashboard.js';
export { readFairness, readFairnessScores, fairnessCsv, fairnessScoresCsv, FAIRNESS_DIMENSIONS, FAIRNESS_MEASURES, GAP_POINTS, MIN_GROUP, SCORE_DIMENSIONS, SCORE_GAP, type FairnessReport, type FairnessRow, type FairnessScoreRow } from './read-fairness.js';
export { readExperimentResults, enforceGuardrails, HORIZON_DAYS, type ExperimentResult, type ArmResult } from './experiment-results.js';
export { diffOfProportions, diffOfMeans, sampleSizePerArm, type Interval } from './stats.js';
export { importZipIncome, parseZipIncomeCsv, readZipIncomeSummary, ZIP_INCOME_COLUMNS, type ZipIncomeSummary, type ImportZipIncomeOptions } from './import-zip-income.js';
