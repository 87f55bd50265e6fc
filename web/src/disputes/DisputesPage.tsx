import { Alert, Anchor, Badge, Card, Group, Loader, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../ui/api';
import type { DisputeList } from '@contracts/disputes';
import { DisputePanel } from './DisputePanel';
import { badgeColor, CATEGORY_LABEL, LINK, MUTED, shortDate, SOURCE_LABEL, statusLabel } from './labels';

/** The dispute queue: every dispute with its age, status and due date; open ones first, oldest due first. */
export function DisputesPage() {
  const [status, setStatus] = useState('open');
  const [selected, setSelected] = useState<string | null>(null);
  const q = useQuery({
    queryKey: ['disputes', status],
    queryFn: () => api<DisputeList>(`/api/v1/disputes${status === 'all' ? '' : `?status=${status}`}`),
  });
  const chosen = q.data?.items.find((d) => d.id === selected) ?? null;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Disputes</Title>
        <Group gap="sm">
          <Anchor c={LINK} href="/api/v1/disputes?format=csv">Download CSV</Anchor>
          <Anchor c={LINK} href="/api/v1/disputes?format=json" target="_blank">JSON</Anchor>
        </Group>
      </Group>
      <Text size="sm" c={MUTED}>Collection on a disputed bill stays paused until billing answers and the letter is mailed.</Text>
      <SegmentedControl aria-label="Which disputes" value={status} onChange={(v) => { setStatus(v); setSelected(null); }} data={[{ value: 'open', label: 'Open' }, { value: 'resolved', label: 'Resolved' }, { value: 'all', label: 'All' }]} w={{ base: '100%', sm: 320 }} />
      {q.isLoading && <Loader />}
      {q.error && <Alert color="red">Could not load disputes: {(q.error as Error).message}. Try again in a moment.</Alert>}
      {q.data && q.data.items.length === 0 && <Text c={MUTED}>{status === 'open' ? 'No open disputes.' : 'No disputes here yet.'}</Text>}
      {q.data && q.data.items.length > 0 && (
        <div style={{ overflowX: 'auto' }}>
          <Table aria-label="Disputes" striped highlightOnHover>
            <Table.Thead>
              <Table.Tr><Table.Th>Account</Table.Th><Table.Th>What is wrong</Table.Th><Table.Th>From</Table.Th><Table.Th>Received</Table.Th><Table.Th>Age (days)</Table.Th><Table.Th>Answer due</Table.Th><Table.Th>Status</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.items.map((d) => (
                <Table.Tr key={d.id} data-testid="dispute-row" onClick={() => setSelected(d.id)} style={{ cursor: 'pointer' }}>
                  <Table.Td>
                    <Anchor c={LINK} component="button" type="button" onClick={() => setSelected(d.id)}>{d.accountRef}</Anchor>
                  </Table.Td>
                  <Table.Td>{CATEGORY_LABEL[d.category] ?? d.category}</Table.Td>
                  <Table.Td>{SOURCE_LABEL[d.source] ?? d.source}</Table.Td>
                  <Table.Td>{shortDate(d.receivedAt)}</Table.Td>
                  <Table.Td>{d.ageDays}</Table.Td>
                  <Table.Td>{shortDate(d.dueAt)}</Table.Td>
                  <Table.Td><Badge variant="filled" color={badgeColor(d)}>{statusLabel(d)}</Badge></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {chosen && (
        <Card withBorder>
          <Group justify="space-between" mb="xs">
            <Text fw={600}>Dispute on account {chosen.accountRef}</Text>
            <Anchor c={LINK} component={Link} to={`/workspace/accounts/${chosen.accountId}`}>Open the account</Anchor>
          </Group>
          <DisputePanel dispute={chosen} />
        </Card>
      )}
    </Stack>
  );
}
