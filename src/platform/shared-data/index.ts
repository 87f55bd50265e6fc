import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const sourceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Repository root (the folder holding package.json), whether this runs from src/ or from the
 * compiled copy in dist/src/ (scripts/build-server.mjs).
 */
export const repoRoot = basename(sourceRoot) === 'dist' && existsSync(join(sourceRoot, '..', 'package.json')) ? dirname(sourceRoot) : sourceRoot;

/**
 * The third-party test data folder: `configured` (KINDLY_SHARED_DATA, read by the caller) or
 * ../shared/data beside the repo; null when it is absent (a user's fresh clone). Tests on it skip
 * with a clear message in that case.
 */
export function sharedDataDir(configured?: string): string | null {
  const candidate = configured || join(repoRoot, '..', 'shared', 'data');
  return existsSync(candidate) ? candidate : null;
}

export const SHARED_DATA_MISSING =
  '../shared/data is absent (fresh clone): tests on third-party data are skipped';
