import { Alert, Button, Card, Checkbox, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { ApiError } from '../ui/api';
import { TEXTS, type Lang } from './i18n';
import { LOOP } from './loopTexts';
import { portalApi } from './portalApi';

interface Preferences {
  channel: string | null;
  timeOfDay: string | null;
  language: 'en' | 'es';
  paperless: boolean;
  stopped: string[];
}

/** Channel, time of day, language, paperless, and "stop" per channel in one tap. */
export function PreferencesView({ token, lang, onBack }: { token: string; lang: Lang; onBack: () => void }) {
  const t = TEXTS[lang];
  const L = LOOP[lang];
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    portalApi<Preferences>(token, lang, '/preferences')
      .then(setPrefs)
      .catch((e) => setError(e instanceof ApiError ? e.userMessage : t.somethingWrong));
  }, [token, lang, t]);

  async function call(path: string, init: { method?: string; json: unknown }) {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      setPrefs(await portalApi<Preferences>(token, lang, path, init));
      setSaved(true);
    } catch (e) {
      setError(e instanceof ApiError ? e.userMessage : t.somethingWrong);
    } finally {
      setBusy(false);
    }
  }

  if (!prefs) return error ? <Alert color="orange" role="alert">{error}</Alert> : <Text>{L.opening}</Text>;
  const set = (p: Partial<Preferences>) => {
    setSaved(false);
    setPrefs({ ...prefs, ...p });
  };
  return (
    <Stack>
      <Title order={1} size="h2">{L.preferencesTitle}</Title>
      <Card withBorder padding="lg">
        <Stack>
          <NativeSelect
            label={L.preferredChannel}
            size="md"
            value={prefs.channel ?? ''}
            onChange={(e) => set({ channel: e.currentTarget.value || null })}
            data={[{ value: '', label: L.noPreference }, ...['email', 'sms', 'call', 'letter'].map((c) => ({ value: c, label: L.channelNames[c]! }))]}
          />
          <NativeSelect
            label={L.timeOfDay}
            size="md"
            value={prefs.timeOfDay ?? ''}
            onChange={(e) => set({ timeOfDay: e.currentTarget.value || null })}
            data={[{ value: '', label: L.noPreference }, ...['morning', 'midday', 'evening'].map((c) => ({ value: c, label: L.times[c]! }))]}
          />
          <NativeSelect label={L.languagePref} size="md" value={prefs.language} onChange={(e) => set({ language: e.currentTarget.value as 'en' | 'es' })} data={[{ value: 'en', label: 'English' }, { value: 'es', label: 'Español' }]} />
          <Checkbox label={L.paperless} checked={prefs.paperless} onChange={(e) => set({ paperless: e.currentTarget.checked })} />
          {saved && <Alert color="teal" role="status">{L.saved}</Alert>}
          {error && <Alert color="orange" role="alert">{error}</Alert>}
          <Button size="md" loading={busy} onClick={() => call('/preferences', { method: 'PUT', json: { channel: prefs.channel, timeOfDay: prefs.timeOfDay, language: prefs.language, paperless: prefs.paperless } })}>{L.save}</Button>
        </Stack>
      </Card>
      <Card withBorder padding="lg">
        <Stack gap="xs">
          <Title order={2} size="h4">{L.stopTitle}</Title>
          {(['email', 'sms', 'call'] as const).map((c) =>
            prefs.stopped.includes(c) ? (
              <Text key={c} data-testid={`stopped-${c}`}>✓ {L.stopped(L.channelNames[c]!)}</Text>
            ) : (
              <Button key={c} variant="outline" color="red.9" disabled={busy} onClick={() => call('/preferences/stop', { json: { channel: c } })}>{L.stop(L.channelNames[c]!.toLowerCase())}</Button>
            ),
          )}
        </Stack>
      </Card>
      <Button variant="subtle" color="blue.9" onClick={onBack}>{t.backToBill}</Button>
    </Stack>
  );
}
