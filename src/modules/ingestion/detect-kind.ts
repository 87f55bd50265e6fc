import type { IngestFormat } from './types.js';

/** How many bytes of a file `detectKind` needs to look at. */
export const DETECT_HEAD_BYTES = 64 * 1024;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** An X12 file is a claim file when its first transaction set is an 837 (ST01), else a remittance. */
function x12Kind(s: string, el: string): IngestFormat {
  const claim = s.indexOf(`ST${el}837${el}`);
  if (claim < 0) return 'x12';
  const remit = s.indexOf(`ST${el}835${el}`);
  return remit >= 0 && remit < claim ? 'x12' : 'x12-837';
}

/**
 * The kind of a file from its first bytes, never from its name: X12 (ISA, or an envelope-less
 * ST/GS, after any BOM/whitespace; an 837 claim file when its first ST01 is 837, else an 835), FHIR NDJSON (the first line is a whole JSON object and more
 * follows), a FHIR JSON document (any other `{...}`), CSV (a first line with `,` `;` tab or `|`).
 */
export function detectKind(head: string | Buffer): IngestFormat {
  const s = typeof head === 'string' ? head : head.toString('utf8', 0, Math.min(head.length, DETECT_HEAD_BYTES));
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  if (i >= s.length) return 'unknown';
  const c3 = s.charCodeAt(i + 3);
  if (s.startsWith('ISA', i) && !isAlnum(c3) && !isSpace(c3) && !Number.isNaN(c3)) return x12Kind(s, s[i + 3]!);
  const c2 = s.charCodeAt(i + 2);
  if ((s.startsWith('ST', i) || s.startsWith('GS', i)) && !isAlnum(c2) && !isSpace(c2) && isAlnum(s.charCodeAt(i + 3))) {
    return x12Kind(s, s[i + 2]!);
  }
  if (s[i] === '{') {
    const nl = s.indexOf('\n', i);
    if (nl < 0) return 'fhir-bundle';
    try {
      const first: unknown = JSON.parse(s.slice(i, nl));
      if (typeof first !== 'object' || first === null) return 'unknown';
    } catch {
      return 'fhir-bundle'; // a JSON document spread over several lines
    }
    return s.slice(nl + 1).trim() === '' ? 'fhir-bundle' : 'fhir-ndjson';
  }
  if (s.includes('\u0000')) return 'unknown';
  let end = s.indexOf('\n', i);
  if (end < 0) end = s.length;
  const firstLine = s.slice(i, end);
  if (/[,;\t|]/.test(firstLine)) return 'csv';
  return 'unknown';
}
