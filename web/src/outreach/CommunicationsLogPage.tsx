import { Alert, Badge, Code, Group, Loader, Select, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../ui/api';

interface LogItem {
  id: string;
  personName: string;
  direction: string;
  channel: string;
  status: string;
  at: string;
  subject: string | null;
  body: string | null;
  journey: string | null;
  step: string | null;
  reasons: string[];
  outcome: string | null;
  purpose: string | null;
  ruleSetVersion: string | null;
  decision: { earliestAllowedAt?: string | null; atSend?: { reasons?: string[]; earliestAllowedAt?: string | null }; contact?: { earliestAllowedAt?: string | null }; tried?: Array<{ channel: string; reasons: string[] }> } | null;
  timeZone: string;
  extraTimeZones: string[];
}

interface Summary {
  byStatus: Array<{ status: string; channel: string; n: number }>;
  byReason: Array<{ reason: string; n: number }>;
  journeyStates: Array<{ reason: string; n: number }>;
}

const STATUS_COLOR: Record<string, string> = { sent: 'green', delivered: 'green', blocked: 'red', cancelled: 'gray', queued: 'yellow', failed: 'orange', received: 'blue' };

/** For the compliance officer: every contact, what decided it, and why a blocked one was blocked. */
export function CommunicationsLogPage() {
  const [status, setStatus] = useState<string | null>(null);
  const [channel, setChannel] = useState<string | null>(null);
  const summary = useQuery({ queryKey: ['outreach-summary'], queryFn: () => api<Summary>('/api/v1/outreach/summary') });
  const q = useQuery({
    queryKey: ['outreach-log', status, channel],
    queryFn: () => {
      const params = new URLSearchParams({ limit: '300' });
      if (status) params.set('status', status);
      if (channel) params.set('channel', channel);
      return api<{ items: LogItem[] }>(`/api/v1/outreach/communications?${params}`);
    },
  });
  return (
    <Stack>
      <Title order={2}>Communications and decisions</Title>
      {summary.data && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <div>
            <Text fw={600} size="sm">By status</Text>
            {summary.data.byStatus.map((r) => (
              <Text key={`${r.status}-${r.channel}`} size="sm">{r.status} · {r.channel}: {r.n}</Text>
            ))}
          </div>
          <div>
            <Text fw={600} size="sm">Block reasons</Text>
            {summary.data.byReason.length === 0 && <Text size="sm" c="dimmed">None</Text>}
            {summary.data.byReason.map((r) => (
              <Text key={r.reason} size="sm"><Code>{r.reason}</Code> {r.n}</Text>
            ))}
          </div>
          <div>
            <Text fw={600} size="sm">Accounts by journey state</Text>
            {summary.data.journeyStates.map((r) => (
              <Text key={r.reason} size="sm">{r.reason.replace(/_/g, ' ')}: {r.n}</Text>
            ))}
          </div>
        </SimpleGrid>
      )}
      <Group>
        <Select aria-label="Status" placeholder="Any status" clearable value={status} onChange={setStatus} data={['sent', 'delivered', 'blocked', 'cancelled', 'queued', 'failed', 'received']} />
        <Select aria-label="Channel" placeholder="Any channel" clearable value={channel} onChange={setChannel} data={['email', 'sms', 'letter', 'call']} />
      </Group>
      {q.isLoading && <Loader />}
      {q.error && <Alert color="red">{(q.error as Error).message}</Alert>}
      {q.data && (
        <Table striped aria-label="Communications">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When (UTC)</Table.Th>
              <Table.Th>Person</Table.Th>
              <Table.Th>Channel</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Journey step</Table.Th>
              <Table.Th>Why</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.data.items.map((c) => {
              const earliest = c.decision?.atSend?.earliestAllowedAt ?? c.decision?.earliestAllowedAt ?? c.decision?.contact?.earliestAllowedAt ?? null;
              return (
                <Table.Tr key={c.id} data-testid="log-row">
                  <Table.Td>{c.at.replace('T', ' ').slice(0, 16)}</Table.Td>
                  <Table.Td>
                    <Tooltip label={[c.timeZone, ...(c.extraTimeZones ?? [])].join(', ')}>
                      <span>{c.personName}</span>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>{c.direction === 'inbound' ? `${c.channel} (reply)` : c.channel}</Table.Td>
                  <Table.Td><Badge color={STATUS_COLOR[c.status] ?? 'gray'} variant="light">{c.status}</Badge></Table.Td>
                  <Table.Td>{c.journey ? `${c.journey} · ${c.step}` : c.step ?? c.purpose ?? ''}</Table.Td>
                  <Table.Td>
                    {c.reasons.map((r) => <Code key={r} mr={4}>{r}</Code>)}
                    {c.status === 'blocked' && earliest && <Text size="xs" c="dimmed">earliest allowed {earliest.replace('T', ' ').slice(0, 16)}</Text>}
                    {c.decision?.tried?.length ? <Text size="xs" c="dimmed">tried first: {c.decision.tried.map((t) => `${t.channel} (${t.reasons.join(', ')})`).join('; ')}</Text> : null}
                    {c.outcome && <Text size="xs" c="dimmed">{c.outcome}</Text>}
                    {c.ruleSetVersion && <Text size="xs" c="dimmed">rules {c.ruleSetVersion}</Text>}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
