import type { Database } from '../../platform/db/index.js';
import { loadHouseholdColumns } from './household-facts.js';
import { scoreAccounts, type ScoreAccountsResult } from './score-accounts.js';
import { screenBook, type ScreenBookResult } from './screen-book.js';
import { trainScoringModels, type TrainScoringModelsResult } from './train-scoring-models.js';

/** Job queues: weekly retraining (then scoring and screening), nightly scoring and screening. */
export const SCORING_TRAIN_QUEUE = 'scoring-train';
export const SCORING_RUN_QUEUE = 'scoring-run';

export interface RunScoringOptions {
  database: Database;
  now: Date;
  /** Every tenant when absent. */
  tenantId?: string;
  train: boolean;
  seed?: number;
}

export interface RunScoringResult {
  tenants: Array<{ tenantId: string; trained: TrainScoringModelsResult | null; scored: ScoreAccountsResult; screened: ScreenBookResult }>;
}

/** Trains (when asked), scores, then screens the book: screening reads the fresh hardship scores. */
export async function runScoring(opts: RunScoringOptions): Promise<RunScoringResult> {
  const tenants = opts.tenantId
    ? [{ id: opts.tenantId, time_zone: (await opts.database.query<{ time_zone: string }>('select time_zone from tenants where id = $1', [opts.tenantId]))[0]?.time_zone ?? 'UTC' }]
    : await opts.database.query<{ id: string; time_zone: string }>('select id, time_zone from tenants order by id');
  const out: RunScoringResult['tenants'] = [];
  for (const t of tenants) {
    // Households are decrypted once per tenant and run: every household for training, else those
    // of people who owe something (all that scoring and screening join).
    const households = await loadHouseholdColumns(opts.database, t.id, opts.train ? {} : { owing: true });
    const base = { database: opts.database, tenantId: t.id, now: opts.now, timeZone: t.time_zone, households };
    const trained = opts.train ? await trainScoringModels({ ...base, ...(opts.seed !== undefined ? { seed: opts.seed } : {}) }) : null;
    const scored = await scoreAccounts(base);
    const screened = await screenBook(base);
    out.push({ tenantId: t.id, trained, scored, screened });
  }
  return { tenants: out };
}
