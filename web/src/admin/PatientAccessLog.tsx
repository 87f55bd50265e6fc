import { Alert, Button, Card, Loader, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Scroll } from './Scroll';
import { api, ApiError } from '../ui/api';
import { label } from '../ui/labels';
import type { AccessLogPage } from '@contracts/audit';
import { actionWords, actorWords, when } from './auditWords';

/**
 * "Who looked at this patient": every audited access to the person and any of their accounts,
 * newest first. Self-contained so the account page can mount it; it shows nothing to a role
 * without audit access (the API refuses, and the card says so quietly).
 */
export function PatientAccessLog({ accountId }: { accountId: string }) {
  const q = useInfiniteQuery({
    queryKey: ['access-log', accountId],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) => api<AccessLogPage>(`/api/v1/accounts/${encodeURIComponent(accountId)}/access-log?limit=25${pageParam ? `&before=${pageParam}` : ''}`),
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    retry: false,
  });
  const rows = q.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card withBorder>
      <Text fw={600} mb="xs" component="h3">Who looked at this patient</Text>
      {q.isLoading && <Loader role="status" size="sm" aria-label="Loading access log" />}
      {q.error && <Alert color={q.error instanceof ApiError && q.error.status === 403 ? 'gray' : 'red'}>{q.error instanceof ApiError && q.error.status === 403 ? 'Only administrators and compliance officers see who looked at a patient.' : 'The access log could not be loaded. Please try again.'}</Alert>}
      {q.data && rows.length === 0 && <Text c="dimmed">Nobody has looked at this patient's records yet.</Text>}
      {rows.length > 0 && (
        <Scroll label="Who looked at this patient (scrolls sideways)" minWidth={520}>
          <Table aria-label="Who looked at this patient" striped>
            <Table.Thead><Table.Tr><Table.Th>When</Table.Th><Table.Th>Who</Table.Th><Table.Th>What</Table.Th><Table.Th>Why</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{when(r.at)}</Table.Td>
                  <Table.Td>{actorWords(r)}</Table.Td>
                  <Table.Td>{actionWords(r)}</Table.Td>
                  <Table.Td>{label('auditPurpose', r.purpose)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Scroll>
      )}
      {q.hasNextPage && <Button variant="light" mt="sm" onClick={() => q.fetchNextPage()} loading={q.isFetchingNextPage}>Show older</Button>}
    </Card>
  );
}
