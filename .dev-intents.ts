import { readFileSync } from 'node:fs';
import * as c from './src/modules/conversations/index.js';
const split = process.argv[2] ?? 'train';
const utt = c.parseUtterances(readFileSync(c.UTTERANCES_URL, 'utf8')).filter((u) => u.split === split);
const stats: Record<string, { tp: number; fp: number; fn: number }> = {};
for (const i of c.INTENTS) stats[i] = { tp: 0, fp: 0, fn: 0 };
let chOk = 0, chN = 0;
for (const u of utt) {
  const got = c.detectIntents(u.text, { medium: u.medium });
  const names = got.map((m) => m.intent);
  for (const i of c.INTENTS) {
    const g = u.intents.includes(i), p = names.includes(i);
    if (g && p) stats[i]!.tp++; else if (p) stats[i]!.fp++; else if (g) stats[i]!.fn++;
  }
  const miss = u.intents.filter((i) => !names.includes(i)), extra = names.filter((i) => !u.intents.includes(i));
  const cease = got.find((m) => m.intent === 'cease_communication');
  if (u.channels && cease) { chN++; if (JSON.stringify(cease.channels) === JSON.stringify(u.channels)) chOk++; else console.log('CHANNEL', u.channels, cease.channels, u.text); }
  if (process.argv[3] !== 'quiet' && (miss.length || extra.length)) console.log(`${u.id} miss=[${miss}] extra=[${extra}] ${u.text}  ev=${JSON.stringify(got.map((m) => m.evidence))}`);
}
for (const [i, s] of Object.entries(stats)) console.log(i.padEnd(22), 'P', (s.tp / Math.max(1, s.tp + s.fp)).toFixed(2), 'R', (s.tp / Math.max(1, s.tp + s.fn)).toFixed(2), s);
console.log('channels', chOk, '/', chN);
