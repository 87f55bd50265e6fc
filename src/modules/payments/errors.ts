import { defineModuleErrors, type ModuleError } from '../../platform/errors/index.js';

const USER_MESSAGES: Partial<Record<string, string>> = {
  invalid_card_number: 'That card number does not look right. Please check it and try again.',
  rate_limited: 'We are a little busy right now. Nothing was charged. Please try again in a minute.',
  gateway_unavailable:
    'We could not reach the payment service. Nothing was charged twice: it is safe to try again in a few minutes.',
};

const DEFAULT_USER_MESSAGE =
  'Something went wrong on our side and the payment did not go through. Nothing was charged. Please try again, or contact us and we will help.';

/**
 * Closed list of payment error reasons (infrastructure and usage; a decline is a result, not an
 * error), each with the AppError code it answers with.
 */
const PAYMENT_ERRORS = defineModuleErrors(
  'payments',
  {
    invalid_request: 'bad_request',
    invalid_card_number: 'validation_failed',
    unknown_payment_method: 'unprocessable',
    charge_not_found: 'not_found',
    charge_not_confirmable: 'conflict',
    charge_not_refundable: 'conflict',
    refund_exceeds_charge: 'unprocessable',
    idempotency_key_reused: 'conflict',
    gateway_auth_failed: 'unavailable',
    rate_limited: 'rate_limited',
    gateway_unavailable: 'unavailable',
    webhook_malformed: 'bad_request',
    webhook_signature_invalid: 'bad_request',
    webhook_timestamp_out_of_tolerance: 'bad_request',
  },
  {
    userMessage: (reason) => USER_MESSAGES[reason] ?? DEFAULT_USER_MESSAGE,
    retryable: (reason) => reason === 'rate_limited' || reason === 'gateway_unavailable',
  },
);

export type PaymentErrorCode = keyof typeof PAYMENT_ERRORS.codes;
export type PaymentError = ModuleError<PaymentErrorCode>;
export const PAYMENT_ERROR_CODES = PAYMENT_ERRORS.codes;
/** A payment error (an AppError with origin `payments`; `retryable` when the same idempotency key may be tried again). */
export const paymentError = PAYMENT_ERRORS.create;
export const isPaymentError = PAYMENT_ERRORS.is;

/** Why a card payment did not go through, in a closed list shared by every gateway. */
export type DeclineCode =
  | 'card_declined'
  | 'insufficient_funds'
  | 'authentication_failed'
  | 'expired_card'
  | 'incorrect_cvc'
  | 'invalid_card'
  | 'processing_error';

/**
 * What the patient reads after a decline: kind, clear, never blaming, always with a next step
 * (another card, a smaller amount, a plan, or help).
 */
export const DECLINE_USER_MESSAGES: Record<DeclineCode, string> = {
  card_declined:
    'Your card was declined, so no money was taken. You can try another card, or choose a payment plan that fits your budget.',
  insufficient_funds:
    "The payment didn't go through because the card's available balance was too low. No money was taken. You can pay a smaller amount, use another card, or set up a payment plan.",
  authentication_failed:
    "Your bank couldn't confirm it was you, so no money was taken. You can try again, or use another card.",
  expired_card: 'This card has expired, so no money was taken. Please use another card.',
  incorrect_cvc: "The security code didn't match, so no money was taken. Please check the 3 or 4 digits on your card and try again.",
  invalid_card: "The card details don't look right, so no money was taken. Please check them and try again.",
  processing_error: 'Something went wrong while processing your card, and no money was taken. Please try again in a few minutes.',
};
