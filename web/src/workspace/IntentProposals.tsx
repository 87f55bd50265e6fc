import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Me } from '../ui/api';
import type { IntentReviewList } from '@contracts/conversations';

/** Plain words for each intent a person confirms. */
export const INTENT_LABEL: Record<string, string> = {
  dispute: 'Disputes the balance',
  cease_communication: 'Asks us to stop contacting them',
  attorney: 'Represented by an attorney',
  bankruptcy: 'Filed for bankruptcy',
  deceased: 'The person has died',
};

const CONFIRMED_EFFECT: Record<string, string> = {
  dispute: 'Dispute hold placed: collection stays paused until the balance is verified.',
  cease_communication: 'Opt-out recorded.',
  attorney: 'Attorney hold placed: contact the attorney, not the patient.',
  bankruptcy: 'Bankruptcy hold placed: collection stopped.',
  deceased: 'Deceased hold placed: route to estate handling.',
};

/** Where a proposal waiting from outside this conversation came from, in plain words. */
function elsewhere(channel: string | null): string {
  if (channel === 'sms') return 'Still waiting from a text message they sent.';
  if (channel === 'email') return 'Still waiting from an email they sent.';
  return 'Still waiting from an earlier conversation.';
}

/** Roles that may place or lift a hold (roles.ts `holds.manage`). */
const MAY_DECIDE = ['collections_coordinator', 'financial_counselor', 'billing_specialist', 'admin'];

/**
 * What the patient's words may mean, waiting for the agent: outreach is already paused; the
 * agent checks with the person using the suggested line, then confirms or dismisses.
 */
export function IntentProposals({ conversationId, accountId }: { conversationId: string; accountId: string }) {
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const me = useQuery<Me | null>({ queryKey: ['me'], queryFn: () => api<Me>('/api/v1/me') });
  const reviews = useQuery({
    queryKey: ['intent-reviews', conversationId],
    queryFn: () => api<IntentReviewList>(`/api/v1/conversations/${conversationId}/reviews`),
  });
  const decide = useMutation({
    mutationFn: (v: { id: string; decision: 'confirm' | 'dismiss' }) => api(`/api/v1/intent-reviews/${v.id}/decision`, { method: 'POST', json: { decision: v.decision } }),
    onSuccess: () => {
      setError(null);
      void qc.invalidateQueries({ queryKey: ['intent-reviews', conversationId] });
      void qc.invalidateQueries({ queryKey: ['person-intent-reviews'] });
      void qc.invalidateQueries({ queryKey: ['contact-check', accountId] });
      void qc.invalidateQueries({ queryKey: ['account360', accountId] });
    },
    onError: (e: Error) => setError(`That did not go through: ${e.message}. Please try again.`),
  });
  const mayDecide = (me.data?.roles ?? []).some((r) => MAY_DECIDE.includes(r));
  if (reviews.isError) return <Alert color="red" p="xs">We could not load what needs your confirmation. Reload the page to try again.</Alert>;
  const items = reviews.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="intent-proposals">
      {error && <Alert color="red" p="xs">{error}</Alert>}
      {items.map((r) => (
        <Alert key={r.id} color={r.status === 'proposed' ? 'orange' : r.status === 'confirmed' ? 'red' : 'gray'} p="xs" data-testid={`proposal-${r.intent}`} data-status={r.status} aria-label={INTENT_LABEL[r.intent] ?? r.intent}>
          <Stack gap={4}>
            <Text size="sm" fw={700}>
              {r.status === 'proposed' ? 'Please confirm: ' : ''}
              {INTENT_LABEL[r.intent] ?? r.intent}?
            </Text>
            {r.conversationId !== conversationId && <Text size="sm" data-testid="proposal-elsewhere">{elsewhere(r.sourceChannel)}</Text>}
            <Text size="sm">
              Because they said: <q data-testid="proposal-evidence">{r.evidence.join(' … ')}</q>
              {r.probability !== null && <Badge ml="xs" size="xs" variant="outline" color="dark">{Math.round(r.probability * 100)}% likely</Badge>}
            </Text>
            {r.status === 'proposed' && (
              <>
                <Text size="sm">Outreach on this account is paused until someone confirms or dismisses this.</Text>
                <Text size="sm" fw={600}>
                  Ask: <span data-testid="proposal-line">“{r.confirmationLine}”</span>
                </Text>
                {mayDecide ? (
                  <Group gap="xs">
                    <Button size="xs" color="red.9" loading={decide.isPending} onClick={() => decide.mutate({ id: r.id, decision: 'confirm' })}>
                      Yes, confirm
                    </Button>
                    <Button size="xs" variant="default" loading={decide.isPending} onClick={() => decide.mutate({ id: r.id, decision: 'dismiss' })}>
                      No, dismiss
                    </Button>
                  </Group>
                ) : (
                  <Text size="sm">A coordinator or counselor will confirm or dismiss this from the task list.</Text>
                )}
              </>
            )}
            {r.status === 'confirmed' && <Text size="sm" data-testid="proposal-status">Confirmed. {CONFIRMED_EFFECT[r.intent]}</Text>}
            {r.status === 'dismissed' && <Text size="sm" data-testid="proposal-status">Dismissed. The pause was lifted.</Text>}
          </Stack>
        </Alert>
      ))}
    </Stack>
  );
}
