import { readFileSync, readdirSync } from 'node:fs';
import { parseX12_835 } from './src/modules/ingestion/index.ts';
const d1 = '../shared/data/x12/835/edi-835-parser/', d2 = '../shared/data/x12/835/linuxforhealth-x12/';
const docs = [...readdirSync(d1).filter(f => f.endsWith('.txt') && !f.startsWith('blue')).map(f => d1 + f), ...readdirSync(d2).map(f => d2 + f)].map(f => readFileSync(f, 'utf8'));
const list: string[] = []; for (let i = 0; i < 3000; i++) list.push(...docs);
const bytes = list.reduce((a, s) => a + s.length, 0);
for (let r = 0; r < 3; r++) { const t = performance.now(); let n = 0; for (const s of list) n += parseX12_835(s).length; console.log((bytes / 1e6 / ((performance.now() - t) / 1000)).toFixed(1), 'MB/s'); }
