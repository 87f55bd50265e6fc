#!/usr/bin/env node
// Builds the embedded database snapshot (a migrated, empty PGlite data folder as a gzip tarball in
// dist/embedded-db/) that a first `kindly start` on a new data folder unpacks instead of creating
// and migrating a cluster (src/platform/db/snapshot.ts). Runs at install (`prepare`) after
// scripts/build-server.mjs, from its output. Not committed; a missing or stale one is only slower.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const { buildSnapshot } = await import(pathToFileURL(join(root, 'dist', 'src', 'platform', 'db', 'snapshot.js')).href);
const { file, bytes } = await buildSnapshot();
process.stdout.write(`embedded database snapshot: ${file.slice(root.length + 1)} (${(bytes / 1e6).toFixed(1)} MB)\n`);
