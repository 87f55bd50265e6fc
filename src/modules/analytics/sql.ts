import { rows, sqlFromText, type Queryable } from '../../platform/db/index.js';

/** Runs `$n`-parameterized SQL on a connection or transaction (both drivers). */
export function query<T>(q: Queryable, text: string, params: unknown[] = []): Promise<T[]> {
  return rows<T>(q, sqlFromText(text, params));
}

/** The grouping keys of `kindly analytics --by` (../shared/contracts/analytics.md). */
export const GROUP_BY = ['journey', 'channel', 'language', 'payer_type', 'age_band', 'variant', 'agent'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** Dimensions the rollups keep: the contract's groupings, the fairness report's ZIP-income quintile, and 'all'. */
export const DIMENSIONS = ['all', ...GROUP_BY, 'zip_quintile'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * The dimension rows one event expands into, from a source row aliased `e` that carries one column
 * per dimension. Every event gets exactly one key per dimension ('none' when unknown), so the
 * groups of any dimension partition the whole.
 */
export const EXPAND_DIMENSIONS = `cross join lateral (values ('all', ''), ('journey', e.journey), ('channel', e.channel), ('language', e.language),
  ('payer_type', e.payer_type), ('age_band', e.age_band), ('variant', e.variant), ('agent', e.agent), ('zip_quintile', e.zip_quintile)) d(dim, key)`;
