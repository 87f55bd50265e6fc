import { Alert, Badge, Group, Loader, Select, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../ui/api';
import { label, labelOptions } from '../ui/labels';
import type { CommunicationLog, CommunicationSummary as Summary } from '@contracts/outreach';

const STATUS_COLOR: Record<string, string> = { sent: 'green', delivered: 'green', blocked: 'red', cancelled: 'gray', queued: 'yellow', failed: 'orange', received: 'blue' };
const STATUSES = ['sent', 'delivered', 'blocked', 'cancelled', 'queued', 'failed', 'received'] as const;
const CHANNELS = ['email', 'sms', 'letter', 'call'] as const;

/** `self-pay-standard@3` and `final-notice` as "Self pay standard (version 3) · Final notice". */
function journeyStep(journey: string | null, step: string | null, purpose: string | null): string {
  const words = (code: string) => label('template', code);
  if (!journey) return step ? words(step) : purpose ? words(purpose) : '';
  const [name, version] = journey.split('@');
  return `${words(name!)}${version ? ` (version ${version})` : ''}${step ? ` · ${words(step)}` : ''}`;
}

const time = (iso: string) => iso.replace('T', ' ').slice(0, 16);

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
      return api<CommunicationLog>(`/api/v1/outreach/communications?${params}`);
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
              <Text key={`${r.status}-${r.channel}`} size="sm">{label('commStatus', r.status)} · {label('channel', r.channel)}: {r.n}</Text>
            ))}
          </div>
          <div>
            <Text fw={600} size="sm">Block reasons</Text>
            {summary.data.byReason.length === 0 && <Text size="sm" c="dimmed">None</Text>}
            {summary.data.byReason.map((r) => (
              <Text key={r.reason} size="sm">{label('reason', r.reason)}: {r.n}</Text>
            ))}
          </div>
          <div>
            <Text fw={600} size="sm">Accounts by journey state</Text>
            {summary.data.journeyStates.map((r) => (
              <Text key={r.reason} size="sm">{label('reason', r.reason)}: {r.n}</Text>
            ))}
          </div>
        </SimpleGrid>
      )}
      <Group>
        <Select aria-label="Status" placeholder="Any status" clearable value={status} onChange={setStatus} data={labelOptions('commStatus', STATUSES)} />
        <Select aria-label="Channel" placeholder="Any channel" clearable value={channel} onChange={setChannel} data={labelOptions('channel', CHANNELS)} />
      </Group>
      {q.isLoading && <Loader role="status" aria-label="Loading communications" />}
      {q.data && q.data.items.length === 0 && <Text c="dimmed">No communications match these filters.</Text>}
      {q.error && <Alert color="red">{(q.error as Error).message}</Alert>}
      {q.data && q.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={760} scrollAreaProps={{ viewportProps: { tabIndex: 0, 'aria-label': 'Communications, scrolls sideways' } }}>
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
                  <Table.Td>{time(c.at)}</Table.Td>
                  <Table.Td>
                    <Tooltip label={[c.timeZone, ...(c.extraTimeZones ?? [])].join(', ')}>
                      <span>{c.personName}</span>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>{c.direction === 'inbound' ? `${label('channel', c.channel)} (reply)` : label('channel', c.channel)}</Table.Td>
                  <Table.Td><Badge color={STATUS_COLOR[c.status] ?? 'gray'} variant="light">{label('commStatus', c.status)}</Badge></Table.Td>
                  <Table.Td>{journeyStep(c.journey, c.step, c.purpose)}</Table.Td>
                  <Table.Td>
                    {c.reasons.map((r) => <Text key={r} size="sm">{label('reason', r)}</Text>)}
                    {c.status === 'blocked' && earliest && <Text size="xs" c="dimmed">Earliest allowed {time(earliest)} UTC</Text>}
                    {c.decision?.tried?.length ? <Text size="xs" c="dimmed">Tried first: {c.decision.tried.map((t) => `${label('channel', t.channel)} (${t.reasons.map((r) => label('reason', r)).join(', ')})`).join('; ')}</Text> : null}
                    {c.outcome && <Text size="xs" c="dimmed">{label('reason', c.outcome)}</Text>}
                    {c.ruleSetVersion && <Text size="xs" c="dimmed">Rule set {c.ruleSetVersion}</Text>}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
