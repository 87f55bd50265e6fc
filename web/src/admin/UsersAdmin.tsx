import { Alert, Badge, Button, Card, Code, Group, Loader, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Scroll } from './Scroll';
import { api, ApiError, type Me } from '../ui/api';
import { label, labelOptions } from '../ui/labels';
import { when } from './auditWords';
import type { LinkResult, StaffSession, StaffUser } from '@contracts/users';

type User = StaffUser;
type Session = StaffSession;

const errorText = (e: unknown) => (e instanceof ApiError ? [e.userMessage, ...e.issues.map((i) => `${i.path}: ${i.message}`)].join(' ') : 'Something went wrong. Please try again.');

/** A one-time link: emailed when mail is set up, otherwise shown once for the administrator to pass on. */
function LinkNotice({ result, who }: { result: LinkResult; who: string }) {
  return (
    <Alert color="green" role="status">
      {result.emailed ? `We emailed ${who} a one-time link.` : `Email is not set up, so pass this one-time link to ${who} yourself:`}
      {result.link && <Code block mt="xs" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{result.link}</Code>}
      <Text size="xs" mt="xs">It works once, until {when(result.expiresAt)}.</Text>
    </Alert>
  );
}

/** The tenant's staff: invite, change role, deactivate, reset a password, turn off two-step sign-in, end sessions. */
export function UsersAdmin({ me }: { me: Me }) {
  const qc = useQueryClient();
  const users = useQuery({ queryKey: ['admin-users'], queryFn: () => api<{ items: StaffUser[] }>('/api/v1/admin/users') });
  const sessions = useQuery({ queryKey: ['admin-sessions'], queryFn: () => api<{ items: Session[] }>('/api/v1/admin/sessions') });
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<string | null>('collections_coordinator');
  const [notice, setNotice] = useState<{ result: LinkResult; who: string } | null>(null);
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['admin-users'] });
    void qc.invalidateQueries({ queryKey: ['admin-sessions'] });
  };
  const invite = useMutation({
    mutationFn: () => api<LinkResult>('/api/v1/admin/users', { method: 'POST', json: { email, displayName: name || undefined, role } }),
    onSuccess: (r) => {
      setNotice({ result: r, who: name || email });
      setEmail('');
      setName('');
      refresh();
    },
  });
  const patch = useMutation({ mutationFn: (v: { id: string; body: Record<string, unknown> }) => api(`/api/v1/admin/users/${encodeURIComponent(v.id)}`, { method: 'PATCH', json: v.body }), onSuccess: refresh });
  const reset = useMutation({
    mutationFn: (u: User) => api<LinkResult>(`/api/v1/admin/users/${encodeURIComponent(u.id)}/reset-password`, { method: 'POST' }).then((r) => ({ r, u })),
    onSuccess: ({ r, u }) => {
      setNotice({ result: r, who: u.displayName });
      refresh();
    },
  });
  const off2fa = useMutation({ mutationFn: (u: User) => api(`/api/v1/admin/users/${encodeURIComponent(u.id)}/two-factor/disable`, { method: 'POST' }), onSuccess: refresh });
  const revoke = useMutation({ mutationFn: (id: string) => api(`/api/v1/admin/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' }), onSuccess: refresh });
  const failure = [invite, patch, reset, off2fa, revoke].find((m) => m.error)?.error;

  function submit(e: FormEvent) {
    e.preventDefault();
    invite.mutate();
  }

  return (
    <Stack>
      <Card withBorder>
        <Text fw={600} component="h3" mb="xs">Invite someone</Text>
        <form onSubmit={submit} aria-label="Invite a staff member">
          <Group align="end" wrap="wrap">
            <TextInput label="Email" type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
            <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
            <Select label="Role" required value={role} onChange={setRole} data={labelOptions('role')} allowDeselect={false} />
            <Button type="submit" loading={invite.isPending}>Send invitation</Button>
          </Group>
        </form>
      </Card>
      {notice && <LinkNotice result={notice.result} who={notice.who} />}
      {failure && <Alert color="red" role="alert">{errorText(failure)}</Alert>}
      <Card withBorder>
        <Text fw={600} component="h3" mb="xs">Staff</Text>
        {users.isLoading && <Loader role="status" aria-label="Loading staff" />}
        {users.error && <Alert color="red">The staff list could not be loaded. Please reload the page.</Alert>}
        {users.data && users.data.items.length === 0 && <Text>No staff yet. Invite someone above.</Text>}
        {users.data && users.data.items.length > 0 && (
          <Scroll label="Staff (scrolls sideways)" minWidth={860}>
            <Table aria-label="Staff" verticalSpacing="sm">
              <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Role</Table.Th><Table.Th>Status</Table.Th><Table.Th>Actions</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {users.data.items.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>{u.displayName}</Text>
                      <Text size="xs" c="dimmed">{u.email}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={`Role of ${u.displayName}`}
                        size="xs"
                        value={u.roles[0] ?? null}
                        data={labelOptions('role')}
                        allowDeselect={false}
                        disabled={u.id === me.userId}
                        onChange={(v) => v && patch.mutate({ id: u.id, body: { roles: [v] } })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {u.disabled ? <Badge color="gray">Deactivated</Badge> : u.invitePending ? <Badge color="yellow" variant="light">Invited</Badge> : <Badge color="green" variant="light">Active</Badge>}
                        {u.twoFactor && <Badge variant="outline" color="dark">Two-step on</Badge>}
                        {u.activeSessions > 0 && <Badge variant="outline" color="dark">{u.activeSessions} signed-in {u.activeSessions === 1 ? 'session' : 'sessions'}</Badge>}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {u.id === me.userId ? (
                        <Text size="xs" c="dimmed">This is you</Text>
                      ) : (
                        <Group gap="xs">
                          <Button size="xs" variant="default" onClick={() => patch.mutate({ id: u.id, body: { active: u.disabled } })}>{u.disabled ? 'Reactivate' : 'Deactivate'}</Button>
                          {!u.disabled && <Button size="xs" variant="default" onClick={() => reset.mutate(u)}>Reset password</Button>}
                          {u.twoFactor && <Button size="xs" variant="default" onClick={() => off2fa.mutate(u)}>Turn off two-step</Button>}
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Scroll>
        )}
      </Card>
      <Card withBorder>
        <Text fw={600} component="h3" mb="xs">Signed-in sessions</Text>
        {sessions.data && sessions.data.items.length === 0 && <Text>Nobody is signed in.</Text>}
        {sessions.error && <Alert color="red">Sessions could not be loaded.</Alert>}
        {sessions.data && sessions.data.items.length > 0 && (
          <Scroll label="Signed-in sessions (scrolls sideways)" minWidth={560}>
            <Table aria-label="Signed-in sessions">
              <Table.Thead><Table.Tr><Table.Th>Who</Table.Th><Table.Th>Signed in</Table.Th><Table.Th>Last active</Table.Th><Table.Th>Action</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {sessions.data.items.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>{s.displayName}</Table.Td>
                    <Table.Td>{when(s.createdAt)}</Table.Td>
                    <Table.Td>{s.lastSeenAt ? when(s.lastSeenAt) : '—'}</Table.Td>
                    <Table.Td>{s.current ? <Text size="xs" c="dimmed">This session</Text> : <Button size="xs" variant="default" onClick={() => revoke.mutate(s.id)}>End session</Button>}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Scroll>
        )}
      </Card>
      <Text size="xs" c="dimmed">Roles: {labelOptions('role').map((r) => r.label).join(', ')}. {label('role', 'admin')}s manage staff and configuration.</Text>
    </Stack>
  );
}
