import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './index.js';

describe('logs carry no PHI', () => {
  it('redacts names, birth dates, contact details and message bodies wherever they appear', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const log = createLogger({ level: 'info', destination: sink });
    log.info({ person: { givenName: 'Maria', familyName: 'Lopez', birthDate: '1980-02-03' }, email: 'm@x.org', accountId: 'A1' }, 'read');
    const out = lines.join('');
    expect(out).not.toContain('Maria');
    expect(out).not.toContain('Lopez');
    expect(out).not.toContain('1980-02-03');
    expect(out).not.toContain('m@x.org');
    expect(out).toContain('A1');
  });
});
