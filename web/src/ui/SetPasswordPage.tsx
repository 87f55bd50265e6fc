import { Alert, Anchor, Button, Card, Container, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, ApiError } from './api';

/** The token arrives in the fragment (#token=...), which browsers never send to a server. */
function tokenFromLocation(): string | null {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  return params.get('token');
}

/** Where an invited staff member chooses a password (the link from `kindly user add`). */
export function SetPasswordPage() {
  const [token] = useState(tokenFromLocation);
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (password !== again) return setError('The two passwords are not the same. Please type them again.');
    setBusy(true);
    try {
      const r = await api<{ email: string }>('/api/v1/auth/invites/accept', { method: 'POST', json: { token, password } });
      // The token is spent: take it out of the address bar and history.
      window.history.replaceState(null, '', '/set-password');
      setDone(r.email);
    } catch (err) {
      setError(err instanceof ApiError ? (err.issues[0] ? `Please choose another password: ${err.issues[0].message}.` : err.userMessage) : 'Could not set the password. Please try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Container size={420} py={60} component="main">
      <Title order={1} ta="center">Kindly</Title>
      <Text ta="center" c="dimmed" mb="lg">Set your password</Text>
      <Card withBorder shadow="sm" padding="lg">
        {done ? (
          <Stack>
            <Alert color="green" role="status">Your password is set. Sign in as {done}.</Alert>
            <Anchor href="/">Go to sign in</Anchor>
          </Stack>
        ) : !token ? (
          <Alert color="yellow" role="alert">This page needs the link from your invitation. Please open the full link you were given, or ask your administrator for a new one.</Alert>
        ) : (
          <form onSubmit={submit} aria-label="Set your password">
            <Stack>
              <Text size="sm">Use at least 12 characters. A few unrelated words make a strong password that is easy to remember.</Text>
              <PasswordInput label="New password" autoComplete="new-password" required minLength={12} value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
              <PasswordInput label="New password again" autoComplete="new-password" required minLength={12} value={again} onChange={(e) => setAgain(e.currentTarget.value)} />
              {error && <Alert color="red" role="alert">{error}</Alert>}
              <Button type="submit" loading={busy}>Set password</Button>
            </Stack>
          </form>
        )}
      </Card>
    </Container>
  );
}
