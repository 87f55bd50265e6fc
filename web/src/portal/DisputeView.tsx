import { Alert, Button, Card, FileInput, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../ui/api';
import { DISPUTE_TEXTS, longDate, TEXTS, type Lang } from './i18n';
import { portalApi } from './portalApi';
import type { PortalDispute } from '@contracts/disputes';

const CATEGORIES = ['amount', 'insurance', 'already_paid', 'not_mine', 'services', 'original_creditor', 'other'];

// Mantine's dimmed grey and default blue fall short of 4.5:1 contrast on white: darker shades here.
const HELP = { description: { color: 'var(--mantine-color-gray-7)' } };

/**
 * The patient disputes the bill: what is wrong, in their words, and an optional document.
 * Sending it pauses collection on the bill until billing answers by mail.
 */
export function DisputeView({ token, lang, onBack }: { token: string; lang: Lang; onBack: () => void }) {
  const t = DISPUTE_TEXTS[lang];
  const [category, setCategory] = useState('amount');
  const [description, setDescription] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dueAt, setDueAt] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (description.trim().length < 3) return setError(t.tooShort);
    setBusy(true);
    try {
      const r = await portalApi<PortalDispute>(token, lang, '/disputes', { json: { category, description: description.trim(), language: lang } });
      if (file) await portalApi(token, lang, `/disputes/document?fileName=${encodeURIComponent(file.name)}`, { body: file, contentType: file.type || 'application/pdf' });
      setDueAt(r.dueAt);
    } catch (err) {
      setError(err instanceof ApiError ? err.userMessage : TEXTS[lang].somethingWrong);
    } finally {
      setBusy(false);
    }
  }

  if (dueAt) {
    return (
      <Card withBorder padding="lg" data-testid="dispute-confirmation">
        <Stack>
          <Title order={2} size="h3">✓ {t.doneTitle}</Title>
          <Text>{t.done(longDate(dueAt, lang))}</Text>
          <Button size="md" onClick={onBack}>{t.backToBill}</Button>
        </Stack>
      </Card>
    );
  }

  return (
    <Card withBorder padding="lg">
      <form onSubmit={submit} aria-label={t.title}>
        <Stack>
          <Title order={2} size="h3">{t.title}</Title>
          <Text>{t.intro}</Text>
          <NativeSelect label={t.category} value={category} onChange={(e) => setCategory(e.currentTarget.value)} data={CATEGORIES.map((c) => ({ value: c, label: t.categories[c] ?? c }))} size="md" />
          <Textarea label={t.description} description={t.descriptionHint} autosize minRows={3} maxLength={4000} required value={description} onChange={(e) => setDescription(e.currentTarget.value)} size="md" styles={HELP} />
          <FileInput label={t.document} description={t.documentHint} accept="application/pdf,image/jpeg,image/png,image/heic,image/webp" value={file} onChange={setFile} clearable size="md" styles={HELP} />
          {error && <Alert color="orange" role="alert">{error}</Alert>}
          <Button type="submit" size="lg" fullWidth loading={busy} color="blue.8">{t.send}</Button>
          <Button variant="default" onClick={onBack}>{t.back}</Button>
        </Stack>
      </form>
    </Card>
  );
}
