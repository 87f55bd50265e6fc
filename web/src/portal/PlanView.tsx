import { Alert, Badge, Button, Card, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../ui/api';
import { longDate, money, TEXTS, toCents, type Lang } from './i18n';
import { portalApi, type PlanQuote, type PlanView as Plan, type Summary } from './portalApi';
import type { AcceptedPortalPlan } from '@contracts/portal';

/**
 * The patient states a monthly budget; the plans shown all fit it. When none can, the page offers
 * financial assistance instead of an unaffordable plan.
 */
export function PlanView({ token, lang, summary, onBack, onAssistance }: { token: string; lang: Lang; summary: Summary; onBack: () => void; onAssistance: () => void }) {
  const t = TEXTS[lang];
  const [budget, setBudget] = useState('');
  const [quote, setQuote] = useState<PlanQuote | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [plan, setPlan] = useState<Plan | null>(null);
  const budgetCents = toCents(budget);

  async function seePlans(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (budgetCents === null) return setError(lang === 'es' ? 'Escriba una cantidad, por ejemplo 50.' : 'Please enter an amount, for example 50.');
    setBusy(true);
    try {
      setQuote(await portalApi<PlanQuote>(token, lang, `/plan-quotes?monthlyBudgetCents=${budgetCents}`));
    } catch (err) {
      setError(err instanceof ApiError ? err.userMessage : t.somethingWrong);
    } finally {
      setBusy(false);
    }
  }

  async function choose(months: number) {
    setBusy(true);
    setError(null);
    try {
      const r = await portalApi<AcceptedPortalPlan>(token, lang, '/plans', { json: { months, monthlyBudgetCents: budgetCents } });
      setPlan(r.plan);
    } catch (err) {
      setError(err instanceof ApiError ? err.userMessage : t.somethingWrong);
    } finally {
      setBusy(false);
    }
  }

  if (plan) {
    return (
      <Card withBorder padding="lg" data-testid="plan-confirmation">
        <Stack>
          <Title order={2} size="h3">✓ {t.planDone}</Title>
          <Text fw={600}>{t.planSchedule}</Text>
          <List>
            {plan.installments.map((i) => (
              <List.Item key={i.seq}>{longDate(i.dueOn, lang)}: {money(i.amountCents, lang)}</List.Item>
            ))}
          </List>
          <Button size="md" onClick={onBack}>{t.backToBill}</Button>
        </Stack>
      </Card>
    );
  }

  return (
    <Stack>
      <Card withBorder padding="lg">
        <form onSubmit={seePlans} aria-label={t.planTitle}>
          <Stack>
            <Title order={2} size="h3">{t.planTitle}</Title>
            <Text>{t.planIntro}</Text>
            <Text>{t.youOwe}: <b>{money(summary.account.patientDueCents, lang)}</b></Text>
            <TextInput label={t.budget} inputMode="decimal" required value={budget} onChange={(e) => setBudget(e.currentTarget.value)} size="md" />
            <Button type="submit" size="md" loading={busy}>{t.seePlans}</Button>
          </Stack>
        </form>
      </Card>
      {error && <Alert color="orange" role="alert">{error}</Alert>}
      {quote?.referToAssistance && (
        <Alert color="teal" role="status" data-testid="refer-to-assistance">
          <Stack gap="sm">
            <Text>{t.noPlanFits}</Text>
            <Button onClick={onAssistance}>{t.applyAssistance}</Button>
          </Stack>
        </Alert>
      )}
      {quote?.options.map((o, i) => {
        const last = o.schedule[o.schedule.length - 1]!;
        return (
          <Card withBorder key={o.months} data-testid="plan-option">
            <Stack gap={4}>
              <Group justify="space-between">
                <Text fw={700}>{t.planOption(o.months, money(o.monthlyPaymentCents, lang))}</Text>
                {quote.recommended === i && <Badge>{t.recommended}</Badge>}
              </Group>
              {last.amountCents !== o.monthlyPaymentCents && <Text size="sm">{t.lastSmaller(money(last.amountCents, lang))}</Text>}
              <Text size="sm" c="dimmed">{t.firstDue(longDate(o.firstDueOn, lang))}</Text>
              <Button mt="xs" variant="light" loading={busy} onClick={() => void choose(o.months)}>{t.choose}</Button>
            </Stack>
          </Card>
        );
      })}
      <Button variant="subtle" onClick={onBack}>{t.back}</Button>
    </Stack>
  );
}
