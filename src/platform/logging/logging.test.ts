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

describe('redaction by value shape', () => {
  it('scrubs birth dates, phones, emails, addresses and tokens whatever the field is called, and database error details', async () => {
    const { scrubText, serializeError, scrubUrl } = await import('./index.js');
    expect(scrubText('call (555) 123-4567 or +15551234567, born 1980-02-03, at 12 Oak Street, m@x.org')).toBe('call [phone] or [phone], born [date], at [address], [email]');
    // Instants are not birth dates: they stay.
    expect(scrubText('at 2026-11-23T15:00:00Z')).toBe('at 2026-11-23T15:00:00Z');
    expect(scrubText('link eyJ2IjoxLCJqdGkiOiJhYmMifQ.c2lnbmF0dXJlLXZhbHVlLWhlcmU')).toBe('link [token]');
    const err = Object.assign(new Error('Failed query: insert into persons values ($1, $2)\nparams: Maria,Lopez'), { detail: 'Key (email)=(m@x.org) already exists', code: '23505' });
    const out = JSON.stringify(serializeError(err));
    expect(out).not.toContain('Maria');
    expect(out).not.toContain('m@x.org');
    expect(out).toContain('23505');
    expect(scrubUrl('/pay/eyJhbGciOi.abc?x=1')).toBe('/pay/…');
    expect(scrubUrl('/api/v1/accounts?search=Lopez')).toBe('/api/v1/…');
  });
});
