#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx's ESM loader so `npx kindly` and `npm start`
// need no build step for the server; the web app is built by Vite on first start.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/server/cli/main.ts');
await main(process.argv);
