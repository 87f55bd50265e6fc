#!/usr/bin/env node
// Runs the CLI from the JavaScript build in dist/ (scripts/build-server.mjs, run by `npm install`
// through `prepare`) when that build is at least as new as every file in src/ and bench/; otherwise
// from the TypeScript sources through tsx's loader. So a fresh clone starts fast, and a developer
// who edits src/ never runs stale code: the first edit makes dist/ older than the sources and the
// CLI falls back to tsx (slower to start, always current) until `npm run build:server`.
// Checking is one stat per source file (a few milliseconds). KINDLY_FROM_SOURCE=1 forces tsx.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = join(root, 'dist', '.built');

function newestSourceMs() {
  let newest = 0;
  for (const dir of ['src', 'bench']) {
    for (const e of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
      if (!e.isFile()) continue;
      const ms = statSync(join(e.parentPath ?? e.path, e.name)).mtimeMs;
      if (ms > newest) newest = ms;
    }
  }
  return newest;
}

const compiled = process.env.KINDLY_FROM_SOURCE !== '1' && existsSync(stamp) && statSync(stamp).mtimeMs >= newestSourceMs();
let base;
if (compiled) {
  process.setSourceMapsEnabled(true);
  base = join(root, 'dist');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  base = root;
}
const ext = compiled ? '.js' : '.ts';
const load = (path) => import(pathToFileURL(join(base, path + ext)).href);
const [{ main }, { registerBench }] = await Promise.all([load('src/server/cli/main'), load('bench/command')]);
await main(process.argv, [registerBench]);
