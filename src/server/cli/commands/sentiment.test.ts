import { Readable } from 'node:stream';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_REJECTED } from '../command.js';
import { classifyStream, registerSentiment } from './sentiment.js';

describe('kindly sentiment classify', () => {
  it('prints one line per input and exits 1 when a line is malformed', async () => {
    const out: unknown[] = [];
    const code = await classifyStream(Readable.from(['{"id":"1","text":"I already paid this."}\n{oops\n']), (v) => out.push(v));
    expect(code).toBe(EXIT_REJECTED);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ id: '1', intents: ['already_paid'] });
    expect(out[1]).toMatchObject({ id: null, error: {} });
  });

  it('exits 0 when every line is fine', async () => {
    const out: unknown[] = [];
    expect(await classifyStream(Readable.from(['{"id":1,"text":"ok thanks"}\n']), (v) => out.push(v))).toBe(EXIT_OK);
    expect(out).toHaveLength(1);
  });

  it('registers `sentiment classify [file]`', () => {
    const program = new Command('kindly');
    registerSentiment(program);
    const sentiment = program.commands.find((c) => c.name() === 'sentiment');
    expect(sentiment?.commands.map((c) => c.name())).toEqual(['classify', 'export-labels']);
  });
});
