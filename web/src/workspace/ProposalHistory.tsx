import { Alert, Badge, Button, Card, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, may, type Me } from '../ui/api';
import { INTENT_LABEL } from './IntentProposals';
import type { IntentReview, IntentReviewList } from '@contracts/conversations';
import { dateTimeText } from './OutcomePanel';


type Filter = 'proposed' | 'reviewed' | 'all';

const FILTERS: Array<{ value: Filter; label: string }> = [
  { value: 'proposed', label: 'Waiting' },
  { value: 'reviewed', label: 'Reviewed' },
  { value: 'all', label: 'All' },
];

const EMPTY: Record<Filter, string> = {
  proposed: 'Nothing is waiting for a decision.',
  reviewed: 'Nobody has confirmed or dismissed anything for this patient yet.',
  all: "Nothing the patient said has been taken as a dispute, an opt-out, an attorney, a bankruptcy or a death.",
};

const STATUS: Record<IntentReview['status'], { text: string; color: string }> = {
  proposed: { text: 'Waiting for a decision', color: 'orange' },
  confirmed: { text: 'Confirmed', color: 'red' },
  dismissed: { text: 'Dismissed', color: 'gray' },
};

function sourceText(r: IntentReview): string {
  const where = r.sourceChannel === 'sms' ? 'a text message' : r.sourceChannel === 'email' ? 'an email' : r.sourceChannel === 'call' ? 'a call' : r.communicationId ? 'a message' : 'a chat';
  return `Said in ${where} on ${dateTimeText(r.createdAt)}`;
}

function decisionText(r: IntentReview): string | null {
  if (r.status === 'proposed' || !r.decidedAt) return null;
  const who = r.decidedByName ?? 'Staff';
  return r.status === 'dismissed'
    ? `Dismissed by ${who} on ${dateTimeText(r.decidedAt)}. The pause was lifted and contact went back to normal.`
    : `Confirmed by ${who} on ${dateTimeText(r.decidedAt)}.`;
}

/**
 * Every proposal for this patient (from live conversations and from inbound texts and emails),
 * waiting or reviewed: the words that triggered it, who confirmed or dismissed it, and when.
 * People who may place holds decide waiting ones here too; others only read.
 */
export function ProposalHistory({ personId, accountId }: { personId: string; accountId: string }) {
  const qc = useQueryClient();
  const [filter, setFilter] = useState<Filter>('all');
  const [error, setError] = useState<string | null>(null);
  const me = useQuery<Me | null>({ queryKey: ['me'], queryFn: () => api<Me>('/api/v1/me') });
  const q = useQuery({
    queryKey: ['person-intent-reviews', personId, filter],
    queryFn: () => api<IntentReviewList>(`/api/v1/persons/${personId}/intent-reviews${filter === 'all' ? '' : `?status=${filter}`}`),
  });
  const decide = useMutation({
    mutationFn: (v: { id: string; decision: 'confirm' | 'dismiss' }) => api(`/api/v1/intent-reviews/${v.id}/decision`, { method: 'POST', json: { decision: v.decision } }),
    onSuccess: () => {
      setError(null);
      void qc.invalidateQueries({ queryKey: ['person-intent-reviews', personId] });
      void qc.invalidateQueries({ queryKey: ['intent-reviews'] });
      void qc.invalidateQueries({ queryKey: ['contact-check', accountId] });
      void qc.invalidateQueries({ queryKey: ['account360', accountId] });
    },
    onError: (e: Error) => setError(`That did not go through: ${e.message}. Please try again.`),
  });
  const mayDecide = may(me.data, 'holds.manage');
  const items = [...(q.data?.items ?? [])].reverse();
  return (
    <Card withBorder component="section" aria-label="Proposed holds and opt-outs" data-testid="proposal-history">
      <Title order={2} size="h4" mb={4}>Proposed holds and opt-outs</Title>
      <Text size="sm" c="dimmed" mb="xs">When a patient's words sound like a dispute, a request to stop contact, an attorney, a bankruptcy or a death, outreach pauses and a person decides. Dismissed ones stay listed here.</Text>
      <SegmentedControl aria-label="Which proposals" value={filter} onChange={(v) => setFilter(v as Filter)} data={FILTERS} mb="sm" w={{ base: '100%', sm: 320 }} />
      {error && <Alert color="red" p="xs" role="alert" mb="xs">{error}</Alert>}
      {q.isLoading && <Loader size="sm" role="status" aria-label="Loading proposals" />}
      {q.isError && <Alert color="red" p="xs">We could not load the proposals. Reload the page to try again.</Alert>}
      {q.data && items.length === 0 && <Text size="sm" c="dimmed" data-testid="proposal-history-empty">{EMPTY[filter]}</Text>}
      {items.length > 0 && (
        <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Proposals, newest first">
          {items.map((r) => {
            const decided = decisionText(r);
            return (
              <li key={r.id} data-testid="proposal-history-item">
                <Group gap="xs" wrap="wrap">
                  <Text size="sm" fw={700}>{INTENT_LABEL[r.intent] ?? 'Needs a decision'}</Text>
                  <Badge size="sm" variant="light" color={STATUS[r.status].color} data-testid="proposal-history-status">{STATUS[r.status].text}</Badge>
                </Group>
                <Text size="sm">
                  Because they said: <q data-testid="proposal-history-words">{r.evidence.join(' … ')}</q>
                  {r.probability !== null && <Text span size="xs" c="dimmed"> ({Math.round(r.probability * 100)}% likely)</Text>}
                </Text>
                <Text size="xs" c="dimmed">{sourceText(r)}</Text>
                {decided && <Text size="sm" data-testid="proposal-history-decision">{decided}</Text>}
                {r.note && <Text size="sm" c="dimmed">Note: {r.note}</Text>}
                {r.status === 'proposed' && (mayDecide ? (
                  <Group gap="xs" mt={4}>
                    <Button size="xs" color="red.9" loading={decide.isPending} onClick={() => decide.mutate({ id: r.id, decision: 'confirm' })} aria-label={`Confirm: ${INTENT_LABEL[r.intent] ?? 'this'}`}>Confirm</Button>
                    <Button size="xs" variant="default" loading={decide.isPending} onClick={() => decide.mutate({ id: r.id, decision: 'dismiss' })} aria-label={`Dismiss: ${INTENT_LABEL[r.intent] ?? 'this'}`}>Dismiss</Button>
                  </Group>
                ) : (
                  <Text size="sm">Outreach is paused until a coordinator or counselor decides.</Text>
                ))}
              </li>
            );
          })}
        </Stack>
      )}
    </Card>
  );
}
