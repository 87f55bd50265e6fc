import { Alert, Button, Card, Code, Group, List, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../ui/api';
import type { MySecurity as MySecurityView, TotpEnrolment } from '@contracts/users';

const errorText = (e: unknown) => (e instanceof ApiError ? e.userMessage : 'Something went wrong. Please try again.');

/** The signed-in person's own sign-in: two-step sign-in (authenticator app) and password. */
export function MySecurity() {
  const qc = useQueryClient();
  const sec = useQuery({ queryKey: ['my-security'], queryFn: () => api<MySecurityView>('/api/v1/me/security') });
  const [enrol, setEnrol] = useState<{ secret: string; qrSvg: string } | null>(null);
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [offPassword, setOffPassword] = useState('');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [changed, setChanged] = useState(false);
  const start = useMutation({ mutationFn: () => api<TotpEnrolment>('/api/v1/me/two-factor/start', { method: 'POST' }), onSuccess: setEnrol });
  const confirm = useMutation({
    mutationFn: () => api<{ recoveryCodes: string[] }>('/api/v1/me/two-factor/confirm', { method: 'POST', json: { code } }),
    onSuccess: (r) => {
      setCodes(r.recoveryCodes);
      setEnrol(null);
      setCode('');
      void qc.invalidateQueries({ queryKey: ['my-security'] });
    },
  });
  const turnOff = useMutation({
    mutationFn: () => api('/api/v1/me/two-factor/disable', { method: 'POST', json: { password: offPassword } }),
    onSuccess: () => {
      setOffPassword('');
      setCodes(null);
      void qc.invalidateQueries({ queryKey: ['my-security'] });
    },
  });
  const password = useMutation({
    mutationFn: () => api('/api/v1/me/password', { method: 'POST', json: { current, next } }),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setChanged(true);
    },
  });

  return (
    <Stack>
      <Title order={2}>My sign-in</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Text fw={600} component="h3" mb="xs">Two-step sign-in</Text>
          {sec.error && <Alert color="red">Could not load your settings. Please reload.</Alert>}
          {sec.data?.twoFactor && !codes && (
            <Stack>
              <Alert color="green">Two-step sign-in is on. You have {sec.data.recoveryCodesLeft} recovery codes left.</Alert>
              <form aria-label="Turn off two-step sign-in" onSubmit={(e) => { e.preventDefault(); turnOff.mutate(); }}>
                <Group align="end">
                  <PasswordInput label="Your password" value={offPassword} onChange={(e) => setOffPassword(e.currentTarget.value)} required />
                  <Button type="submit" variant="default" loading={turnOff.isPending}>Turn off</Button>
                </Group>
              </form>
              {turnOff.error && <Alert color="red" role="alert">{errorText(turnOff.error)}</Alert>}
            </Stack>
          )}
          {sec.data && !sec.data.twoFactor && !enrol && (
            <Stack>
              <Text size="sm">Protect your account with a code from an authenticator app on your phone, asked for each time you sign in.</Text>
              <Button onClick={() => start.mutate()} loading={start.isPending} w="fit-content">Turn on two-step sign-in</Button>
            </Stack>
          )}
          {enrol && (
            <Stack>
              <Text size="sm">1. Scan this code with your authenticator app, or type the key below.</Text>
              <div role="img" aria-label="QR code for your authenticator app" style={{ width: 180, height: 180 }} dangerouslySetInnerHTML={{ __html: enrol.qrSvg }} />
              <Text size="sm">Key: <Code data-testid="totp-secret">{enrol.secret}</Code></Text>
              <form aria-label="Confirm two-step sign-in" onSubmit={(e: FormEvent) => { e.preventDefault(); confirm.mutate(); }}>
                <Group align="end">
                  <TextInput label="2. Enter the 6-digit code the app shows" inputMode="numeric" autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.currentTarget.value)} required />
                  <Button type="submit" loading={confirm.isPending}>Confirm</Button>
                </Group>
              </form>
              {confirm.error && <Alert color="red" role="alert">{errorText(confirm.error)}</Alert>}
            </Stack>
          )}
          {codes && (
            <Alert color="green" role="status">
              <Text size="sm" fw={700}>Two-step sign-in is on</Text>
              <Text size="sm">Keep these recovery codes somewhere safe. Each works once if you lose your phone. They are shown only now.</Text>
              <List size="sm" mt="xs" aria-label="Recovery codes">
                {codes.map((c) => <List.Item key={c}><Code>{c}</Code></List.Item>)}
              </List>
            </Alert>
          )}
        </Card>
        <Card withBorder>
          <Text fw={600} component="h3" mb="xs">Change password</Text>
          <form aria-label="Change password" onSubmit={(e) => { e.preventDefault(); setChanged(false); password.mutate(); }}>
            <Stack>
              <PasswordInput label="Current password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.currentTarget.value)} required />
              <PasswordInput label="New password" description="At least 12 characters, not a common password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.currentTarget.value)} required />
              <Button type="submit" loading={password.isPending} w="fit-content">Change password</Button>
              {password.error && <Alert color="red" role="alert">{errorText(password.error)}</Alert>}
              {changed && <Alert color="green" role="status">Password changed. Your other sessions were signed out.</Alert>}
            </Stack>
          </form>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
