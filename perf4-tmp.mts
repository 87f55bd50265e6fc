import { readFileSync, readdirSync } from 'node:fs';
import { X12_835Parser } from './src/modules/ingestion/index.ts';
const d1 = '../shared/data/x12/835/edi-835-parser/', d2 = '../shared/data/x12/835/linuxforhealth-x12/';
const docs = [...readdirSync(d1).filter(f => f.endsWith('.txt') && !f.startsWith('blue')).map(f => d1 + f), ...readdirSync(d2).map(f => d2 + f)].map(f => readFileSync(f, 'utf8'));
const list: string[] = []; for (let i = 0; i < 3000; i++) list.push(...docs);
const big = list.join('\n');
for (let r = 0; r < 4; r++) { const c = process.cpuUsage(); let n = 0; const p = new X12_835Parser(); for (let i = 0; i < big.length; i += 1 << 16) n += p.push(big.slice(i, i + (1 << 16))).length; n += p.end().length; const cu = process.cpuUsage(c); console.log(n, (big.length / 1e6 / ((cu.user + cu.system) / 1e6)).toFixed(1), 'MB/cpu-s'); }
