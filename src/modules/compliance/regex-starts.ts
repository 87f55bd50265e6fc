/**
 * The first characters any match of a regular expression can begin with, read from its source.
 * It knows the constructs the message lexicon's patterns use (literals, escapes `\w \d \s \b`,
 * classes, non-capturing groups, lookarounds, `? * + {m,n}` quantifiers) and throws on anything
 * else, so a pattern it cannot read is noticed when the module loads, not missed at run time.
 * Lookarounds and `\b` match no characters, so they are skipped: the result is a superset of
 * what can really start a match, never a subset.
 */

type Node = { t: 'empty' } | { t: 'set'; chars: string[] } | { t: 'alt'; seqs: Seq[] } | Seq;
type Seq = { t: 'seq'; items: Array<{ atom: Node; min: number; max: number }> };

const WORD: string[] = [];
for (let c = 48; c <= 57; c++) WORD.push(String.fromCharCode(c));
for (let c = 65; c <= 90; c++) WORD.push(String.fromCharCode(c));
for (let c = 97; c <= 122; c++) WORD.push(String.fromCharCode(c));
WORD.push('_');
const DIGITS = WORD.slice(0, 10);
// ECMAScript's \s: the ASCII spaces plus the Unicode ones (all outside ASCII but these).
const SPACES = [' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u1680', '\u2000', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];

function classEscape(c: string): string[] {
  if (c === 'w') return WORD;
  if (c === 'd') return DIGITS;
  if (c === 's') return SPACES;
  if (/[A-Za-z0-9]/.test(c)) throw new Error(`regex-starts: unsupported escape \\${c}`);
  return [c];
}

function parse(src: string): Node {
  let i = 0;
  const alt = (): Node => {
    const seqs = [seq()];
    while (src[i] === '|') {
      i++;
      seqs.push(seq());
    }
    return { t: 'alt', seqs };
  };
  const seq = (): Seq => {
    const items: Seq['items'] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const atom = atomAt();
      let min = 1;
      let max = 1;
      const q = src[i];
      if (q === '?') [min, max, i] = [0, 1, i + 1];
      else if (q === '*') [min, max, i] = [0, Infinity, i + 1];
      else if (q === '+') [min, max, i] = [1, Infinity, i + 1];
      else if (q === '{') {
        const m = /^\{(\d+)(?:,(\d*))?\}/.exec(src.slice(i));
        if (!m) throw new Error(`regex-starts: bad quantifier in ${src}`);
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[2] === '' ? Infinity : Number(m[2]);
        i += m[0].length;
      }
      // A lazy quantifier matches the same starts; skip its marker.
      if (src[i] === '?' && (q === '?' || q === '*' || q === '+' || q === '{')) i++;
      items.push({ atom, min, max });
    }
    return { t: 'seq', items };
  };
  const atomAt = (): Node => {
    const c = src[i]!;
    if (c === '(') {
      if (src.startsWith('(?:', i)) {
        i += 3;
        const a = alt();
        i++;
        return a;
      }
      const look = /^\(\?<?[=!]/.exec(src.slice(i));
      if (!look) throw new Error(`regex-starts: unsupported group in ${src}`);
      i += look[0].length;
      alt();
      i++;
      return { t: 'empty' };
    }
    if (c === '\\') {
      const e = src[i + 1]!;
      i += 2;
      return e === 'b' ? { t: 'empty' } : { t: 'set', chars: classEscape(e) };
    }
    if (c === '[') {
      i++;
      if (src[i] === '^') throw new Error(`regex-starts: negated class in ${src}`);
      const chars: string[] = [];
      while (src[i] !== ']') {
        if (i >= src.length) throw new Error(`regex-starts: unclosed class in ${src}`);
        let a = src[i]!;
        if (a === '\\') {
          const e = src[i + 1]!;
          i += 2;
          const set = classEscape(e);
          if (set.length > 1) {
            chars.push(...set);
            continue;
          }
          a = set[0]!;
        } else i++;
        if (src[i] === '-' && src[i + 1] !== ']') {
          const escaped = src[i + 1] === '\\';
          const b = escaped ? src[i + 2]! : src[i + 1]!;
          i += escaped ? 3 : 2;
          for (let x = a.charCodeAt(0); x <= b.charCodeAt(0); x++) chars.push(String.fromCharCode(x));
        } else chars.push(a);
      }
      i++;
      return { t: 'set', chars };
    }
    if (c === '.' || c === '^' || c === '$' || c === ')' || c === '|') throw new Error(`regex-starts: unsupported ${c} in ${src}`);
    i++;
    return { t: 'set', chars: [c] };
  };
  const root = alt();
  if (i !== src.length) throw new Error(`regex-starts: cannot read ${src}`);
  return root;
}

function startsOf(node: Node, k: number): Set<string> {
  if (k === 0 || node.t === 'empty') return new Set(['']);
  if (node.t === 'set') return new Set(node.chars);
  if (node.t === 'alt') {
    const out = new Set<string>();
    for (const s of node.seqs) for (const x of startsOf(s, k)) out.add(x);
    return out;
  }
  return seqStarts(node.items, 0, k);
}

function seqStarts(items: Seq['items'], from: number, k: number): Set<string> {
  if (from === items.length || k === 0) return new Set(['']);
  const { atom, min, max } = items[from]!;
  const out = new Set<string>();
  // r copies of the atom so far (each prefix shorter than k), then either the rest or one more copy.
  const grow = (r: number, prefixes: Set<string>): void => {
    for (const p of prefixes) {
      if (p.length >= k) {
        out.add(p.slice(0, k));
        continue;
      }
      if (r >= min) for (const x of seqStarts(items, from + 1, k - p.length)) out.add(p + x);
      if (r < max) {
        const more = new Set<string>();
        for (const x of startsOf(atom, k - p.length)) if (x.length > 0) more.add(p + x);
        if (more.size) grow(r + 1, more);
        else if (r + 1 >= min) for (const x of seqStarts(items, from + 1, k - p.length)) out.add(p + x);
      }
    }
  };
  grow(0, new Set(['']));
  return out;
}

/**
 * Every string of `k` characters a match of `source` can begin with, plus the shorter strings
 * that are whole matches (a match that ends before `k` characters).
 */
export function regexStarts(source: string, k: number): Set<string> {
  return startsOf(parse(source), k);
}
