/**
 * Redaction by value shape: whatever a field is called, strings that look like PHI or secrets are
 * replaced before a log line is written. Names have no shape, so they are kept out by field name
 * (REDACT_PATHS), by logging route templates instead of URLs, and by scrubbing error messages.
 */
const SHAPES: Array<[RegExp, string]> = [
  // Signed portal links and bearer/session tokens: long runs of base64url, possibly dotted.
  [/[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}(?:\.[A-Za-z0-9_-]+)?/g, '[token]'],
  [/\b(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{40,}\b/g, '[token]'],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '[email]'],
  [/\b\d{3}-\d{2}-\d{4}\b/g, '[ssn]'],
  // Dates of birth and other calendar dates (ISO and US); instants (with a time) stay.
  [/\b(?:1[89]|20)\d{2}-[01]\d-[0-3]\d(?!T\d)\b/g, '[date]'],
  [/\b[01]?\d\/[0-3]?\d\/(?:1[89]|20)\d{2}\b/g, '[date]'],
  // Phone numbers: NANP with or without +1 and separators, and E.164.
  [/(?<![\w.-])\+?1?[\s.-]?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?![\w-])/g, '[phone]'],
  [/\+\d{8,15}\b/g, '[phone]'],
  // Street addresses: a house number followed by words and a street type.
  [/\b\d{1,6}\s+(?:[A-Z][a-z]+\s+){1,4}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Ter|Terrace|Pkwy|Parkway|Cir|Circle)\b\.?/g, '[address]'],
];

export function scrubText(value: string): string {
  let out = value;
  for (const [re, label] of SHAPES) out = out.replace(re, label);
  return out;
}

/**
 * An error message from a driver or library may quote the row it failed on (the database echoes
 * values: `Key (email)=(...)`, `params: ...`, `invalid input syntax ...: "..."`). Everything
 * after a parameter list goes, quoted and parenthesised values go, then shapes are scrubbed.
 */
export function scrubErrorMessage(message: string): string {
  return scrubText(
    message
      .replace(/\n?\s*params:[\s\S]*$/i, ' params: [redacted]')
      .replace(/\bKey \(([^)]*)\)=\([\s\S]*?\)(?= already| is not|$|\s)/g, 'Key ($1)=([redacted])')
      .replace(/"[^"\n]{0,2000}"/g, '"[redacted]"')
      .replace(/'[^'\n]{0,2000}'/g, "'[redacted]'")
      .replaceAll('\u0000', '\\0'),
  );
}

/** Scrubs every string in plain objects and arrays; other objects are left to their serializers. */
export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubValue(v, depth + 1);
  return out;
}

/**
 * Errors are logged as type, code, scrubbed message and stack, and their cause; never their other
 * properties (drivers attach the query, its parameters and the failing row's detail).
 */
export function serializeError(err: unknown, depth = 0): unknown {
  if (!(err instanceof Error)) return typeof err === 'string' ? scrubErrorMessage(err) : err;
  const e = err as Error & { code?: unknown; statusCode?: unknown; cause?: unknown };
  const message = scrubErrorMessage(e.message ?? '');
  const frames = (e.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l));
  const out: Record<string, unknown> = { type: e.constructor?.name ?? 'Error', message, stack: [`${e.name}: ${message}`, ...frames].join('\n') };
  if (typeof e.code === 'string' || typeof e.code === 'number') out.code = e.code;
  if (typeof e.statusCode === 'number') out.statusCode = e.statusCode;
  if (e.cause !== undefined && depth < 3) out.cause = serializeError(e.cause, depth + 1);
  return out;
}

/**
 * A URL no route matched (a page of the web app, a mistyped API path) may carry anything in its
 * segments (a token, a name): only its leading fixed part is kept, and never the query string.
 */
export function scrubUrl(url: string): string {
  const segments = (url.split('?')[0] ?? '').split('/').filter(Boolean);
  const keep = segments[0] === 'api' ? 2 : 1;
  const head = segments.slice(0, keep).join('/');
  return `/${head}${segments.length > keep ? '/…' : ''}`;
}

interface RequestLike {
  method?: string;
  url?: string;
  id?: unknown;
  routeOptions?: { url?: string };
  socket?: { remoteAddress?: string };
}

/** Requests are logged by method and route template (`/api/v1/portal/:token`), never the raw URL. */
export function serializeRequest(req: RequestLike): Record<string, unknown> {
  const template = req.routeOptions?.url;
  return { method: req.method, route: template ?? scrubUrl(req.url ?? ''), remoteAddress: req.socket?.remoteAddress };
}
