import { Alert, Badge, Button, Card, Group, List, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api } from '../ui/api';
import { label } from '../ui/labels';
import { IntentProposals } from './IntentProposals';
import type { ContactCheck, ConversationList, SentimentTrend, StartedConversation, Utterance } from '@contracts/conversations';

/** What was done about a patient's words, in plain words. */
function appliedText(a: { intent: string; kind: string; detail: string }): string {
  const channel: Record<string, string> = { call: 'calls', sms: 'texts', email: 'email', all: 'every channel' };
  if (a.kind === 'revocation') return `Opt-out recorded for ${channel[a.detail] ?? a.detail}.`;
  if (a.kind === 'proposal') return `Outreach paused: please confirm or dismiss "${a.intent.replace(/_/g, ' ')}" below.`;
  return `${a.kind} ${a.detail} (${a.intent.replace(/_/g, ' ')})`;
}

const LABEL_COLOR: Record<string, string> = { negative: 'red', neutral: 'gray', positive: 'teal' };
const CUE_COLOR: Record<string, string> = { acknowledge: 'blue', avoid: 'red', suggest: 'teal', action: 'orange' };

/** Contact permission per channel, from the same compliance engine outreach uses. */
export function ContactChecks({ accountId }: { accountId: string }) {
  const channels = ['call', 'sms', 'email'] as const;
  const q = useQuery({
    queryKey: ['contact-check', accountId],
    queryFn: async () => Promise.all(channels.map((c) => api<ContactCheck>(`/api/v1/accounts/${accountId}/contact-check?channel=${c}`))),
  });
  return (
    <Group gap="xs" role="group" aria-label="Contact permissions">
      {q.data?.map((d) => (
        <Badge key={d.channel} color={d.allowed ? '#1b5e20' : 'red.9'} variant="filled" data-testid={`contact-${d.channel}`} style={{ textTransform: 'none', height: 'auto', whiteSpace: 'normal' }}>
          {label('channel', d.channel)}: {d.allowed ? 'allowed now' : `blocked (${d.reasons.map((r) => label('reason', r)).join('; ')})`}
        </Badge>
      ))}
    </Group>
  );
}

export function LiveConversation({ personId, accountId }: { personId: string; accountId: string }) {
  const qc = useQueryClient();
  const [chosenId, setConversationId] = useState<string | null>(null);
  const [utterances, setUtterances] = useState<Utterance[]>([]);
  const [text, setText] = useState('');
  const [speaker, setSpeaker] = useState<'patient' | 'agent'>('patient');
  const sourceRef = useRef<EventSource | null>(null);
  // Conversations are saved: reopen the latest one of this account after a reload.
  const history = useQuery({
    queryKey: ['conversations', personId, accountId],
    queryFn: () => api<ConversationList>(`/api/v1/persons/${personId}/conversations?accountId=${encodeURIComponent(accountId)}`),
  });
  const conversationId = chosenId ?? history.data?.items[0]?.id ?? null;

  useEffect(() => {
    if (!conversationId) return;
    const es = new EventSource(`/api/v1/conversations/${conversationId}/stream`);
    sourceRef.current = es;
    es.addEventListener('utterance', (ev) => {
      const u = JSON.parse((ev as MessageEvent).data) as Utterance;
      setUtterances((prev) => (prev.some((p) => p.id === u.id) ? prev : [...prev, u]));
      if (u.applied.length) {
        void qc.invalidateQueries({ queryKey: ['contact-check', accountId] });
        void qc.invalidateQueries({ queryKey: ['account360', accountId] });
        void qc.invalidateQueries({ queryKey: ['intent-reviews', conversationId] });
        void qc.invalidateQueries({ queryKey: ['person-intent-reviews', personId] });
      }
    });
    return () => {
      es.close();
      setUtterances([]);
    };
  }, [conversationId, accountId, personId, qc]);

  async function start() {
    const c = await api<StartedConversation>('/api/v1/conversations', { method: 'POST', json: { personId, accountId, channel: 'chat' } });
    setUtterances([]);
    setConversationId(c.id);
    void qc.invalidateQueries({ queryKey: ['conversations', personId, accountId] });
  }

  async function send(e: FormEvent) {
    e.preventDefault();
    if (!conversationId || !text.trim()) return;
    await api(`/api/v1/conversations/${conversationId}/utterances`, { method: 'POST', json: { speaker, text } });
    setText('');
  }

  const patientTurns = utterances.filter((u) => u.analysis);
  const latest = patientTurns.at(-1)?.analysis ?? null;
  const trend = patientTurns.map((u, i) => ({ turn: i + 1, score: Number(u.analysis!.score.toFixed(2)) }));

  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={4}>Live conversation assist</Title>
        <Button size="xs" onClick={start}>{conversationId ? 'New conversation' : 'Start chat'}</Button>
      </Group>
      {history.isError && <Alert color="red" p="xs" mb="xs">We could not load earlier conversations. Reload the page to try again.</Alert>}
      {(history.data?.items.length ?? 0) > 1 && (
        <Select
          size="xs"
          mb="xs"
          label="Conversation"
          value={conversationId}
          onChange={(v) => v && setConversationId(v)}
          data={history.data!.items.map((c) => ({ value: c.id, label: `${new Date(c.startedAt).toLocaleString()} · ${c.channel} · ${c.utterances} messages` }))}
        />
      )}
      {!conversationId && <Text size="sm" c="dimmed">Start a chat to see how the person feels, what they are asking, and gentle cues as you talk. Conversations are saved with the account.</Text>}
      {conversationId && (
        <Stack gap="xs">
          <div aria-live="polite" data-testid="transcript">
            {utterances.map((u) => (
              <Group key={u.id} gap="xs" align="start" wrap="nowrap">
                <Badge variant="outline" color={u.speaker === 'agent' ? 'gray' : 'blue'}>{u.speaker}</Badge>
                <Text size="sm" style={{ flex: 1 }}>{u.text}</Text>
                {u.analysis && <Badge color={LABEL_COLOR[u.analysis.label]} data-testid="utterance-sentiment">{u.analysis.label} {u.analysis.score.toFixed(2)}</Badge>}
              </Group>
            ))}
          </div>
          <form onSubmit={send}>
            <Group align="end">
              <SegmentedControl size="xs" value={speaker} onChange={(v) => setSpeaker(v as 'patient' | 'agent')} data={[{ label: 'Patient said', value: 'patient' }, { label: 'I said', value: 'agent' }]} />
              <TextInput style={{ flex: 1 }} aria-label="Message" placeholder="Type what was said" value={text} onChange={(e) => setText(e.currentTarget.value)} />
              <Button type="submit" size="sm">Send</Button>
            </Group>
          </form>
          {latest && (
            <Card withBorder bg="var(--mantine-color-gray-0)" data-testid="assist-panel">
              <Group gap="xs" mb={4}>
                <Text size="sm" fw={600}>Right now:</Text>
                <Badge color={LABEL_COLOR[latest.label]} data-testid="live-sentiment">{latest.label}</Badge>
                <Badge variant="light" color={latest.distress > 0.5 ? 'red' : 'gray'}>distress {Math.round(latest.distress * 100)}%</Badge>
                <Badge variant="light" color={latest.escalationRisk > 0.5 ? 'red' : 'gray'}>escalation risk {Math.round(latest.escalationRisk * 100)}%</Badge>
              </Group>
              {latest.intents.length > 0 && (
                <Group gap="xs" mb={4} data-testid="live-intents">
                  {latest.intents.map((i) => (
                    <Badge key={i.intent} color="grape" title={`${i.effect.description} — because: "${i.evidence.join('", "')}"`}>{i.intent.replace(/_/g, ' ')}</Badge>
                  ))}
                </Group>
              )}
              {patientTurns.at(-1)!.applied.map((a, k) => (
                <Alert key={k} color="orange" p="xs" mb={4}>{appliedText(a)}</Alert>
              ))}
              <List size="sm" spacing={2} data-testid="live-cues">
                {latest.cues.map((c, k) => (
                  <List.Item key={k}><Badge size="xs" color={CUE_COLOR[c.kind]} mr={6}>{c.kind}</Badge>{c.text}</List.Item>
                ))}
              </List>
            </Card>
          )}
          <IntentProposals conversationId={conversationId} accountId={accountId} />
          {trend.length > 1 && (
            <div style={{ height: 120 }} role="img" aria-label="Sentiment trend">
              <ResponsiveContainer>
                <LineChart data={trend}><XAxis dataKey="turn" /><YAxis domain={[-1, 1]} /><Tooltip /><Line type="monotone" dataKey="score" stroke="#12b886" /></LineChart>
              </ResponsiveContainer>
            </div>
          )}
        </Stack>
      )}
    </Card>
  );
}

/** The person's sentiment across every conversation, for the 360 view. */
export function PersonSentiment({ personId }: { personId: string }) {
  const q = useQuery({ queryKey: ['sentiment', personId], queryFn: () => api<SentimentTrend>(`/api/v1/persons/${personId}/sentiment`) });
  const points = (q.data?.points ?? []).map((p) => ({ at: p.at.slice(0, 16).replace('T', ' '), score: Number(p.score.toFixed(2)) }));
  return (
    <Card withBorder>
      <Text fw={600} mb="xs">How this person has felt across conversations</Text>
      {points.length === 0 ? (
        <Text size="sm" c="dimmed">No conversations yet.</Text>
      ) : (
        <div style={{ height: 140 }} role="img" aria-label="Sentiment across conversations">
          <ResponsiveContainer>
            <LineChart data={points}><XAxis dataKey="at" hide /><YAxis domain={[-1, 1]} /><Tooltip /><Line type="monotone" dataKey="score" stroke="#228be6" /></LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </Card>
  );
}
