import { paymentError } from './errors.js';
import type { CreateChargeRequest } from './gateway.js';

/** Idempotency keys: what Stripe accepts (1..255 characters). */
export function validateKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0 || key.length > 255) {
    throw paymentError('invalid_request', { message: 'idempotencyKey must be 1..255 characters' });
  }
}

export function validateChargeRequest(req: CreateChargeRequest): void {
  validateKey(req.idempotencyKey);
  if (!Number.isSafeInteger(req.amountCents) || req.amountCents <= 0) {
    throw paymentError('invalid_request', { message: `amountCents must be a positive integer, got ${req.amountCents}` });
  }
  if (typeof req.paymentMethod !== 'string' || req.paymentMethod.length === 0) {
    throw paymentError('invalid_request', { message: 'paymentMethod token is required' });
  }
  // A raw card number is refused outright: Kindly only ever handles tokens.
  if (/^\d[\d -]{10,22}\d$/.test(req.paymentMethod)) {
    throw paymentError('invalid_request', { message: 'paymentMethod looks like a card number; pass a token' });
  }
}
