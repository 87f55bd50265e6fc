import { readFileSync } from 'node:fs';
import * as c from './src/modules/conversations/index.js';
const u = c.parseUtterances(readFileSync(c.UTTERANCES_URL, 'utf8'));
for (let r = 0; r < 3; r++) { const t0 = performance.now(); for (const x of u) c.analyzeUtterance(x.text); console.log(((performance.now() - t0) * 1000 / u.length).toFixed(1), 'us/analyze'); }
for (let r = 0; r < 3; r++) { const t0 = performance.now(); for (const x of u) c.detectIntents(x.text); console.log(((performance.now() - t0) * 1000 / u.length).toFixed(1), 'us/intents'); }
