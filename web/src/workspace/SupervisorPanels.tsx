import { Alert, Button, Card, Group, Loader, MultiSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError } from '../ui/api';
import type { FcrReport, TeamList } from '@contracts/workspace';

type Figures = FcrReport['total'];

const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);
const minutes = (s: number | null) => (s === null ? '—' : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`);
/** The inclusive last day of a report whose `to` is the exclusive end instant. */
const lastDayOf = (exclusiveEnd: string) => new Date(Date.parse(exclusiveEnd) - 86_400_000).toISOString().slice(0, 10);

function FiguresRow({ name, f }: { name: string; f: Figures }) {
  return (
    <Table.Tr>
      <Table.Td>{name}</Table.Td>
      <Table.Td ta="right">{f.firstContacts}</Table.Td>
      <Table.Td ta="right">{f.resolvedFirstTime}</Table.Td>
      <Table.Td ta="right">{pct(f.rate)}</Table.Td>
      <Table.Td ta="right">{f.outcomes}</Table.Td>
      <Table.Td ta="right">{minutes(f.avgHandleSeconds)}</Table.Td>
      <Table.Td ta="right">{minutes(f.medianHandleSeconds)}</Table.Td>
    </Table.Tr>
  );
}

function csv(r: FcrReport): string {
  const line = (kind: string, name: string, f: Figures) => [kind, `"${name.replace(/"/g, '""')}"`, f.firstContacts, f.resolvedFirstTime, f.rate ?? '', f.outcomes, f.avgHandleSeconds ?? '', f.medianHandleSeconds ?? ''].join(',');
  return ['level,name,first_contacts,resolved_first_time,fcr_rate,outcomes,avg_handle_seconds,median_handle_seconds', line('total', 'Everyone', r.total), ...r.teams.map((t) => line('team', t.name, t)), ...r.agents.map((a) => line('agent', a.name, a))].join('\n');
}

/** First-contact resolution and handle time for supervisors: per agent, per team and in total. */
export function FcrPanel() {
  // No dates until the supervisor picks some: the server answers for the last 30 days by its own
  // clock (the browser's date may be another day, or wrong), and the inputs show that range.
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const q = useQuery({
    queryKey: ['fcr', range?.from, range?.to],
    enabled: !range || Boolean(range.from && range.to),
    queryFn: () => api<FcrReport>(range ? `/api/v1/workspace/fcr?from=${range.from}&to=${range.to}` : '/api/v1/workspace/fcr'),
    placeholderData: (previous) => previous,
  });
  const shown = q.data ? { from: q.data.from.slice(0, 10), to: lastDayOf(q.data.to) } : { from: '', to: '' };
  const from = range?.from ?? shown.from;
  const to = range?.to ?? shown.to;
  return (
    <Card withBorder component="section" aria-label="First-contact resolution">
      <Title order={2} size="h4">First-contact resolution and handle time</Title>
      <Text size="sm" c="dimmed" mb="xs">
        A first contact is a conversation with a patient when nobody spoke with them about that account in the {q.data?.windowDays ?? 7} days before. It is resolved first time when it ended with a plan, a promise to pay, an assistance application or a dispute, and nobody had to speak with them again within {q.data?.windowDays ?? 7} days. Handle time runs from opening the account to saving the outcome.
      </Text>
      <Group gap="sm" align="flex-end" mb="sm">
        <TextInput type="date" label="From" value={from} onChange={(e) => setRange({ from: e.currentTarget.value, to })} />
        <TextInput type="date" label="To" value={to} onChange={(e) => setRange({ from, to: e.currentTarget.value })} />
        {q.data && <Button variant="default" component="a" href={`data:text/csv;charset=utf-8,${encodeURIComponent(csv(q.data))}`} download={`fcr-${from}-${to}.csv`}>Download CSV</Button>}
      </Group>
      {q.isLoading && <Loader role="status" aria-label="Loading first-contact resolution" />}
      {q.error && <Alert color="red">{q.error instanceof ApiError ? q.error.userMessage : 'The figures did not load.'} Check the dates and try again.</Alert>}
      {q.data && q.data.agents.length === 0 && <Text size="sm" c="dimmed">No outcomes recorded in these dates.</Text>}
      {q.data && q.data.agents.length > 0 && (
        <div role="region" aria-label="First-contact resolution table, scrollable" tabIndex={0} style={{ overflowX: 'auto' }}>
          <Table aria-label="First-contact resolution by agent and team" miw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Who</Table.Th><Table.Th ta="right">First contacts</Table.Th><Table.Th ta="right">Resolved first time</Table.Th><Table.Th ta="right">Rate</Table.Th>
                <Table.Th ta="right">Outcomes</Table.Th><Table.Th ta="right">Average handle (min)</Table.Th><Table.Th ta="right">Median handle (min)</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <FiguresRow name="Everyone" f={q.data.total} />
              {q.data.teams.map((t) => <FiguresRow key={t.teamId} name={`Team: ${t.name}`} f={t} />)}
              {q.data.agents.map((a) => <FiguresRow key={a.agentId} name={a.name} f={a} />)}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Card>
  );
}


/** Teams for shared queues: create, rename, set members, delete. */
export function TeamsPanel() {
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['teams'], queryFn: () => api<TeamList>('/api/v1/workspace/teams') });
  const [name, setName] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      setName('');
      setMembers([]);
      setEditing(null);
      await qc.invalidateQueries({ queryKey: ['teams'] });
    } catch (e) {
      setError(e instanceof ApiError ? `${e.userMessage} ${e.issues.map((i) => i.message).join('; ')}` : String(e));
    }
  };
  const people = (q.data?.candidates ?? []).map((c) => ({ value: c.userId, label: c.name }));
  return (
    <Card withBorder component="section" aria-label="Teams">
      <Title order={2} size="h4" mb="xs">Teams</Title>
      {q.isLoading && <Loader role="status" aria-label="Loading teams" />}
      {q.data && q.data.items.length === 0 && <Text size="sm" c="dimmed">No teams yet. A team shares a queue: choose it under "Queue" above.</Text>}
      <Stack gap={4} mb="sm">
        {q.data?.items.map((t) => (
          <Group key={t.id} gap="xs" wrap="wrap">
            <Text size="sm" fw={600}>{t.name}</Text>
            <Text size="sm">{t.members.map((m) => m.name).join(', ') || 'no members'}</Text>
            <Button size="compact-sm" variant="default" onClick={() => { setEditing(t.id); setName(t.name); setMembers(t.members.map((m) => m.userId)); }}>Edit</Button>
            <Button size="compact-sm" variant="default" color="red" onClick={() => void run(() => api(`/api/v1/workspace/teams/${t.id}`, { method: 'DELETE' }))}>Delete</Button>
          </Group>
        ))}
      </Stack>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput label={editing ? 'Team name' : 'New team'} value={name} onChange={(e) => setName(e.currentTarget.value)} w={200} />
        <MultiSelect label="Members" data={people} value={members} onChange={setMembers} w={300} searchable />
        <Button disabled={!name.trim()} onClick={() => void run(() => api(editing ? `/api/v1/workspace/teams/${editing}` : '/api/v1/workspace/teams', { method: editing ? 'PUT' : 'POST', json: { name: name.trim(), memberIds: members } }))}>{editing ? 'Save team' : 'Add team'}</Button>
        {editing && <Button variant="default" onClick={() => { setEditing(null); setName(''); setMembers([]); }}>Cancel</Button>}
      </Group>
      {error && <Alert color="red" role="alert" mt="sm">{error}</Alert>}
    </Card>
  );
}
