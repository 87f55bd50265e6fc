/**
 * Incremental X12 segment splitter: feed it text chunks, it calls back with whole segments.
 *
 * Separators come from the envelope, never from configuration: element separator = ISA[3],
 * component separator = ISA16, segment terminator = the character right after ISA16, repetition
 * separator = ISA11 from version 00501 on. A file without envelope (starting at ST or GS) gets
 * them inferred. After every IEA the next interchange may declare different separators.
 * Tolerated: a BOM, whitespace/newlines/indentation between segments, and lines wrapped inside a
 * segment (line breaks are removed). Works on strings with indexOf: no regex per segment.
 */

export interface Separators {
  element: string;
  component: string;
  repetition: string | null;
  segment: string;
  /** ISA12 (e.g. `00501`) when an ISA declared the separators. */
  isaVersion: string | null;
}

export interface SegmentSink {
  /**
   * The text the following segments' `at` positions refer to (valid until `bufferEnd`); `from` is
   * where scanning resumes in it (what precedes was already delivered).
   */
  bufferStart(buf: string, from: number): void;
  /**
   * One segment, `text.slice(start, end)` without terminator (usually `text` is the buffer itself;
   * a segment wrapped over lines comes as its own cleaned string). `at` is where it starts in the
   * buffer, `line` its first physical line, `ordinal` its 1-based position in the input.
   */
  segment(text: string, start: number, end: number, at: number, line: number, ordinal: number, sep: Separators): void;
  /** The buffer was consumed up to `upTo`; the next buffer starts with what followed it. */
  bufferEnd(upTo: number): void;
  /** Content that is not X12 at all (no ISA/ST/GS where an interchange must start). */
  notX12(line: number, found: string): void;
}

/** Between segments: spaces, line breaks, BOM, NUL padding and the DOS end-of-file mark (0x1A). */
function isWhitespace(c: number): boolean {
  return c === 32 || c === 13 || c === 9 || c === 10 || c === 0xfeff || c === 0 || c === 11 || c === 12 || c === 26;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export class X12Segmenter {
  private buf = '';
  /** Where the next scan starts in `buf` (non-zero when `buf` is a chunk whose head was used). */
  private from = 0;
  private line = 1;
  private ordinal = 0;
  private sep: Separators | null = null;
  private needHeader = true;
  private dead = false;

  constructor(private readonly sink: SegmentSink) {}

  /** Call after an IEA segment: the next segment may start an interchange with new separators. */
  expectHeader(): void {
    this.needHeader = true;
  }

  push(chunk: string): void {
    if (this.dead) return;
    const sep = this.sep;
    if (this.buf.length === 0) {
      this.buf = chunk;
    } else if (sep !== null && !this.needHeader) {
      // Finish the pending segment in a small string and scan the chunk itself from there on:
      // concatenating leftover + chunk would make every later charCodeAt go through a cons string.
      const t = chunk.indexOf(sep.segment);
      if (t < 0) {
        this.buf += chunk;
        return;
      }
      this.buf += chunk.slice(0, t + 1);
      this.scan(false);
      if (this.buf.length !== 0 || this.dead) {
        this.buf += chunk.slice(t + 1);
      } else {
        this.buf = chunk;
        this.from = t + 1;
      }
    } else {
      this.buf += chunk;
    }
    this.scan(false);
  }

  end(): void {
    this.scan(true);
    this.buf = '';
  }

  private scan(final: boolean): void {
    if (this.dead) return;
    const s = this.buf;
    const n = s.length;
    let p = this.from;
    this.from = 0;
    let line = this.line;
    let nl = -2; // position of the next '\n' at or after p (-1: none), -2: unknown
    this.sink.bufferStart(s, p);
    for (;;) {
      while (p < n) {
        const c = s.charCodeAt(p);
        if (c === 10) line++;
        else if (!isWhitespace(c)) break;
        p++;
      }
      if (p >= n) break;
      if (this.needHeader) {
        const r = this.detect(s, p, final);
        if (r === 'wait') break;
        if (r === 'dead') {
          this.sink.notX12(line, s.slice(p, Math.min(n, p + 3)));
          this.dead = true;
          p = n;
          break;
        }
      }
      const sep = this.sep!;
      const term = sep.segment;
      let e = s.indexOf(term, p);
      if (e < 0) {
        if (!final) break;
        e = n;
      }
      if (nl !== -1 && nl < p) nl = s.indexOf('\n', p);
      const segLine = line;
      this.ordinal++;
      if (nl !== -1 && nl < e) {
        // A line break inside a segment (wrapped file): drop it, count it.
        let seg = '';
        let q = p;
        while (nl !== -1 && nl < e) {
          seg += s.slice(q, nl);
          line++;
          q = nl + 1;
          nl = s.indexOf('\n', q);
        }
        seg += s.slice(q, e);
        if (seg.includes('\r')) seg = seg.split('\r').join('');
        if (term === '\n') line++;
        this.sink.segment(seg, 0, seg.length, p, segLine, this.ordinal, sep);
      } else {
        // Elements are read straight from the buffer: no per-segment string.
        const end = e > p && s.charCodeAt(e - 1) === 13 ? e - 1 : e;
        if (term === '\n') line++;
        this.sink.segment(s, p, end, p, segLine, this.ordinal, sep);
      }
      p = e + 1;
      if (this.dead) return;
    }
    this.sink.bufferEnd(Math.min(p, n));
    this.buf = p >= n ? '' : s.slice(p);
    this.line = line;
  }

  /** Reads separators at p. 'wait': need more text; 'dead': not X12. */
  private detect(s: string, p: number, final: boolean): 'ok' | 'wait' | 'dead' {
    const n = s.length;
    if (n - p < 4) return final ? (this.sep ? this.keep() : 'dead') : 'wait';
    const c3 = s.charCodeAt(p + 3);
    if (s.startsWith('ISA', p) && !isAlnum(c3)) {
      const el = s[p + 3]!;
      // q walks the 16 element separators of the fixed ISA; ISA11 and ISA12 sit after the 11th
      // and the 12th.
      let q = p + 3;
      let sep11 = -1;
      let sep12 = -1;
      let sep13 = -1;
      for (let k = 2; k <= 16; k++) {
        q = s.indexOf(el, q + 1);
        if (q < 0) return final ? 'dead' : 'wait';
        if (k === 11) sep11 = q;
        else if (k === 12) sep12 = q;
        else if (k === 13) sep13 = q;
      }
      // ISA16 is never a line break; skip one that a wrapped file put right after ISA15.
      let c = q + 1;
      while (c < n && (s.charCodeAt(c) === 13 || s.charCodeAt(c) === 10)) c++;
      if (c + 1 >= n) return final ? 'dead' : 'wait';
      const component = s[c]!;
      const segment = s[c + 1]!;
      const isaVersion = s.slice(sep12 + 1, sep13).trim() || null;
      const rep = s.slice(sep11 + 1, sep12);
      const repetition =
        isaVersion !== null && isaVersion >= '00501' && rep.length === 1 && !isAlnum(rep.charCodeAt(0)) && rep !== ' '
          ? rep
          : null;
      this.sep = { element: el, component, repetition, segment, isaVersion };
      this.needHeader = false;
      return 'ok';
    }
    const c2 = s.charCodeAt(p + 2);
    const envelopeLess = (s.startsWith('ST', p) || s.startsWith('GS', p)) && !isAlnum(c2) && !isWhitespace(c2);
    if (envelopeLess && this.sep === null) {
      // Inference looks at up to 64 KiB (to find an SVC composite): wait for that much or the end.
      if (!final && n - p < 65536) return 'wait';
      this.sep = inferSeparators(s.slice(p, Math.min(n, p + 65536)));
      this.needHeader = false;
      return 'ok';
    }
    return this.sep ? this.keep() : 'dead';
  }

  private keep(): 'ok' {
    this.needHeader = false;
    return 'ok';
  }
}

/** Separators of an envelope-less transaction (starts with `ST*835*...`). */
export function inferSeparators(text: string): Separators {
  const el = text[2]!;
  const elCode = el.charCodeAt(0);
  let segment = '~';
  for (let i = 3; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === elCode || isAlnum(c) || c === 32 || c === 46 || c === 45 || c === 95 || c === 47) continue;
    segment = text[i]!;
    break;
  }
  let component = ':';
  const marker = `SVC${el}`;
  const at = text.indexOf(marker);
  if (at >= 0) {
    let i = at + marker.length;
    while (i < text.length && isAlnum(text.charCodeAt(i))) i++;
    const c = text[i];
    if (c !== undefined && c !== el && c !== segment && !isWhitespace(c.charCodeAt(0))) component = c;
  }
  return { element: el, component, repetition: null, segment, isaVersion: null };
}
