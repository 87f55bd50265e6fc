/** One benchmark's figures; `name` is required, the rest as in ../shared/contracts/cli.md. */
export interface BenchResult {
  name: string;
  [figure: string]: unknown;
}

export interface BenchContext {
  /** --accounts N (default chosen by each benchmark when absent). */
  accounts?: number;
  /** 'postgresql' when DATABASE_URL is set, else 'pglite'. */
  database: 'postgresql' | 'pglite';
  /** ../shared/data or null when absent. */
  sharedDataDir: string | null;
}

export interface Benchmark {
  name: string;
  run(ctx: BenchContext): Promise<BenchResult[]>;
}
