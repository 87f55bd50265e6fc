/**
 * Element access on one segment without `split`. Separator positions are found lazily, only as far
 * as the highest element read, into a reused Int32Array, and only the elements actually read are
 * sliced. (split allocates every element of every segment; it cost more than the rest of the
 * parser together.)
 */
export class X12Elements {
  private seg = '';
  private elc = 42;
  /** ends[i] = index just past element i (element 0 is the tag), for i < found. */
  private ends: Int32Array = new Int32Array(64);
  private found = 0;
  /** Where the separator scan resumes; -1 once the end of the segment was reached. */
  private pos = 0;

  load(seg: string, el: string): this {
    this.seg = seg;
    this.elc = el.charCodeAt(0);
    this.found = 0;
    this.pos = 0;
    return this;
  }

  /** Scans until element i is delimited (or the segment ends). */
  private reach(i: number): void {
    const s = this.seg;
    const len = s.length;
    const elc = this.elc;
    let p = this.pos;
    let n = this.found;
    let ends = this.ends;
    while (n <= i && p >= 0) {
      let j = p;
      while (j < len && s.charCodeAt(j) !== elc) j++;
      if (n === ends.length) {
        const bigger = new Int32Array(ends.length * 2);
        bigger.set(ends);
        this.ends = ends = bigger;
      }
      ends[n++] = j;
      p = j < len ? j + 1 : -1;
    }
    this.found = n;
    this.pos = p;
  }

  /** True when the segment has an element i (even an empty one). */
  has(i: number): boolean {
    if (i >= this.found) this.reach(i);
    return i < this.found;
  }

  /** Element i (1-based as in `CLP04`), trimmed; null when absent or blank. */
  get(i: number): string | null {
    if (i <= 0) return null;
    if (i >= this.found) {
      this.reach(i);
      if (i >= this.found) return null;
    }
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
