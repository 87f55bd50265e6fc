/**
 * Element access on one segment without `split`: separator positions are found with indexOf into a
 * reused Int32Array, and only the elements actually read are sliced. (split allocates every
 * element of every segment and was 5x slower than the rest of the parser together.)
 */
export class X12Elements {
  private seg = '';
  private count = 0;
  /** ends[i] = index just past element i; element 0 is the tag. */
  private ends = new Int32Array(128);

  load(seg: string, el: string): this {
    this.seg = seg;
    let n = 0;
    let i = seg.indexOf(el);
    while (i !== -1) {
      if (n === this.ends.length) {
        const bigger = new Int32Array(this.ends.length * 2);
        bigger.set(this.ends);
        this.ends = bigger;
      }
      this.ends[n++] = i;
      i = seg.indexOf(el, i + 1);
    }
    if (n === this.ends.length) {
      const bigger = new Int32Array(this.ends.length * 2);
      bigger.set(this.ends);
      this.ends = bigger;
    }
    this.ends[n++] = seg.length;
    this.count = n;
    return this;
  }

  /** Number of elements including the tag (`CLP*a*b` has 3). */
  get length(): number {
    return this.count;
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
