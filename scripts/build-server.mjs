#!/usr/bin/env node
// Compiles the server, CLI and benchmarks (src/, bench/) to JavaScript in dist/, file by file
// (no bundling: every module keeps its path, so relative imports and JSON imports still resolve),
// so `kindly` starts without compiling TypeScript at run time. Type checking stays `npm run
// typecheck`; this only strips types, which takes about a second. Runs at install (`prepare`).
// bin/kindly.js uses dist/ only when dist/.built is newer than every source file.
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
const isTest = (f) => /\.test\.ts$/.test(f);

function walk(dir) {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath ?? e.path, e.name)));
}

const sources = [...walk('src'), ...walk('bench')];
const entryPoints = sources.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !isTest(f));
rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: entryPoints.map((f) => join(root, f)),
  outdir: out,
  outbase: root,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  sourcemap: true,
  logLevel: 'warning',
});
// Data the modules read beside their code (JSON imports, labelled JSONL) sits where it does in src/.
for (const f of sources.filter((f) => /\.jsonl?$/.test(f))) {
  mkdirSync(dirname(join(out, f)), { recursive: true });
  copyFileSync(join(root, f), join(out, f));
}
writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
writeFileSync(join(out, '.built'), new Date().toISOString() + '\n');
process.stdout.write(`built ${entryPoints.length} files into dist/\n`);
