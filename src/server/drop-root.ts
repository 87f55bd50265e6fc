import { resolve } from 'node:path';

/** The installation's drop root: KINDLY_DROP_DIR, else `drop` in the data folder. */
export function dropRootFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.KINDLY_DROP_DIR ? resolve(env.KINDLY_DROP_DIR) : resolve(env.KINDLY_DATA_DIR ?? './data', 'drop');
}
