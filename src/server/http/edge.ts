import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { setImmediate } from 'node:timers/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldIssue } from '../../platform/errors/index.js';
import type { ZodApp } from './zod-app.js';

/**
 * Text PostgreSQL cannot store or that no honest client sends: NUL characters and unpaired UTF-16
 * surrogates (what invalid UTF-8 in a JSON escape becomes). Found anywhere in a request's body,
 * query or path parameters, the request gets a 400 naming the field instead of reaching the database.
 */
// eslint-disable-next-line no-control-regex -- a NUL character is exactly what this looks for
const INVALID_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function findInvalidText(value: unknown, path: string, out: FieldIssue[] = [], depth = 0): FieldIssue[] {
  if (out.length >= 10 || depth > 32) return out;
  if (typeof value === 'string') {
    if (INVALID_TEXT.test(value)) out.push({ path, message: value.includes('\u0000') ? 'contains a NUL character, which text may not hold' : 'contains invalid text (an unpaired surrogate)' });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findInvalidText(v, `${path}[${i}]`, out, depth + 1));
  } else if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (INVALID_TEXT.test(k)) out.push({ path: `${path}.${k.replace(INVALID_TEXT, '\\0')}`, message: 'a field name contains invalid text' });
      findInvalidText(v, `${path}.${k}`, out, depth + 1);
    }
  }
  return out;
}

/** Global request guards: invalid text is refused before validation, in one place for every route. */
export function registerEdgeGuards(app: ZodApp): void {
  app.addHook('preValidation', async (req) => {
    // A large body was just parsed and is about to be scanned, then validated: a turn of the
    // event loop between each keeps one request from holding it for their sum.
    const large = Number(req.headers['content-length'] ?? 0) > LARGE_BODY_BYTES;
    if (large) await setImmediate();
    const issues = [
      ...findInvalidText(req.params, 'params'),
      ...findInvalidText(req.query, 'querystring'),
      ...findInvalidText(req.body, 'body'),
    ];
    if (issues.length) throw new AppError('validation_failed', { message: issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues });
    if (large) await setImmediate();
  });
}

const LARGE_BODY_BYTES = 256 * 1024;

/** Upload size limits by role, in bytes: a role without an entry may not upload there at all. */
export const UPLOAD_LIMITS = {
  ingestion: { admin: 200 * 1024 * 1024, billing_specialist: 200 * 1024 * 1024 },
  assistanceDocument: { financial_counselor: 10 * 1024 * 1024, admin: 10 * 1024 * 1024, patient: 10 * 1024 * 1024 },
} as const satisfies Record<string, Record<string, number>>;

export type UploadKind = keyof typeof UPLOAD_LIMITS;

declare module 'fastify' {
  interface FastifyRequest {
    /** Bytes this request may upload, set by the route's upload guard before the body is read. */
    uploadLimit?: number;
  }
}

export function uploadLimitFor(kind: UploadKind, roles: readonly string[]): number {
  const table: Record<string, number> = UPLOAD_LIMITS[kind];
  return Math.max(0, ...roles.map((r) => table[r] ?? 0));
}

function tooLarge(limit: number): AppError {
  const mb = Math.round((limit / (1024 * 1024)) * 10) / 10;
  return new AppError('payload_too_large', {
    message: `the upload is larger than the ${mb} MB your role may send at once`,
    issues: [{ path: 'body', message: `at most ${limit} bytes` }],
  });
}

/**
 * An onRequest hook for an upload route: `authorize` runs before a byte of the body is read (it
 * throws 401/403), then the declared length is checked against the caller's limit (413). Bodies
 * without a length are counted as they stream (see streamToTempFile).
 */
export function uploadGuard(kind: UploadKind, authorize: (req: FastifyRequest) => Promise<readonly string[]>) {
  return async (req: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const roles = await authorize(req);
    const limit = uploadLimitFor(kind, roles);
    if (limit <= 0) throw new AppError('forbidden', { message: 'your role may not upload here' });
    req.uploadLimit = limit;
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  };
}

/** Where a streamed upload landed; the route's onResponse hook removes it. */
export interface TempUpload {
  path: string;
  dir: string;
  bytes: number;
}

/**
 * Streams a request body to a private temp file, never holding it in memory, and stops at the
 * request's upload limit. NUL bytes are refused with the line they are on: every upload format
 * here is text, and a NUL would otherwise reach the database inside a patient's record.
 */
export function streamToTempFile(req: FastifyRequest, payload: Readable, done: (err: Error | null, body?: TempUpload) => void): void {
  const limit = req.uploadLimit ?? 0;
  const name = typeof (req.query as Record<string, unknown> | undefined)?.filename === 'string' ? String((req.query as Record<string, unknown>).filename) : 'upload';
  const dir = mkdtempSync(join(tmpdir(), 'kindly-upload-'));
  const path = join(dir, basename(name).replace(/[^\w.-]/g, '_') || 'upload');
  const out = createWriteStream(path, { mode: 0o600 });
  let bytes = 0;
  let line = 1;
  let failed = false;
  const fail = (err: Error) => {
    if (failed) return;
    failed = true;
    payload.unpipe?.(out);
    payload.resume();
    out.destroy();
    rmSync(dir, { recursive: true, force: true });
    done(err);
  };
  payload.on('data', (chunk: Buffer) => {
    if (failed) return;
    bytes += chunk.length;
    if (bytes > limit) return fail(tooLarge(limit));
    const nul = chunk.indexOf(0);
    if (nul >= 0) {
      for (let i = 0; i < nul; i++) if (chunk[i] === 10) line++;
      return fail(new AppError('validation_failed', { message: `${name} line ${line}: a NUL byte, which text files may not hold`, issues: [{ path: 'body', file: name, line, message: 'contains a NUL byte' }] }));
    }
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) line++;
    if (!out.write(chunk)) {
      payload.pause();
      out.once('drain', () => payload.resume());
    }
  });
  payload.on('end', () => {
    if (failed) return;
    out.end(() => done(null, { path, dir, bytes }));
  });
  payload.on('error', (err) => fail(err));
  out.on('error', (err) => fail(err));
}

/** Removes a streamed upload's temp folder once the response is sent (also when the route failed). */
export async function removeTempUpload(req: FastifyRequest): Promise<void> {
  const body = req.body as TempUpload | undefined;
  if (body && typeof body === 'object' && typeof body.dir === 'string' && body.dir.includes('kindly-upload-')) rmSync(body.dir, { recursive: true, force: true });
}
