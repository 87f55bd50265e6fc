import { Alert, Button, Card, Group, Input, Radio, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../ui/api';
import { money, TEXTS, toCents, type Lang } from './i18n';
import type { PortalPaymentResult as PaymentResult } from '@contracts/portal';
import { newKey, portalApi, type Summary } from './portalApi';
import { useStripeCard } from './stripeCard';

/**
 * Pay in full (with the discount the hospital offers, if any) or another amount. The card goes to
 * the gateway's tokenizer (Stripe's own card field when the hospital takes cards on Stripe, the
 * sandbox's stand-in otherwise); only the token reaches the payment request. One idempotency key per
 * attempt: a double click or a retry never charges twice; a new card is a new attempt.
 */
export function PayView({ token, lang, summary, onBack }: { token: string; lang: Lang; summary: Summary; onBack: () => void }) {
  const t = TEXTS[lang];
  const full = summary.payInFull;
  const [which, setWhich] = useState<'full' | 'other'>('full');
  const [other, setOther] = useState('');
  const [number, setNumber] = useState('');
  const [expiry, setExpiry] = useState('');
  const [cvc, setCvc] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<PaymentResult | null>(null);
  const attempt = useRef(newKey());
  const { mountRef: stripeMount, state: stripeState, fieldError: stripeFieldError, paymentMethod: stripePaymentMethod } = useStripeCard(summary.publishableKey, lang);
  const onStripe = summary.publishableKey !== null;

  const amountCents = which === 'full' ? full.amountDueCents : toCents(other);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setError(null);
    const m = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(expiry);
    if (!onStripe && !m) return setError(lang === 'es' ? 'Escriba el vencimiento como MM/AA.' : 'Please enter the expiration as MM/YY.');
    if (which === 'other' && (amountCents === null || amountCents < 100)) return setError(lang === 'es' ? 'Escriba una cantidad de al menos $1.00.' : 'Please enter an amount of at least $1.00.');
    setBusy(true);
    try {
      let paymentMethod: string;
      if (onStripe) {
        const pm = await stripePaymentMethod();
        if ('error' in pm) return setError(pm.error);
        paymentMethod = pm.id;
      } else {
        const year = m![2]!.length === 2 ? 2000 + Number(m![2]) : Number(m![2]);
        paymentMethod = (await portalApi<{ token: string }>(token, lang, '/card-tokens', { json: { number, expMonth: Number(m![1]), expYear: year, cvc } })).token;
      }
      const r = await portalApi<PaymentResult>(token, lang, '/payments', {
        json: { idempotencyKey: attempt.current, paymentMethod, payInFull: which === 'full', ...(which === 'other' ? { amountCents } : {}), ...(email ? { receiptEmail: email } : {}) },
      });
      setDone(r);
    } catch (err) {
      // A decline ends this attempt: trying again (another card) is a new payment.
      if (err instanceof ApiError && err.code === 'payment_declined') attempt.current = newKey();
      setError(err instanceof ApiError ? err.userMessage : t.somethingWrong);
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <Card withBorder padding="lg" data-testid="payment-confirmation">
        <Stack>
          <Title order={2} size="h3">✓ {t.thanksTitle}</Title>
          <Table>
            <Table.Tbody>
              <Table.Tr><Table.Th>{t.paid}</Table.Th><Table.Td data-testid="paid-amount">{money(done.payment.amountCents, lang)}</Table.Td></Table.Tr>
              {done.payment.discountCents > 0 && <Table.Tr><Table.Th>{t.discount}</Table.Th><Table.Td>{money(done.payment.discountCents, lang)}</Table.Td></Table.Tr>}
              <Table.Tr><Table.Th>{t.confirmation}</Table.Th><Table.Td data-testid="confirmation-number">{done.confirmationNumber}</Table.Td></Table.Tr>
              <Table.Tr><Table.Th>{t.newBalance}</Table.Th><Table.Td data-testid="balance-after">{money(done.balanceAfterCents, lang)}</Table.Td></Table.Tr>
            </Table.Tbody>
          </Table>
          {done.receipt && <Text>{t.receiptSent(done.receipt.to)}</Text>}
          <Button size="md" onClick={onBack}>{t.backToBill}</Button>
        </Stack>
      </Card>
    );
  }

  return (
    <Card withBorder padding="lg">
      <form onSubmit={submit} aria-label={t.payTitle}>
        <Stack>
          <Title order={2} size="h3">{t.payTitle}</Title>
          <Radio.Group value={which} onChange={(v) => setWhich(v as 'full' | 'other')}>
            <Stack gap="xs">
              <Radio value="full" label={full.discountCents > 0 ? t.amountFullDiscount(money(full.amountDueCents, lang), money(full.discountCents, lang)) : t.amountFull(money(full.amountDueCents, lang))} />
              <Radio value="other" label={t.amountOther} />
            </Stack>
          </Radio.Group>
          {which === 'other' && <TextInput label={t.amount} inputMode="decimal" value={other} onChange={(e) => setOther(e.currentTarget.value)} size="md" />}
          {onStripe ? (
            <Input.Wrapper label={lang === 'es' ? 'Tarjeta' : 'Card'} error={stripeFieldError ?? undefined}>
              <div ref={stripeMount} data-testid="stripe-card" style={{ padding: '12px 10px', border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4, minHeight: 44 }} />
              {stripeState === 'failed' && <Alert color="orange" role="alert" mt="xs">{lang === 'es' ? 'El formulario de tarjeta no se pudo cargar. Revise su conexión y vuelva a cargar la página.' : 'The card form could not load. Check your connection and reload the page.'}</Alert>}
            </Input.Wrapper>
          ) : (
            <>
              <TextInput label={t.cardNumber} inputMode="numeric" autoComplete="cc-number" required value={number} onChange={(e) => setNumber(e.currentTarget.value)} size="md" />
              <Group grow>
                <TextInput label={t.expiry} placeholder="MM/YY" autoComplete="cc-exp" required value={expiry} onChange={(e) => setExpiry(e.currentTarget.value)} size="md" />
                <TextInput label={t.cvc} inputMode="numeric" autoComplete="cc-csc" required maxLength={4} value={cvc} onChange={(e) => setCvc(e.currentTarget.value)} size="md" />
              </Group>
            </>
          )}
          <TextInput label={t.receiptEmail} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} size="md" />
          <Text size="xs" c="dimmed">{t.noCardStored}</Text>
          {error && <Alert color="orange" role="alert" data-testid="payment-error">{error}</Alert>}
          <Button type="submit" size="lg" fullWidth loading={busy} disabled={onStripe && stripeState !== 'ready'}>{t.pay(money(amountCents ?? 0, lang))}</Button>
          <Button variant="subtle" onClick={onBack}>{t.back}</Button>
        </Stack>
      </form>
    </Card>
  );
}
