import { Alert, Anchor, Button, Card, Checkbox, FileInput, Group, List, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../ui/api';
import { TEXTS, toCents, type Lang } from './i18n';
import { portalApi } from './portalApi';
import type { FinishedApplication as Finished, SubmittedApplication } from '@contracts/portal';

const KINDS = ['pay_stub', 'tax_return', 'benefit_letter', 'employer_letter', 'no_income_attestation', 'asset_statement', 'medicaid_card', 'snap_letter', 'wic_letter', 'homeless_attestation', 'photo_id'];

/**
 * The financial assistance application: household, income, documents (PDF or photos), signature.
 * Sending it places the hold that pauses any collection action; the confirmation lists anything
 * still needed (the same written request is emailed).
 */
export function AssistanceView({ token, lang, onBack }: { token: string; lang: Lang; onBack: () => void }) {
  const t = TEXTS[lang];
  const [size, setSize] = useState('');
  const [income, setIncome] = useState('');
  const [noIncome, setNoIncome] = useState(false);
  const [files, setFiles] = useState<Array<{ kind: string; file: File | null }>>([{ kind: 'pay_stub', file: null }]);
  const [signature, setSignature] = useState('');
  const [attest, setAttest] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Finished | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const incomeCents = noIncome ? undefined : toCents(income);
    if (!noIncome && income && incomeCents === null) return setError(lang === 'es' ? 'Escriba el ingreso como un número, por ejemplo 24000.' : 'Please enter the income as a number, for example 24000.');
    setBusy(true);
    try {
      const created = await portalApi<SubmittedApplication>(token, lang, '/assistance', {
        json: {
          ...(size ? { householdSize: Number(size) } : {}),
          ...(incomeCents != null ? { annualIncomeCents: incomeCents } : {}),
          noIncome,
          signatureName: signature || undefined,
          attest,
          language: lang,
        },
      });
      for (const f of files) {
        if (!f.file) continue;
        await portalApi(token, lang, `/assistance/${created.applicationId}/documents?kind=${f.kind}&fileName=${encodeURIComponent(f.file.name)}`, { body: f.file, contentType: f.file.type || 'application/pdf' });
      }
      setDone(await portalApi<Finished>(token, lang, `/assistance/${created.applicationId}/finish`, { method: 'POST', json: {} }));
    } catch (err) {
      setError(err instanceof ApiError ? err.userMessage : t.somethingWrong);
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <Card withBorder padding="lg" data-testid="assistance-confirmation">
        <Stack>
          <Title order={2} size="h3">✓ {t.assistDone}</Title>
          <Text>{t.assistPaused}</Text>
          {done.missing.length > 0 ? (
            <>
              <Text fw={600}>{t.stillNeeded}</Text>
              <List>{done.missing.map((m) => <List.Item key={m.item}>{lang === 'es' ? m.messageEs : m.message}</List.Item>)}</List>
            </>
          ) : (
            <Text>{t.allReceived}</Text>
          )}
          <Anchor href="#" onClick={async (e) => {
            e.preventDefault();
            const res = await fetch(`/api/v1/portal/assistance/letter?language=${lang}`, { headers: { 'x-portal-link': token }, credentials: 'same-origin' });
            if (res.ok) window.open(URL.createObjectURL(await res.blob()), '_blank');
          }}>{t.letter}</Anchor>
          <Button size="md" onClick={onBack}>{t.backToBill}</Button>
        </Stack>
      </Card>
    );
  }

  return (
    <Card withBorder padding="lg">
      <form onSubmit={submit} aria-label={t.assistTitle}>
        <Stack>
          <Title order={2} size="h3">{t.assistTitle}</Title>
          <Text>{t.assistIntro}</Text>
          <TextInput label={t.householdSize} description={t.householdHint} inputMode="numeric" value={size} onChange={(e) => setSize(e.currentTarget.value.replace(/\D/g, ''))} size="md" />
          <TextInput label={t.yearlyIncome} inputMode="decimal" disabled={noIncome} value={income} onChange={(e) => setIncome(e.currentTarget.value)} size="md" />
          <Checkbox label={t.noIncome} checked={noIncome} onChange={(e) => setNoIncome(e.currentTarget.checked)} />
          <Text fw={600}>{t.documents}</Text>
          {files.map((f, i) => (
            <Group key={i} align="end" grow>
              <NativeSelect label={t.documentKind} value={f.kind} data={KINDS.map((k) => ({ value: k, label: t.docKinds[k] ?? k }))} onChange={(e) => { const kind = e.currentTarget.value; setFiles((fs) => fs.map((x, j) => (j === i ? { ...x, kind } : x))); }} />
              <FileInput label={t.addFile} accept="application/pdf,image/jpeg,image/png,image/heic,image/webp" value={f.file} onChange={(file) => setFiles((fs) => fs.map((x, j) => (j === i ? { ...x, file } : x)))} clearable />
            </Group>
          ))}
          <Button variant="subtle" onClick={() => setFiles((fs) => [...fs, { kind: 'pay_stub', file: null }])}>+ {t.addFile}</Button>
          <TextInput label={t.signature} autoComplete="name" value={signature} onChange={(e) => setSignature(e.currentTarget.value)} size="md" />
          <Checkbox label={t.attest} checked={attest} onChange={(e) => setAttest(e.currentTarget.checked)} />
          {error && <Alert color="orange" role="alert">{error}</Alert>}
          <Button type="submit" size="lg" fullWidth loading={busy}>{t.submitApplication}</Button>
          <Button variant="subtle" onClick={onBack}>{t.back}</Button>
        </Stack>
      </form>
    </Card>
  );
}
