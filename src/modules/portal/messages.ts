import type { DeclineCode } from '../payments/index.js';
import { DECLINE_USER_MESSAGES } from '../payments/index.js';

export type PortalLanguage = 'en' | 'es';

/** Patient-facing words for what can go wrong behind a link, in English and Spanish. */
const MESSAGES = {
  link_invalid: [
    'We could not open this link. Please check that you copied all of it, or ask us for a new one. We are happy to help.',
    'No pudimos abrir este enlace. Revise que lo copió completo o pídanos uno nuevo. Con gusto le ayudamos.',
  ],
  link_expired: [
    'This link has expired. For your safety, links work for a limited time. Please ask us for a new one; we are happy to help.',
    'Este enlace venció. Por su seguridad, los enlaces funcionan por un tiempo limitado. Pídanos uno nuevo; con gusto le ayudamos.',
  ],
  link_revoked: [
    'This link is no longer active, so nothing private is shown. If you still need help with your bill, please call us and we will send a new one.',
    'Este enlace ya no está activo, así que no se muestra nada privado. Si todavía necesita ayuda con su factura, llámenos y le enviaremos uno nuevo.',
  ],
  identity_mismatch: [
    'Those details do not match our records. Please check them and try again.',
    'Esos datos no coinciden con nuestros registros. Revíselos e inténtelo de nuevo.',
  ],
  locked: [
    'For your safety, this link is paused after several tries. Please wait 30 minutes and try again, or call us and we will help.',
    'Por su seguridad, este enlace se pausó después de varios intentos. Espere 30 minutos e inténtelo de nuevo, o llámenos y le ayudaremos.',
  ],
  locked_day: [
    'For your safety, this link is paused for a day after many tries. Please call us and we will help you right away.',
    'Por su seguridad, este enlace se pausó por un día después de muchos intentos. Llámenos y le ayudaremos enseguida.',
  ],
  link_closed: [
    'For your safety, this link is now closed after many tries, and our team has been told. Please call us and we will send you a new one.',
    'Por su seguridad, este enlace se cerró después de muchos intentos y nuestro equipo ya lo sabe. Llámenos y le enviaremos uno nuevo.',
  ],
  session_expired: [
    'For your safety, please confirm who you are again to continue.',
    'Por su seguridad, confirme de nuevo quién es para continuar.',
  ],
  action_not_allowed: [
    'This link cannot be used for that. Please call us and we will help.',
    'Este enlace no se puede usar para eso. Llámenos y le ayudaremos.',
  ],
  over_balance: [
    'This is more than the balance due, so nothing was charged. Please check the amount and try again.',
    'Esto es más que el saldo pendiente, así que no se cobró nada. Revise la cantidad e inténtelo de nuevo.',
  ],
  nothing_due: [
    'There is nothing to pay on this bill right now. Thank you!',
    'No hay nada que pagar en esta factura por ahora. ¡Gracias!',
  ],
} as const satisfies Record<string, readonly [string, string]>;

export type PortalMessageKey = keyof typeof MESSAGES;

export function portalMessage(key: PortalMessageKey, language: PortalLanguage): string {
  return MESSAGES[key][language === 'es' ? 1 : 0];
}

const DECLINES_ES: Record<DeclineCode, string> = {
  card_declined: 'Su tarjeta fue rechazada, así que no se cobró nada. Puede intentar con otra tarjeta o elegir un plan de pagos que se ajuste a su presupuesto.',
  insufficient_funds:
    'El pago no se realizó porque el saldo disponible de la tarjeta era bajo. No se cobró nada. Puede pagar una cantidad menor, usar otra tarjeta o elegir un plan de pagos.',
  authentication_failed: 'Su banco no pudo confirmar que era usted, así que no se cobró nada. Puede intentarlo de nuevo o usar otra tarjeta.',
  expired_card: 'Esta tarjeta está vencida, así que no se cobró nada. Use otra tarjeta, por favor.',
  incorrect_cvc: 'El código de seguridad no coincide, así que no se cobró nada. Revise los 3 o 4 dígitos de su tarjeta e inténtelo de nuevo.',
  invalid_card: 'Los datos de la tarjeta no parecen correctos, así que no se cobró nada. Revíselos e inténtelo de nuevo.',
  processing_error: 'Algo salió mal al procesar su tarjeta y no se cobró nada. Inténtelo de nuevo en unos minutos.',
};

/** What the patient reads after a decline, in their language: kind, no blame, a next step. */
export function declineMessage(code: string, language: PortalLanguage): string {
  const c = (code in DECLINES_ES ? code : 'processing_error') as DeclineCode;
  return language === 'es' ? DECLINES_ES[c] : DECLINE_USER_MESSAGES[c];
}
