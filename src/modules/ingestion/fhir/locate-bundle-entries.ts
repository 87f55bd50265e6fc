/**
 * Lines where each element of the top-level `entry` array of a JSON Bundle starts (1-based).
 *
 * JSON.parse forgets positions, so rejections inside a bundle would only carry the entry index.
 * This scan runs once per file and only when a rejection needs a line; it tracks strings and
 * nesting depth, nothing more (the text is known to be valid JSON at this point).
 */
export function locateBundleEntries(text: string): number[] {
  const lines: number[] = [];
  const n = text.length;
  let line = 1;
  let depth = 0;
  let entryDepth = -1; // depth inside the `entry` array, once found
  let lastKey: string | null = null;
  let keyStart = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
    } else if (c === 34 /* " */) {
      keyStart = i + 1;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i += 2;
        else if (d === 34) break;
        else {
          if (d === 10) line++;
          i++;
        }
      }
      if (depth === 1) lastKey = text.slice(keyStart, i);
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (entryDepth >= 0 && depth === entryDepth && c === 123) lines.push(line);
      depth++;
      if (c === 91 && depth === 2 && entryDepth < 0 && lastKey === 'entry') entryDepth = 2;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--;
      if (entryDepth >= 0 && depth < entryDepth) {
        if (depth === 1) return lines; // end of the entry array
      }
    }
  }
  return lines;
}
