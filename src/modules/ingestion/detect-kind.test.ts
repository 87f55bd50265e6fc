import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectKind } from './detect-kind.js';

const fixture = (name: string): Buffer => readFileSync(join(import.meta.dirname, 'fixtures', name));

describe('detectKind looks at content, never at the file name', () => {
  it('recognizes X12 by its ISA header, after a BOM and indentation too', () => {
    expect(detectKind('ISA*00*          *00*')).toBe('x12');
    expect(detectKind(fixture('remit-multi-interchange.835'))).toBe('x12'); // BOM + spaces + `|`
    expect(detectKind('\n\n  ISA|00|')).toBe('x12');
  });

  it('recognizes an envelope-less transaction that starts at ST*835', () => {
    expect(detectKind('ST*835*1234~BPR*I*1922.86*C*CHK~')).toBe('x12');
    expect(detectKind('GS*HP*A*B*20240101~')).toBe('x12');
  });

  it('tells NDJSON from a pretty-printed or one-line JSON bundle', () => {
    expect(detectKind(fixture('resources.ndjson'))).toBe('fhir-ndjson');
    expect(detectKind(fixture('bundle-bad-entries.json'))).toBe('fhir-bundle');
    expect(detectKind('{"resourceType":"Bundle","entry":[]}')).toBe('fhir-bundle');
    expect(detectKind('{"resourceType":"Bundle","entry":[]}\n')).toBe('fhir-bundle');
    expect(detectKind('{"resourceType":"Patient","id":"a"}\n{"resourceType":"Patient","id":"b"}\n')).toBe('fhir-ndjson');
    // A truncated pretty bundle is still a bundle (its parser then reports the truncation).
    expect(detectKind(fixture('bundle-truncated.json'))).toBe('fhir-bundle');
  });

  it('recognizes CSV by a delimiter in the first line', () => {
    expect(detectKind(fixture('balances-default.csv'))).toBe('csv');
    expect(detectKind(fixture('balances-custom.csv'))).toBe('csv');
    expect(detectKind('a\tb\tc\n1\t2\t3\n')).toBe('csv');
  });

  it('says unknown for anything else', () => {
    expect(detectKind('')).toBe('unknown');
    expect(detectKind('   \n')).toBe('unknown');
    expect(detectKind('hello world\n')).toBe('unknown');
    expect(detectKind(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x2c]))).toBe('unknown'); // a zip
    expect(detectKind('ISAAC,NEWTON\n')).toBe('csv'); // "ISA" followed by a letter is not X12
  });
});
