import { Alert, Anchor, Box, Button, Card, Collapse, Loader, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../ui/api';
import { AssistanceView } from './AssistanceView';
import { DisputeView } from './DisputeView';
import { DocumentsView } from './DocumentsView';
import { DISPUTE_TEXTS, longDate, money, TEXTS, type Lang } from './i18n';
import { initialLang, LOOP } from './loopTexts';
import { PayView } from './PayView';
import { PlanView } from './PlanView';
import { PortalShell } from './PortalShell';
import { portalApi, type LinkStatus, type Summary } from './portalApi';
import { PreferencesView } from './PreferencesView';
import { ReviewButton } from './ReviewButton';

type Screen = 'bill' | 'pay' | 'plan' | 'assistance' | 'documents' | 'preferences' | 'dispute';

/** The patient's secure page behind a link: verify, then the bill and what they can do about it. */
export function PatientPortal({ token }: { token: string }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [link, setLink] = useState<LinkStatus | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [screen, setScreen] = useState<Screen>('bill');

  useEffect(() => {
    // The token is in the URL: keep it out of Referer headers to other sites.
    const meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    document.head.appendChild(meta);
    return () => meta.remove();
  }, []);

  const loadSummary = useCallback(async () => {
    try {
      setSummary(await portalApi<Summary>(token, lang, `/summary?language=${lang}`));
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        setSummary(null);
        setLink((l) => (l ? { ...l, verified: false } : l));
      } else setFatal(e instanceof ApiError ? e.userMessage : TEXTS[lang].somethingWrong);
    }
  }, [token, lang]);

  useEffect(() => {
    portalApi<LinkStatus>(token, lang, '/link')
      .then((l) => {
        setLink(l);
        if (l.verified) void loadSummary();
      })
      .catch((e) => setFatal(e instanceof ApiError ? e.userMessage : TEXTS[lang].somethingWrong));
    // Language changes re-read the summary below, not the link.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token]);

  useEffect(() => {
    if (summary) void loadSummary();
    // Only when the language changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang]);

  const back = () => {
    setScreen('bill');
    void loadSummary();
  };
  let body;
  if (fatal) body = <Alert color="orange" role="alert" title={link?.tenantName}>{fatal}</Alert>;
  else if (!link) body = <Loader m="xl" />;
  else if (!summary) body = <VerifyForm token={token} lang={lang} locked={link.locked} onVerified={() => void loadSummary()} />;
  else if (screen === 'pay') body = <PayView token={token} lang={lang} summary={summary} onBack={back} />;
  else if (screen === 'plan') body = <PlanView token={token} lang={lang} summary={summary} onBack={back} onAssistance={() => setScreen('assistance')} />;
  else if (screen === 'assistance') body = <AssistanceView token={token} lang={lang} onBack={back} />;
  else if (screen === 'dispute') body = <DisputeView token={token} lang={lang} onBack={back} />;
  else if (screen === 'documents') body = <DocumentsView token={token} lang={lang} onBack={back} />;
  else if (screen === 'preferences') body = <PreferencesView token={token} lang={lang} onBack={back} />;
  else body = <BillView token={token} lang={lang} summary={summary} go={setScreen} />;

  return (
    <PortalShell lang={lang} setLang={setLang} tenantName={link?.tenantName}>
      {body}
    </PortalShell>
  );
}

function VerifyForm({ token, lang, locked, onVerified }: { token: string; lang: Lang; locked: boolean; onVerified: () => void }) {
  const t = TEXTS[lang];
  const [dob, setDob] = useState('');
  const [method, setMethod] = useState<'lastName' | 'zip'>('lastName');
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await portalApi(token, lang, '/verify', { json: { dateOfBirth: dob, ...(method === 'lastName' ? { lastName: answer } : { zip: answer }) } });
      onVerified();
    } catch (err) {
      setError(err instanceof ApiError ? err.userMessage : t.somethingWrong);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder padding="lg">
      <form onSubmit={submit} aria-label={t.verifyTitle}>
        <Stack>
          <Title order={2} size="h3">{t.verifyTitle}</Title>
          <Text>{t.verifyIntro}</Text>
          {locked && !error && <Alert color="orange" role="alert">{t.locked}</Alert>}
          <TextInput label={t.dob} placeholder={t.dobHint} inputMode="numeric" autoComplete="bday" required value={dob} onChange={(e) => setDob(e.currentTarget.value)} size="md" />
          <SegmentedControl fullWidth value={method} onChange={(v) => { setMethod(v as 'lastName' | 'zip'); setAnswer(''); }} data={[{ value: 'lastName', label: t.useLastName }, { value: 'zip', label: t.useZip }]} />
          {method === 'lastName' ? (
            <TextInput label={t.lastName} autoComplete="family-name" required value={answer} onChange={(e) => setAnswer(e.currentTarget.value)} size="md" />
          ) : (
            <TextInput label={t.zip} inputMode="numeric" autoComplete="postal-code" required value={answer} onChange={(e) => setAnswer(e.currentTarget.value)} size="md" />
          )}
          {error && <Alert color="orange" role="alert">{error}</Alert>}
          <Button type="submit" size="md" fullWidth loading={busy}>{t.continue}</Button>
        </Stack>
      </form>
      <Stack gap={4} mt="lg">
        <Text size="sm" c="gray.7">{LOOP[lang].notMineIntro}</Text>
        <ReviewButton token={token} lang={lang} kind="not_mine" />
      </Stack>
    </Card>
  );
}

function BillView({ token, lang, summary, go }: { token: string; lang: Lang; summary: Summary; go: (s: Screen) => void }) {
  const t = TEXTS[lang];
  const L = LOOP[lang];
  const [showBill, setShowBill] = useState(false);
  const due = summary.account.patientDueCents;
  const p = summary.payInFull;
  const can = (a: string) => summary.actions.includes(a);
  return (
    <Stack>
      <Title order={1} size="h2">{t.hello(summary.givenName)}</Title>
      <Card withBorder padding="lg">
        {due > 0 ? (
          <>
            <Text size="lg">{t.youOwe}</Text>
            <Text fz={40} fw={700} data-testid="portal-balance">{money(due, lang)}</Text>
          </>
        ) : (
          <Text size="lg" data-testid="portal-balance-zero">{t.nothingOwed}</Text>
        )}
        {summary.account.insurancePendingCents > 0 && <Text size="sm" c="gray.7" mt="xs">{t.insurancePending(money(summary.account.insurancePendingCents, lang))}</Text>}
        {summary.plan && (
          <Stack gap={2} mt="sm">
            <Text fw={600}>{t.planStatus(t.statuses[summary.plan.status] ?? summary.plan.status)}</Text>
            {summary.plan.nextDue && <Text size="sm">{t.nextPayment(money(summary.plan.nextDue.amountCents, lang), longDate(summary.plan.nextDue.dueOn, lang))}</Text>}
          </Stack>
        )}
        {summary.assistance && <Text fw={600} mt="sm">{t.assistStatus(t.statuses[summary.assistance.status] ?? summary.assistance.status)}</Text>}
      </Card>
      {due > 0 && (
        <Stack gap="sm">
          <Text fw={600}>{t.whatToDo}</Text>
          {can('pay') && (
            <Button size="lg" fullWidth onClick={() => go('pay')}>
              {t.payInFull}
            </Button>
          )}
          {p.discountCents > 0 && p.validThrough && <Text size="sm" c="teal.9">{t.payInFullDiscount(money(p.amountDueCents, lang), money(p.discountCents, lang), longDate(p.validThrough, lang))}</Text>}
          {can('plan') && !summary.plan && (
            <Button size="lg" fullWidth variant="light" onClick={() => go('plan')}>
              {t.choosePlan}
            </Button>
          )}
          {can('assistance') && (!summary.assistance || ['approved', 'denied', 'withdrawn'].includes(summary.assistance.status)) && (
            <>
              <Button size="lg" fullWidth variant="outline" onClick={() => go('assistance')}>
                {t.applyAssistance}
              </Button>
              <Text size="sm" c="gray.7">{t.assistanceHint}</Text>
            </>
          )}
        </Stack>
      )}
      {summary.account.status === 'disputed' && <Alert color="blue" data-testid="dispute-pending">{DISPUTE_TEXTS[lang].pending}</Alert>}
      <Card withBorder>
        <Anchor component="button" type="button" onClick={() => setShowBill((s) => !s)} fw={600} c="blue.9" aria-expanded={showBill}>
          {showBill ? t.hideBill : t.showBill}
        </Anchor>
        <Collapse expanded={showBill}>
          {/* Rendered on the server from the ledger with every value escaped. Focusable, so a
              keyboard can scroll the wide insurance table on a phone. */}
          <Box mt="sm" className="kindly-portal-statement" tabIndex={0} role="region" aria-label={t.billExplained} style={{ overflowX: 'auto', fontSize: 16 }} dangerouslySetInnerHTML={{ __html: summary.statementHtml }} />
        </Collapse>
      </Card>
      <nav aria-label={L.morePlaces}>
        <Stack gap="xs">
          {summary.assistance && (
            <Button variant="default" fullWidth onClick={() => go('documents')} styles={{ label: { whiteSpace: 'normal' } }} h="auto" py="xs">{L.myApplication}</Button>
          )}
          {summary.actions.includes('preferences') && (
            <Button variant="default" fullWidth onClick={() => go('preferences')} styles={{ label: { whiteSpace: 'normal' } }} h="auto" py="xs">{L.preferencesNav}</Button>
          )}
          {due > 0 && summary.account.status !== 'disputed' && (
            <Button variant="default" fullWidth onClick={() => go('dispute')} styles={{ label: { whiteSpace: 'normal' } }} h="auto" py="xs">{DISPUTE_TEXTS[lang].open}</Button>
          )}
          {due > 0 && <ReviewButton token={token} lang={lang} kind="already_paid" />}
          <ReviewButton token={token} lang={lang} kind="not_mine" />
        </Stack>
      </nav>
    </Stack>
  );
}
