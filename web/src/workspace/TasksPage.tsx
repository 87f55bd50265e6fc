import { Alert, Badge, Button, Card, Group, Loader, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../ui/api';
import { label, labelOptions } from '../ui/labels';
import type { TaskPage, TaskRow as TaskView } from '@contracts/workspace';

/** What happened, in the words agents use; stored as the task's outcome. */
export const OUTCOMES = [
  'Reached – plan set up',
  'Reached – promise to pay',
  'Reached – assistance started',
  'Reached – question answered',
  'Left voicemail',
  'No answer',
  'Wrong number',
  'Done',
];

const KINDS = ['call', 'callback', 'promise_followup', 'verify_payment', 'review_wrong_person', 'csat_followup', 'explain_bill', 'complaint', 'insurance_review', 'assistance', 'presumptive_assistance', 'review_documents', 'review_intent', 'resolve_dispute', 'security_review', 'work_denial', 'claim_followup'];

/** A journey's step reference ("self_pay_standard@3:check_in") reads as the step's words. */
function reasonText(reason: string): string {
  const step = /^[^@]+@\d+:?(.*)$/.exec(reason);
  return step ? `Journey step: ${label('reason', step[1] || 'follow up').toLowerCase()}` : label('reason', reason);
}

function dateText(iso: string): string {
  return new Date(iso).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
}

function useTaskAction(t: TaskView, onDone: () => void) {
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => api(`/api/v1/tasks/${encodeURIComponent(t.id)}`, { method: 'POST', json: body }),
    onSuccess: onDone,
  });
}

function TaskActions({ t, onDone }: { t: TaskView; onDone: () => void }) {
  const [outcome, setOutcome] = useState<string | null>(null);
  const [snoozeOn, setSnoozeOn] = useState('');
  const act = useTaskAction(t, onDone);
  const title = label('taskKind', t.kind);
  return (
    <Stack gap={6}>
      {!t.assignedToMe && (
        <Button size="xs" variant="default" loading={act.isPending} onClick={() => act.mutate({ action: 'assign_to_me' })} aria-label={`Assign to me: ${title}, ${t.personName}`}>Assign to me</Button>
      )}
      <Group gap={4} wrap="nowrap">
        <TextInput size="xs" type="date" aria-label={`Snooze until (date): ${title}, ${t.personName}`} value={snoozeOn} onChange={(e) => setSnoozeOn(e.currentTarget.value)} />
        <Button size="xs" variant="default" disabled={!snoozeOn} onClick={() => act.mutate({ action: 'snooze', until: new Date(`${snoozeOn}T08:00:00`).toISOString() })}>Snooze</Button>
      </Group>
      {t.finishedElsewhere ? (
        <Text size="xs">Finished on {t.accountId ? <Link to={`/workspace/accounts/${t.accountId}`}>the account</Link> : 'its own page'}, where the decision is made.</Text>
      ) : (
        <Group gap={4} wrap="nowrap">
          <Select size="xs" w={190} placeholder="What happened?" aria-label={`Outcome: ${title}, ${t.personName}`} data={OUTCOMES} value={outcome} onChange={setOutcome} />
          <Button size="xs" disabled={!outcome} loading={act.isPending} onClick={() => act.mutate({ action: 'complete', outcome })}>Complete</Button>
        </Group>
      )}
      {act.error && <Text size="xs" c="red.8" role="alert">{(act.error as Error).message}</Text>}
    </Stack>
  );
}

function Assigned({ t }: { t: TaskView }) {
  return t.assignedToMe ? <Badge variant="light" color="dark">Me</Badge> : t.assignedTo ? <Text size="sm">Someone else</Text> : <Text size="sm" c="dimmed">Nobody yet</Text>;
}

function TaskRow({ t, onDone }: { t: TaskView; onDone: () => void }) {
  return (
    <Table.Tr data-testid="task-row">
      <Table.Td>
        <Text fw={600} size="sm">{label('taskKind', t.kind)}</Text>
        {t.reason && <Text size="xs" c="dimmed">{reasonText(t.reason)}</Text>}
      </Table.Td>
      <Table.Td>{t.accountId ? <Link to={`/workspace/accounts/${t.accountId}`}>{t.personName}</Link> : t.personName}</Table.Td>
      <Table.Td>{dateText(t.createdAt)}{t.dueAt && <Text size="xs" c="dimmed">Due {dateText(t.dueAt)}</Text>}</Table.Td>
      <Table.Td><Assigned t={t} /></Table.Td>
      <Table.Td><TaskActions t={t} onDone={onDone} /></Table.Td>
    </Table.Tr>
  );
}

/** On a phone a task is a card: no sideways scrolling to reach its actions. */
function TaskCard({ t, onDone }: { t: TaskView; onDone: () => void }) {
  return (
    <Card withBorder data-testid="task-row" component="li">
      <Text fw={600} size="sm">{label('taskKind', t.kind)}</Text>
      {t.reason && <Text size="xs" c="dimmed">{reasonText(t.reason)}</Text>}
      <Group gap="xs" my={6}>
        {t.accountId ? <Link to={`/workspace/accounts/${t.accountId}`}>{t.personName}</Link> : <Text size="sm">{t.personName}</Text>}
        <Text size="xs" c="dimmed">opened {dateText(t.createdAt)}</Text>
        <Assigned t={t} />
      </Group>
      <TaskActions t={t} onDone={onDone} />
    </Card>
  );
}

/** Open staff tasks: filter by kind or to my own, assign, snooze, complete with an outcome. */
export function TasksPage() {
  const queryClient = useQueryClient();
  const phone = useMediaQuery('(max-width: 48em)');
  const [kind, setKind] = useState<string | null>(null);
  const [mine, setMine] = useState(false);
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors.at(-1) ?? null;
  const q = useQuery({
    queryKey: ['tasks', kind, mine, after],
    queryFn: () => {
      const p = new URLSearchParams({ limit: '50' });
      if (kind) p.set('kind', kind);
      if (mine) p.set('mine', 'true');
      if (after) p.set('after', after);
      return api<TaskPage>(`/api/v1/tasks?${p}`);
    },
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    void queryClient.invalidateQueries({ queryKey: ['worklist'] });
  };
  return (
    <Stack>
      <Title order={1} size="h2">Tasks</Title>
      <Group align="flex-end" wrap="wrap">
        <Select label="Kind of task" placeholder="All kinds" clearable w={280} data={labelOptions('taskKind', KINDS)} value={kind} onChange={(v) => { setKind(v); setCursors([null]); }} />
        <Switch label="Assigned to me" checked={mine} onChange={(e) => { setMine(e.currentTarget.checked); setCursors([null]); }} />
      </Group>
      {q.isLoading && <Loader role="status" aria-label="Loading tasks" />}
      {q.error && <Alert color="red" title="Tasks did not load">{(q.error as Error).message} Try again in a moment.</Alert>}
      {q.data && q.data.items.length === 0 && (
        <Alert color="gray" title="No open tasks">{mine || kind ? 'Nothing matches these filters. Clear them to see every open task.' : 'Every task is done or snoozed.'}</Alert>
      )}
      {q.data && q.data.items.length > 0 && phone && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Open tasks">
          {q.data.items.map((t) => <TaskCard key={t.id} t={t} onDone={refresh} />)}
        </Stack>
      )}
      {q.data && q.data.items.length > 0 && !phone && (
        <Table.ScrollContainer minWidth={820}>
          <Table striped aria-label="Open tasks" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Task</Table.Th>
                <Table.Th>Patient</Table.Th>
                <Table.Th>Opened</Table.Th>
                <Table.Th>Assigned</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.items.map((t) => <TaskRow key={t.id} t={t} onDone={refresh} />)}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        <Button variant="default" disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>Previous page</Button>
        <Button variant="default" disabled={!q.data?.next} onClick={() => q.data?.next && setCursors((c) => [...c, q.data!.next])}>Next page</Button>
      </Group>
    </Stack>
  );
}
