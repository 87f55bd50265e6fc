/** Where and why JSON.parse failed, without echoing the input (V8 quotes it, and it may be PHI). */
export interface JsonErrorInfo {
  /** 1-based line of the error inside `text`. */
  line: number;
  column: number;
  message: string;
  /** True when the text ends before the JSON value does (a truncated file). */
  truncated: boolean;
  /** Offset where a second JSON value starts (the text is really NDJSON), else null. */
  trailingAt: number | null;
}

function lineCol(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let lastNl = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) {
    line++;
    lastNl = i;
  }
  return { line, column: pos - lastNl };
}

/** Turns a JSON.parse SyntaxError into a located, PHI-free message. */
export function describeJsonError(err: unknown, text: string): JsonErrorInfo {
  const raw = err instanceof Error ? err.message : String(err);
  const m = / at position (\d+)/.exec(raw);
  let pos = m ? Number(m[1]) : -1;
  let reason = raw.replace(/ in JSON at position \d+.*$/s, '').replace(/, ".*" is not valid JSON$/s, '');
  if (/Unexpected end of JSON input/.test(raw)) {
    pos = text.length;
    reason = 'unexpected end of input';
  }
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const truncated = pos >= end;
  if (pos < 0) pos = end;
  const trailingAt = /Unexpected non-whitespace character after JSON/.test(raw) ? pos : null;
  const { line, column } = lineCol(text, Math.min(pos, end));
  return {
    line,
    column,
    truncated,
    trailingAt,
    message: truncated
      ? `invalid JSON: the content ends before the JSON value does (truncated file?) at line ${line}`
      : `invalid JSON: ${reason} at line ${line}, column ${column}`,
  };
}
