import { readFileSync, readdirSync } from 'node:fs';
import { parseX12_835, X12_835Parser } from './src/modules/ingestion/index.ts';
import nodeX12 from 'node-x12';
const d1 = '../shared/data/x12/835/edi-835-parser/', d2 = '../shared/data/x12/835/linuxforhealth-x12/';
const docs = [...readdirSync(d1).filter(f => f.endsWith('.txt') && !f.startsWith('blue')).map(f => d1 + f), ...readdirSync(d2).map(f => d2 + f)].map(f => readFileSync(f, 'utf8'));
const list: string[] = []; for (let i = 0; i < 3000; i++) list.push(...docs);
const bytes = list.reduce((a, s) => a + s.length, 0);
const big = list.join('\n');
const time = (f: () => number) => { const c = process.cpuUsage(); const t = performance.now(); const n = f(); const cu = process.cpuUsage(c); return [n, (bytes / 1e6 / ((performance.now() - t) / 1000)).toFixed(1), (bytes / 1e6 / ((cu.user + cu.system) / 1e6)).toFixed(1)]; };
for (let r = 0; r < 4; r++) {
  console.log('big', ...time(() => { let n = 0; const p = new X12_835Parser(); for (let i = 0; i < big.length; i += 1 << 20) n += p.push(big.slice(i, i + (1 << 20))).length; return n + p.end().length; }));
  console.log('per-doc', ...time(() => { let n = 0; for (const s of list) n += parseX12_835(s).length; return n; }));
}
