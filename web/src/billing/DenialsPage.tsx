import { Alert, Badge, Button, Card, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError, formatCents, type Me } from '../ui/api';
import type { DenialList, FollowupList, OpenedClaimTasks } from '@contracts/claims';


const fmtDate = (iso: string | null) => (iso ? new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString('en-US', { dateStyle: 'medium', timeZone: 'UTC' }) : '—');
const message = (e: unknown) => (e instanceof ApiError ? e.userMessage : 'Something went wrong. Please try again.');

/** The billing office's claim work: denials by reason with the usual fix, and claims waiting for an answer. */
export function DenialsPage({ me }: { me: Me }) {
  const canWork = me.roles.some((r) => r === 'billing_specialist' || r === 'admin');
  const qc = useQueryClient();
  const [opened, setOpened] = useState<string | null>(null);
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>Claims and denials</Title>
        {canWork && (
          <Button variant="default" onClick={async () => {
            try {
              const r = await api<OpenedClaimTasks>('/api/v1/claims/tasks', { method: 'POST', json: {} });
              setOpened(`${r.workDenial} denial task${r.workDenial === 1 ? '' : 's'} and ${r.claimFollowup} follow-up task${r.claimFollowup === 1 ? '' : 's'} opened; ${r.answered} follow-up${r.answered === 1 ? '' : 's'} closed because the payer answered.`);
              await qc.invalidateQueries();
            } catch (e) {
              setOpened(message(e));
            }
          }}>Open tasks for all</Button>
        )}
      </Group>
      {opened && <Alert color="blue" role="status">{opened}</Alert>}
      <Tabs defaultValue="denials">
        <Tabs.List>
          <Tabs.Tab value="denials">Denials</Tabs.Tab>
          <Tabs.Tab value="followups">Waiting for an answer</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="denials" pt="md"><Denials me={me} canWork={canWork} /></Tabs.Panel>
        <Tabs.Panel value="followups" pt="md"><Followups me={me} canWork={canWork} /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function Denials({ me, canWork }: { me: Me; canWork: boolean }) {
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['denials'], queryFn: () => api<DenialList>('/api/v1/claims/denials') });
  const [error, setError] = useState<string | null>(null);
  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      await qc.invalidateQueries({ queryKey: ['denials'] });
    } catch (e) {
      setError(message(e));
    }
  };
  if (q.isLoading) return <Text>Loading denials…</Text>;
  if (q.error) return <Alert color="red" role="alert">The denials could not be loaded. {message(q.error)}</Alert>;
  const data = q.data!;
  return (
    <Stack>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {data.total === 0 && <Text c="dimmed">No denied or partly paid claims. New ones appear here when a remittance (835) is ingested.</Text>}
      {data.groups.map((g) => (
        <Card withBorder key={g.code} data-testid="denial-group">
          <Group justify="space-between" wrap="wrap">
            <Text fw={600}>{g.label}</Text>
            <Text size="sm">{g.count} claim{g.count === 1 ? '' : 's'} · {formatCents(g.deniedCents)}</Text>
          </Group>
          <Text size="sm">{g.explanation}</Text>
          <Text size="sm" mt={4}><b>Usual fix:</b> {g.fix}</Text>
          <Table.ScrollContainer minWidth={640} mt="xs">
            <Table aria-label={`Claims denied: ${g.label}`}>
              <Table.Thead><Table.Tr><Table.Th>Claim</Table.Th><Table.Th>Patient</Table.Th><Table.Th>Payer</Table.Th><Table.Th>Not paid</Table.Th><Table.Th>Appeal by</Table.Th><Table.Th>Status</Table.Th>{canWork && <Table.Th>Actions</Table.Th>}</Table.Tr></Table.Thead>
              <Table.Tbody>
                {g.items.map((i) => (
                  <Table.Tr key={i.remittanceKey}>
                    <Table.Td>
                      {i.claimControlNumber}
                      <Text size="xs" c="dimmed">{i.kind === 'denied' ? 'Denied' : 'Partly paid'}</Text>
                      {i.remarks.filter((r) => r.explanation).map((r) => <Text size="xs" key={r.code}>{r.explanation}</Text>)}
                    </Table.Td>
                    <Table.Td>{i.patientName ?? '—'}</Table.Td>
                    <Table.Td>{i.payerName ?? '—'}</Table.Td>
                    <Table.Td>
                      {formatCents(i.deniedCents)}
                      <Text size="xs" c="dimmed">{i.reasons.every((r) => !r.billableToPatient) ? 'Not billed to the patient' : 'Part may be the patient\'s under the plan'}</Text>
                    </Table.Td>
                    <Table.Td>{fmtDate(i.appealDeadline)}<Text size="xs" c={i.daysLeftToAppeal < 30 ? 'red.9' : 'dimmed'}>{i.daysLeftToAppeal >= 0 ? `${i.daysLeftToAppeal} days left` : 'Deadline passed'}</Text></Table.Td>
                    <Table.Td>
                      {i.appeal?.status === 'open' ? <Badge color="blue" variant="light">Appeal open</Badge> : <Badge color="gray" variant="light">To work</Badge>}
                      {i.task?.assignedTo && <Text size="xs">{i.task.assignedTo === me.userId ? 'Assigned to you' : 'Assigned'}</Text>}
                    </Table.Td>
                    {canWork && (
                      <Table.Td>
                        <Group gap={4}>
                          {i.task?.assignedTo !== me.userId && <Button size="xs" variant="light" onClick={() => act(() => api('/api/v1/claims/denials/task', { method: 'POST', json: { key: i.remittanceKey, assignedTo: me.userId } }))}>Assign to me</Button>}
                          {i.appeal?.status !== 'open' && i.accountId && <Button size="xs" variant="light" onClick={() => act(() => api('/api/v1/claims/appeals', { method: 'POST', json: { remittanceKey: i.remittanceKey } }))}>Open appeal</Button>}
                          {i.appeal?.status === 'open' && (
                            <>
                              <Button size="xs" variant="light" color="teal" onClick={() => act(() => api(`/api/v1/claims/appeals/${i.appeal!.id}/close`, { method: 'POST', json: { outcome: 'won' } }))}>Appeal won</Button>
                              <Button size="xs" variant="light" color="gray" onClick={() => act(() => api(`/api/v1/claims/appeals/${i.appeal!.id}/close`, { method: 'POST', json: { outcome: 'lost' } }))}>Appeal lost</Button>
                            </>
                          )}
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      ))}
      <Text size="xs" c="dimmed">{data.source}</Text>
    </Stack>
  );
}

function Followups({ me, canWork }: { me: Me; canWork: boolean }) {
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['followups'], queryFn: () => api<FollowupList>('/api/v1/claims/followups') });
  const [error, setError] = useState<string | null>(null);
  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      await qc.invalidateQueries({ queryKey: ['followups'] });
    } catch (e) {
      setError(message(e));
    }
  };
  if (q.isLoading) return <Text>Loading claims…</Text>;
  if (q.error) return <Alert color="red" role="alert">The claims could not be loaded. {message(q.error)}</Alert>;
  const data = q.data!;
  return (
    <Stack>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <Text size="sm">Claims sent (837) with no payment or denial (835) after {data.afterDays} days.</Text>
      {data.items.length === 0 && <Text c="dimmed">Every claim has an answer. Nothing to follow up.</Text>}
      {data.items.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label="Claims waiting for an answer">
            <Table.Thead><Table.Tr><Table.Th>Claim</Table.Th><Table.Th>Payer</Table.Th><Table.Th>Billed</Table.Th><Table.Th>Waiting</Table.Th><Table.Th>Last status</Table.Th>{canWork && <Table.Th>Actions</Table.Th>}</Table.Tr></Table.Thead>
            <Table.Tbody>
              {data.items.map((i) => (
                <Table.Tr key={i.claimKey}>
                  <Table.Td>{i.claimControlNumber}<Text size="xs" c="dimmed">service {fmtDate(i.serviceDate)}</Text></Table.Td>
                  <Table.Td>{i.payerName ?? '—'}</Table.Td>
                  <Table.Td>{i.chargeCents !== null ? formatCents(i.chargeCents) : '—'}</Table.Td>
                  <Table.Td>{i.daysWaiting} days</Table.Td>
                  <Table.Td>{i.lastStatus ? <>{i.lastStatus.summary}<Text size="xs" c="dimmed">{fmtDate(i.lastStatus.checkedAt)}</Text></> : 'Not checked'}</Table.Td>
                  {canWork && (
                    <Table.Td>
                      <Group gap={4}>
                        <Button size="xs" variant="light" onClick={() => act(() => api('/api/v1/claims/followups/status', { method: 'POST', json: { claimKey: i.claimKey } }))}>Check status</Button>
                        {i.task?.assignedTo !== me.userId && <Button size="xs" variant="light" onClick={() => act(() => api('/api/v1/claims/followups/task', { method: 'POST', json: { key: i.claimKey, assignedTo: me.userId } }))}>Assign to me</Button>}
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
