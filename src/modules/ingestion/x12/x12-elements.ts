/**
 * Element access on one segment without `split`, reading the segment where it lies in the input
 * buffer: separator positions go into a reused Int32Array (a charCodeAt loop; segments are ~25
 * characters) and only the elements actually read are sliced. (split allocates every element of every segment; it cost more than the rest of the
 * parser together. A lazy scan up to the highest element read measured no faster.)
 */
export class X12Elements {
  private seg = '';
  /** Number of elements including the tag (`CLP*a*b` has 3). */
  private count = 0;
  /** ends[i] = index just past element i; element 0 is the tag. */
  private ends: Int32Array = new Int32Array(128);

  /** Reads the segment `text.slice(start, end)` (positions stay relative to `text`). */
  load(text: string, start: number, end: number, el: string): this {
    this.seg = text;
    const elc = el.charCodeAt(0);
    let ends = this.ends;
    let n = 0;
    for (let i = start; i < end; i++) {
      if (text.charCodeAt(i) === elc) {
        if (n === ends.length - 1) ends = this.grow();
        ends[n++] = i;
      }
    }
    ends[n++] = end;
    this.count = n;
    return this;
  }

  private grow(): Int32Array {
    const bigger = new Int32Array(this.ends.length * 2);
    bigger.set(this.ends);
    this.ends = bigger;
    return bigger;
  }

  /** True when the segment has an element i (even an empty one). */
  has(i: number): boolean {
    return i < this.count;
  }

  /** Element i (1-based as in `CLP04`), trimmed; null when absent or blank. */
  get(i: number): string | null {
    if (i <= 0 || i >= this.count) return null;
    const start = this.ends[i - 1]! + 1;
    const end = this.ends[i]!;
    if (start >= end) return null;
    const s = this.seg;
    const c0 = s.charCodeAt(start);
    const c1 = s.charCodeAt(end - 1);
    if (c0 !== 32 && c1 !== 32 && c0 !== 9 && c1 !== 9) return s.slice(start, end);
    const t = s.slice(start, end).trim();
    return t === '' ? null : t;
  }
}
