/**
 * The line of each value in a JSON text, by its path in the validator's notation
 * (`steps[2].window.fromDay`), so a problem in an imported file names the line to open.
 * A small scanner over well-formed JSON (the caller has parsed it already).
 */
export function jsonLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) {
      if (text[i] === '\n') line++;
      i++;
    }
  };
  const str = (): string => {
    let out = '';
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        out += text[i + 1];
        i += 2;
        continue;
      }
      out += text[i++];
    }
    i++;
    return out;
  };
  const join = (base: string, key: string | number) => (typeof key === 'number' ? `${base}[${key}]` : base === '' ? key : `${base}.${key}`);
  const value = (path: string): void => {
    ws();
    lines.set(path, line);
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      while (text[i] !== '}' && i < text.length) {
        ws();
        const keyLine = line;
        const key = str();
        ws();
        i++; // :
        value(join(path, key));
        lines.set(join(path, key), Math.min(lines.get(join(path, key)) ?? keyLine, keyLine));
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (c === '[') {
      i++;
      ws();
      let n = 0;
      while (text[i] !== ']' && i < text.length) {
        value(join(path, n++));
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (c === '"') str();
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  value('');
  return lines;
}

/** The line of a path, or of its nearest parent that has one. */
export function lineOf(lines: Map<string, number>, path: string): number | undefined {
  let p = path;
  for (;;) {
    const hit = lines.get(p);
    if (hit !== undefined) return hit;
    if (p === '') return undefined;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut < 0 ? '' : p.slice(0, cut);
  }
}
