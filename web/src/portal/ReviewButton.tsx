import { Alert, Button } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../ui/api';
import { TEXTS, type Lang } from './i18n';
import { LOOP } from './loopTexts';
import { portalApi } from './portalApi';

/** "I already paid" / "This isn't mine": one tap opens a review for the team; the answer says what happens next. */
export function ReviewButton({ token, lang, kind }: { token: string; lang: Lang; kind: 'already_paid' | 'not_mine' }) {
  const L = LOOP[lang];
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function send() {
    setBusy(true);
    setError(null);
    try {
      const r = await portalApi<{ message: string }>(token, lang, '/reviews', { json: { kind } });
      setMessage(r.message);
    } catch (e) {
      setError(e instanceof ApiError ? e.userMessage : TEXTS[lang].somethingWrong);
    } finally {
      setBusy(false);
    }
  }
  if (message) return <Alert color="teal" role="status" title={L.reviewDone} data-testid={`review-${kind}`}>{message}</Alert>;
  return (
    <>
      <Button variant="subtle" color="blue.9" fullWidth loading={busy} onClick={send}>{kind === 'already_paid' ? L.alreadyPaid : L.notMine}</Button>
      {error && <Alert color="orange" role="alert">{error}</Alert>}
    </>
  );
}
