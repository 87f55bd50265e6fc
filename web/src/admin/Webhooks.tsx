import { Alert, Badge, Button, Card, Checkbox, Code, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError } from '../ui/api';
import { Scroll } from './Scroll';
import type { CreatedWebhook, UpdatedWebhook, WebhookDelivery as Delivery, WebhookList } from '@contracts/integrations';

const EVENT_WORDS: Record<string, string> = { 'payment.received': 'A payment was received', 'plan.set_up': 'A payment plan was set up', 'dispute.opened': 'A patient disputed a bill' };
const STATUS_WORDS: Record<Delivery['status'], string> = { pending: 'Waiting to retry', delivered: 'Delivered', failed: 'Gave up' };
const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '');

/** Webhook endpoints of the organization: add, pause, new secret, remove; and the delivery log. */
export function Webhooks() {
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['webhooks'], queryFn: () => api<WebhookList>('/api/v1/admin/webhooks') });
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>(['payment.received']);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: ['webhooks'] });
  const add = useMutation({
    mutationFn: () => api<CreatedWebhook>('/api/v1/admin/webhooks', { method: 'POST', json: { url, events } }),
    onSuccess: (r) => {
      setSecret({ url: r.url, secret: r.secret });
      setUrl('');
      void refresh();
    },
  });
  const change = useMutation({
    mutationFn: (o: { id: string; active?: boolean; rollSecret?: boolean }) => api<UpdatedWebhook>(`/api/v1/admin/webhooks/${o.id}`, { method: 'PATCH', json: { active: o.active, rollSecret: o.rollSecret } }),
    onSuccess: (r) => {
      if (r.secret) setSecret({ url: r.url, secret: r.secret });
      void refresh();
    },
  });
  const remove = useMutation({ mutationFn: (id: string) => api(`/api/v1/admin/webhooks/${id}`, { method: 'DELETE' }), onSuccess: () => refresh() });
  const endpointUrl = (id: string) => q.data?.endpoints.find((e) => e.id === id)?.url ?? 'a removed endpoint';
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={3} size="h4">Webhooks</Title>
        <Text size="sm">
          Kindly tells your systems when something happens by posting JSON to your address, signed in the <Code>Kindly-Signature</Code> header
          (<Code>t=&lt;unix time&gt;,v1=&lt;HMAC-SHA256 of "t.body"&gt;</Code> with the endpoint’s secret). Failed deliveries are retried with growing pauses for about 20 minutes.
        </Text>
        {q.error && <Alert color="red">Webhooks could not be loaded. Reload the page to try again.</Alert>}
        {secret && (
          <Alert role="status" title="Copy the signing secret now" withCloseButton onClose={() => setSecret(null)} closeButtonLabel="Hide the secret">
            <Text size="sm">For {secret.url}. It will not be shown again.</Text>
            <Code block style={{ whiteSpace: "pre-wrap", wordBreak: "break-all" }}>{secret.secret}</Code>
          </Alert>
        )}
        {q.data && q.data.endpoints.length === 0 && <Text size="sm" c="dimmed">No endpoints yet.</Text>}
        {q.data?.endpoints.map((e) => (
          <Group key={e.id} justify="space-between" wrap="wrap">
            <div>
              <Text size="sm" fw={600} style={{ wordBreak: 'break-all' }}>{e.url}</Text>
              <Text size="xs" c="dimmed">{e.events.map((x) => EVENT_WORDS[x] ?? x).join(' · ')}</Text>
            </div>
            <Group gap="xs">
              {!e.active && <Badge color="gray">Paused</Badge>}
              <Button size="xs" variant="default" onClick={() => change.mutate({ id: e.id, active: !e.active })}>{e.active ? 'Pause' : 'Resume'}</Button>
              <Button size="xs" variant="default" onClick={() => change.mutate({ id: e.id, rollSecret: true })}>New secret</Button>
              <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(e.id)}>Remove</Button>
            </Group>
          </Group>
        ))}
        <form aria-label="Add a webhook endpoint" onSubmit={(ev) => { ev.preventDefault(); add.mutate(); }}>
          <Stack gap="xs">
            <TextInput label="Endpoint address" placeholder="https://billing.example.org/kindly" value={url} onChange={(ev) => setUrl(ev.currentTarget.value)} />
            <Checkbox.Group label="Events" value={events} onChange={setEvents}>
              <Group mt={4}>
                {(q.data?.events ?? Object.keys(EVENT_WORDS)).map((x) => <Checkbox key={x} value={x} label={EVENT_WORDS[x] ?? x} />)}
              </Group>
            </Checkbox.Group>
            <Group><Button type="submit" loading={add.isPending}>Add endpoint</Button></Group>
            {add.error && <Alert color="red" role="alert">{add.error instanceof ApiError ? (add.error.issues[0]?.message ? `${add.error.userMessage} (${add.error.issues.map((i) => i.message).join('; ')})` : add.error.userMessage) : 'Could not add the endpoint.'}</Alert>}
          </Stack>
        </form>
        <Text fw={600} size="sm">Recent deliveries</Text>
        {q.data && q.data.deliveries.length === 0 ? (
          <Text size="sm" c="dimmed">Nothing sent yet.</Text>
        ) : (
          <Scroll label="Webhook deliveries" minWidth={640}>
            <Table>
              <Table.Thead><Table.Tr><Table.Th>When</Table.Th><Table.Th>Event</Table.Th><Table.Th>To</Table.Th><Table.Th>Result</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {q.data?.deliveries.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td>{when(d.createdAt)}</Table.Td>
                    <Table.Td>{EVENT_WORDS[d.eventType] ?? d.eventType}</Table.Td>
                    <Table.Td style={{ wordBreak: 'break-all' }}>{endpointUrl(d.endpointId)}</Table.Td>
                    <Table.Td>{STATUS_WORDS[d.status]}{d.attempts > 1 ? ` after ${d.attempts} tries` : ''}{d.lastError && d.status !== 'delivered' ? ` (${d.lastError})` : ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Scroll>
        )}
      </Stack>
    </Card>
  );
}
