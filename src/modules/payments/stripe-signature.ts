import { createHmac, timingSafeEqual } from 'node:crypto';
import { paymentError } from './errors.js';

/** Stripe's default tolerance between the signature's timestamp and now. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** HMAC-SHA256 hex of `${t}.${payload}`: Stripe's v1 webhook signature scheme. */
export function stripeSignature(payload: string, timestamp: number, secret: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex');
}

/** A `Stripe-Signature` header value for a payload (the sandbox signs its own webhooks this way). */
export function signStripePayload(payload: string, secret: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${stripeSignature(payload, t, secret)}`;
}

function parseHeader(header: string): { timestamp: number; v1: string[] } {
  let timestamp = Number.NaN;
  const v1: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't' && /^\d+$/.test(value)) timestamp = Number(value);
    if (key === 'v1') v1.push(value);
  }
  return { timestamp, v1 };
}

function safeEqualHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Verifies a `Stripe-Signature` header (`t=...,v1=...`; several v1 while secrets rotate) against
 * the raw body, comparing in constant time, within the timestamp tolerance. Throws a payment error.
 */
export function verifyStripeSignature(
  payload: string,
  header: string,
  secrets: string | readonly string[],
  now: Date,
  toleranceSeconds = WEBHOOK_TOLERANCE_SECONDS,
): void {
  const { timestamp, v1 } = parseHeader(header);
  if (!Number.isFinite(timestamp) || v1.length === 0) {
    throw paymentError('webhook_signature_invalid', { message: 'Stripe-Signature header lacks t= or v1=' });
  }
  const keys = typeof secrets === 'string' ? [secrets] : secrets;
  const genuine = keys.some((secret) => {
    const expected = stripeSignature(payload, timestamp, secret);
    return v1.some((candidate) => safeEqualHex(expected, candidate));
  });
  if (!genuine) throw paymentError('webhook_signature_invalid', { message: 'no v1 signature matches the payload' });
  if (Math.abs(Math.floor(now.getTime() / 1000) - timestamp) > toleranceSeconds) {
    throw paymentError('webhook_timestamp_out_of_tolerance', {
      message: `webhook timestamp ${timestamp} is more than ${toleranceSeconds}s from now`,
    });
  }
}
