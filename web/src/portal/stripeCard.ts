import { useEffect, useRef, useState } from 'react';

/** The few Stripe.js calls the payment form makes (docs.stripe.com/js). */
interface StripeCardElement {
  mount(el: HTMLElement): void;
  destroy(): void;
  on(event: 'change', handler: (e: { complete: boolean; error?: { message?: string } }) => void): void;
}
interface StripeJs {
  elements(): { create(type: 'card', options?: Record<string, unknown>): StripeCardElement };
  createPaymentMethod(opts: { type: 'card'; card: StripeCardElement }): Promise<{ paymentMethod?: { id: string }; error?: { message?: string } }>;
}
declare global {
  interface Window {
    Stripe?: (publishableKey: string, options?: { locale?: string }) => StripeJs;
  }
}

let loading: Promise<void> | null = null;

/** Loads Stripe.js once from Stripe (it must come from js.stripe.com; the patient pages' CSP allows it). */
function loadStripeJs(): Promise<void> {
  if (window.Stripe) return Promise.resolve();
  loading ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = 'https://js.stripe.com/v3/';
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => {
      loading = null;
      reject(new Error('Stripe.js did not load'));
    };
    document.head.appendChild(script);
  });
  return loading;
}

/**
 * Stripe's card field for the hospital's own Stripe account: the number, expiry and CVC are typed
 * into Stripe's frame and never reach Kindly; createPaymentMethod gives the pm_... token the
 * payment request carries. `state` is `loading`, `ready` or `failed` (Stripe could not be reached).
 */
export function useStripeCard(publishableKey: string | null, locale: string) {
  const mountRef = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const parts = useRef<{ stripe: StripeJs; card: StripeCardElement } | null>(null);
  useEffect(() => {
    if (!publishableKey) return;
    let gone = false;
    loadStripeJs()
      .then(() => {
        if (gone || !mountRef.current || !window.Stripe) return;
        const stripe = window.Stripe(publishableKey, { locale });
        const card = stripe.elements().create('card', { hidePostalCode: true, style: { base: { fontSize: '16px' } } });
        card.mount(mountRef.current);
        card.on('change', (e) => setFieldError(e.error?.message ?? null));
        parts.current = { stripe, card };
        setState('ready');
      })
      .catch(() => !gone && setState('failed'));
    return () => {
      gone = true;
      parts.current?.card.destroy();
      parts.current = null;
    };
  }, [publishableKey, locale]);
  async function paymentMethod(): Promise<{ id: string } | { error: string }> {
    if (!parts.current) return { error: 'not ready' };
    const r = await parts.current.stripe.createPaymentMethod({ type: 'card', card: parts.current.card });
    return r.paymentMethod ? { id: r.paymentMethod.id } : { error: r.error?.message ?? 'card refused' };
  }
  return { mountRef, state, fieldError, paymentMethod };
}
