import { Alert, Button, Card, Checkbox, Group, Loader, Select, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Scroll } from './Scroll';
import { api } from '../ui/api';
import { label, labelOptions } from '../ui/labels';
import type { AuditPage } from '@contracts/audit';
import { actionWords, actorWords, when } from './auditWords';

interface Filters {
  actorId: string;
  personId: string;
  recordType: string;
  recordId: string;
  action: string;
  purpose: string;
  from: string;
  to: string;
  includeAuditViews: boolean;
}

const EMPTY: Filters = { actorId: '', personId: '', recordType: '', recordId: '', action: '', purpose: '', from: '', to: '', includeAuditViews: false };

function queryString(f: Filters): string {
  const p = new URLSearchParams();
  for (const k of ['actorId', 'personId', 'recordType', 'recordId', 'action', 'purpose'] as const) if (f[k].trim()) p.set(k, f[k].trim());
  // Dates are the viewer's local days: from the start of `from` to the end of `to`.
  if (f.from) p.set('from', new Date(`${f.from}T00:00:00`).toISOString());
  if (f.to) p.set('to', new Date(new Date(`${f.to}T00:00:00`).getTime() + 86_400_000).toISOString());
  if (f.includeAuditViews) p.set('includeAuditViews', 'true');
  return p.toString();
}

/** The tenant's audit log: filters, plain words, full ids, newest first with "show older", CSV of the filtered rows. */
export function AuditLog({ canManageUsers }: { canManageUsers: boolean }) {
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [applied, setApplied] = useState<Filters>(EMPTY);
  const qs = queryString(applied);
  const staff = useQuery({ queryKey: ['admin-users'], enabled: canManageUsers, queryFn: () => api<{ items: Array<{ id: string; displayName: string; email: string }> }>('/api/v1/admin/users') });
  const log = useInfiniteQuery({
    queryKey: ['audit', qs],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) => api<AuditPage>(`/api/v1/audit?limit=50${qs ? `&${qs}` : ''}${pageParam ? `&before=${pageParam}` : ''}`),
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  const rows = log.data?.pages.flatMap((p) => p.items) ?? [];
  const set = (k: keyof Filters) => (v: string | null) => setDraft((d) => ({ ...d, [k]: v ?? '' }));

  return (
    <Card withBorder>
      <form
        aria-label="Filter the audit log"
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(draft);
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} mb="sm">
          {staff.data ? (
            <Select label="Who" placeholder="Anyone" clearable searchable value={draft.actorId || null} onChange={set('actorId')} data={staff.data.items.map((u) => ({ value: u.id, label: `${u.displayName} (${u.email})` }))} />
          ) : (
            <TextInput label="Who (staff id)" value={draft.actorId} onChange={(e) => set('actorId')(e.currentTarget.value)} />
          )}
          <TextInput label="Patient id" value={draft.personId} onChange={(e) => set('personId')(e.currentTarget.value)} />
          <Select label="Kind of record" placeholder="Any" clearable value={draft.recordType || null} onChange={set('recordType')} data={labelOptions('recordType')} />
          <TextInput label="Record id" value={draft.recordId} onChange={(e) => set('recordId')(e.currentTarget.value)} />
          <Select label="What was done" placeholder="Anything" clearable value={draft.action || null} onChange={set('action')} data={labelOptions('auditAction')} />
          <Select label="Why" placeholder="Any reason" clearable value={draft.purpose || null} onChange={set('purpose')} data={labelOptions('auditPurpose')} />
          <TextInput type="date" label="From" value={draft.from} onChange={(e) => set('from')(e.currentTarget.value)} />
          <TextInput type="date" label="To" value={draft.to} onChange={(e) => set('to')(e.currentTarget.value)} />
        </SimpleGrid>
        <Group justify="space-between" wrap="wrap">
          <Checkbox label="Include views of this audit log" checked={draft.includeAuditViews} onChange={(e) => setDraft((d) => ({ ...d, includeAuditViews: e.currentTarget.checked }))} />
          <Group>
            <Button variant="default" onClick={() => { setDraft(EMPTY); setApplied(EMPTY); }}>Clear</Button>
            <Button type="submit">Search</Button>
            <Button component="a" variant="light" href={`/api/v1/audit.csv${qs ? `?${qs}` : ''}`} download>Download CSV</Button>
          </Group>
        </Group>
      </form>
      <Text size="sm" c="dimmed" mt="sm">Each time someone opens this log it is recorded too; those entries are hidden unless you include them.</Text>
      {log.isLoading && <Loader role="status" mt="md" aria-label="Loading the audit log" />}
      {log.error && <Alert color="red" mt="md">The audit log could not be loaded. Check the filters and try again.</Alert>}
      {log.data && rows.length === 0 && <Text mt="md">No entries match these filters. Try a wider date range or clear a filter.</Text>}
      {rows.length > 0 && (
        <Scroll label="Audit log (scrolls sideways)" minWidth={900}>
          <Table aria-label="Audit log" striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr><Table.Th>When</Table.Th><Table.Th>Who</Table.Th><Table.Th>What</Table.Th><Table.Th>Why</Table.Th><Table.Th>Record id</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(r.at)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{actorWords(r)}</Text>
                    {r.actorEmail && <Text size="xs" c="dimmed">{r.actorEmail}</Text>}
                  </Table.Td>
                  <Table.Td>{actionWords(r)}</Table.Td>
                  <Table.Td>{label('auditPurpose', r.purpose)}</Table.Td>
                  <Table.Td><Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>{r.recordId ?? '—'}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Scroll>
      )}
      {log.hasNextPage && <Button variant="light" mt="sm" onClick={() => log.fetchNextPage()} loading={log.isFetchingNextPage}>Show older entries</Button>}
    </Card>
  );
}
