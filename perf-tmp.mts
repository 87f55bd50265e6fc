import { readFileSync, readdirSync } from 'node:fs';
import { parseX12_835, X12_835Parser } from './src/modules/ingestion/index.ts';
import nodeX12 from 'node-x12';
const d1 = '../shared/data/x12/835/edi-835-parser/', d2 = '../shared/data/x12/835/linuxforhealth-x12/';
const docs = [...readdirSync(d1).filter(f => f.endsWith('.txt') && !f.startsWith('blue')).map(f => d1 + f), ...readdirSync(d2).map(f => d2 + f)].map(f => readFileSync(f, 'utf8'));
const copies = 3000;
const list: string[] = []; for (let i = 0; i < copies; i++) list.push(...docs);
const bytes = list.reduce((a, s) => a + s.length, 0);
const big = list.join('\n');
console.log('MB', (bytes / 1e6).toFixed(1));
for (let r = 0; r < 3; r++) {
  let t = performance.now(); let n = 0;
  const p = new X12_835Parser();
  for (let i = 0; i < big.length; i += 1 << 20) n += p.push(big.slice(i, i + (1 << 20))).length;
  n += p.end().length;
  let dt = (performance.now() - t) / 1000;
  console.log('ours big', n, (bytes / 1e6 / dt).toFixed(1), 'MB/s');
  t = performance.now(); n = 0;
  for (const s of list) n += parseX12_835(s).length;
  dt = (performance.now() - t) / 1000;
  console.log('ours per-doc', n, (bytes / 1e6 / dt).toFixed(1), 'MB/s');
}
const small = list.slice(0, 7 * 300); const sb = small.reduce((a, s) => a + s.length, 0);
const t = performance.now();
for (const s of small) new nodeX12.X12Parser(true).parse(s);
console.log('node-x12', ((sb / 1e6) / ((performance.now() - t) / 1000)).toFixed(1), 'MB/s');
console.log('rss', process.resourceUsage().maxRSS / 1024);
