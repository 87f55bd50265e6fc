import { Alert, Anchor, Button, Card, FileInput, List, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../ui/api';
import { TEXTS, type Lang } from './i18n';
import { LOOP } from './loopTexts';
import { portalApi } from './portalApi';
import type { ApplicationView, PortalAssistance } from '@contracts/portal';

const TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/heic', 'image/webp'];
const MAX_BYTES = 10 * 1024 * 1024;

/** After applying: what is still missing, a document upload (photo or PDF), and the letter about the application. */
export function DocumentsView({ token, lang, onBack }: { token: string; lang: Lang; onBack: () => void }) {
  const t = TEXTS[lang];
  const L = LOOP[lang];
  const [app, setApp] = useState<ApplicationView | null | undefined>(undefined);
  const [kinds, setKinds] = useState<string[]>([]);
  const [kind, setKind] = useState('pay_stub');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      const r = await portalApi<PortalAssistance>(token, lang, '/assistance');
      setApp(r.application);
      setKinds(r.documentKinds);
    } catch (e) {
      setError(e instanceof ApiError ? e.userMessage : t.somethingWrong);
      setApp(null);
    }
  }, [token, lang, t]);
  useEffect(() => void load(), [load]);

  async function upload(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setNote(null);
    if (!file || !app) return;
    // Checked here for a quick answer; the server checks type, size and content again.
    const type = file.type || (file.name.toLowerCase().endsWith('.pdf') ? 'application/pdf' : '');
    if (!TYPES.includes(type)) return setError(L.fileType);
    if (file.size > MAX_BYTES) return setError(L.fileTooBig);
    setBusy(true);
    try {
      await portalApi(token, lang, `/assistance/${app.id}/documents?kind=${encodeURIComponent(kind)}&fileName=${encodeURIComponent(file.name)}`, { body: file, contentType: type });
      await portalApi(token, lang, `/assistance/${app.id}/finish`, { method: 'POST', json: {} });
      setNote(L.uploaded(file.name));
      setFile(null);
      await load();
    } catch (err) {
      setError(err instanceof ApiError ? err.userMessage : t.somethingWrong);
    } finally {
      setBusy(false);
    }
  }

  async function openLetter(e: React.MouseEvent) {
    e.preventDefault();
    const res = await fetch(`/api/v1/portal/assistance/letter?language=${lang}`, { headers: { 'x-portal-link': token }, credentials: 'same-origin' });
    if (res.ok) window.open(URL.createObjectURL(await res.blob()), '_blank');
    else setError(t.somethingWrong);
  }

  if (app === undefined) return <Loader role="status" aria-label={LOOP[lang].opening} />;
  return (
    <Stack>
      <Title order={1} size="h2">{L.documentsTitle}</Title>
      {!app ? (
        <Text>{L.noApplication}</Text>
      ) : (
        <>
          <Card withBorder padding="lg">
            <Stack gap="xs">
              <Text fw={600}>{L.appStatus(t.statuses[app.status] ?? app.status)}</Text>
              <Title order={2} size="h4">{L.missingTitle}</Title>
              {app.missing.length ? (
                <List data-testid="missing-items">{app.missing.map((m) => <List.Item key={m.item}>{lang === 'es' ? m.messageEs : m.message}</List.Item>)}</List>
              ) : (
                <Text>{L.nothingMissing}</Text>
              )}
              <Anchor href="#" onClick={openLetter} c="blue.9">{L.decisionLetter}</Anchor>
            </Stack>
          </Card>
          {!['approved', 'denied', 'withdrawn'].includes(app.status) && (
            <Card withBorder padding="lg">
              <form onSubmit={upload} aria-label={L.uploadTitle}>
                <Stack>
                  <Title order={2} size="h4">{L.uploadTitle}</Title>
                  <Text size="sm" c="gray.7">{L.uploadHint}</Text>
                  <NativeSelect label={t.documentKind} value={kind} data={(kinds.length ? kinds : ['pay_stub']).map((k) => ({ value: k, label: t.docKinds[k] ?? k }))} onChange={(e) => setKind(e.currentTarget.value)} size="md" />
                  <FileInput label={t.addFile} accept={TYPES.join(',')} value={file} onChange={setFile} clearable size="md" data-testid="document-file" />
                  {error && <Alert color="orange" role="alert">{error}</Alert>}
                  {note && <Alert color="teal" role="status">{note}</Alert>}
                  <Button type="submit" size="md" fullWidth loading={busy} disabled={!file}>{L.upload}</Button>
                </Stack>
              </form>
            </Card>
          )}
        </>
      )}
      {error && !app && <Alert color="orange" role="alert">{error}</Alert>}
      <Button variant="subtle" color="blue.9" onClick={onBack}>{t.backToBill}</Button>
    </Stack>
  );
}
