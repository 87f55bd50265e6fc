import { Alert, Badge, Button, Card, Group, Loader, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../ui/api';
import type { InboxList, SandboxReply } from '@contracts/outreach';

/**
 * In the sandbox the patient's side of a text conversation is played from here: the reply goes
 * through a staff route (signed in, admin only), never the provider webhook, which takes only
 * signed requests.
 */
function SandboxSmsReply({ to }: { to: string }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setResult(null);
    try {
      const r = await api<SandboxReply>('/api/v1/outreach/sandbox/sms-replies', { method: 'POST', json: { from: to, body: text } });
      const intents = [...new Set(r.outcomes.flatMap((o) => o.intents))];
      setResult({ ok: true, message: r.matched ? `Reply received${intents.length ? `: understood as ${intents.map((i) => i.replace(/_/g, ' ')).join(', ')}` : ''}.` : 'No patient has this number.' });
      setText('');
    } catch (err) {
      setResult({ ok: false, message: err instanceof ApiError ? err.userMessage : 'The reply could not be sent.' });
    } finally {
      setBusy(false);
    }
  }
  if (!open) return <Button variant="subtle" size="xs" onClick={() => setOpen(true)}>Reply as the patient</Button>;
  return (
    <form onSubmit={submit} aria-label="Reply as the patient">
      <Group align="flex-end" gap="xs" mt="xs">
        <TextInput label="Patient's reply" placeholder="e.g. STOP, or I already paid" required maxLength={1600} value={text} onChange={(e) => setText(e.currentTarget.value)} style={{ flex: 1, minWidth: 180 }} />
        <Button type="submit" size="sm" loading={busy}>Send reply</Button>
      </Group>
      {result && <Alert mt="xs" color={result.ok ? 'green' : 'red'} role={result.ok ? 'status' : 'alert'}>{result.message}</Alert>}
    </form>
  );
}

const CHANNEL_COLOR: Record<string, string> = { email: 'blue', sms: 'teal', letter: 'grape', call: 'orange' };

/** The dev inbox: every email, text and letter the sandbox channels "sent", as the person would see it. */
export function InboxPage() {
  const [channel, setChannel] = useState('all');
  const q = useQuery({
    queryKey: ['outreach-inbox', channel],
    queryFn: () => api<InboxList>(`/api/v1/outreach/inbox?limit=200${channel === 'all' ? '' : `&channel=${channel}`}`),
    refetchInterval: 10_000,
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Dev inbox</Title>
        <SegmentedControl
          aria-label="Channel"
          value={channel}
          onChange={setChannel}
          data={[
            { value: 'all', label: 'All' },
            { value: 'email', label: 'Email' },
            { value: 'sms', label: 'Text' },
            { value: 'letter', label: 'Letters' },
            { value: 'call', label: 'Calls' },
          ]}
        />
      </Group>
      <Text c="dimmed" size="sm">
        Messages the sandbox channels delivered instead of sending them out. Set KINDLY_SMTP_URL or the KINDLY_TWILIO_* variables to send for real.
      </Text>
      {q.isLoading && <Loader />}
      {q.error && <Alert color="red">{(q.error as Error).message}</Alert>}
      {q.data?.items.length === 0 && <Alert>Nothing sent yet. The worker runs an orchestration pass every few minutes.</Alert>}
      {q.data?.items.map((m) => (
        <Card key={m.id} withBorder data-testid="inbox-item">
          <Group justify="space-between" mb="xs">
            <Group gap="xs">
              <Badge color={CHANNEL_COLOR[m.channel] ?? 'gray'}>{m.channel}</Badge>
              <Text fw={600}>{m.personName}</Text>
              <Text c="dimmed" size="sm">{m.toAddress}</Text>
            </Group>
            <Text size="sm" c="dimmed">{new Date(m.deliveredAt).toLocaleString()}</Text>
          </Group>
          {m.subject && <Text fw={600}>{m.subject}</Text>}
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{m.body}</Text>
          <Group gap="xs" mt="xs">
            {m.journey && <Badge variant="light">{m.journey} · {m.step}</Badge>}
            {m.language && <Badge variant="outline">{m.language}</Badge>}
            {m.tone && <Badge variant="outline">{m.tone.replace(/_/g, ' ')}</Badge>}
            {m.verifyCode && <Badge variant="dot">verify {m.verifyCode}</Badge>}
            {m.letterBatchId && (
              <a href={`/api/v1/outreach/letter-batches/${m.letterBatchId}/pdf`} target="_blank" rel="noreferrer">
                print batch (PDF)
              </a>
            )}
          </Group>
          {m.channel === 'sms' && m.toAddress && <SandboxSmsReply to={m.toAddress} />}
        </Card>
      ))}
    </Stack>
  );
}
