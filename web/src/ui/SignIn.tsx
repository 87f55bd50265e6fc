import { Alert, Button, Card, Code, Container, List, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, ApiError, type Me } from './api';

const DEMO_USERS = ['admin', 'billing', 'coordinator', 'counselor', 'access', 'compliance'];

export function SignIn({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Asked for once the password is right and the account has two-step sign-in on.
  const [code, setCode] = useState('');
  const [needCode, setNeedCode] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api<Me>('/api/v1/auth/login', { method: 'POST', json: { email, password, ...(needCode ? { code } : {}) } }));
    } catch (err) {
      if (err instanceof ApiError && err.issues.some((i) => i.path === 'code')) setNeedCode(true);
      setError(err instanceof ApiError ? err.userMessage : 'Could not sign in.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Container size={420} py={60}>
      <Title order={1} ta="center">Kindly</Title>
      <Text ta="center" c="dimmed" mb="lg">Empathetic healthcare collections</Text>
      <Card withBorder shadow="sm" padding="lg">
        <form onSubmit={submit} aria-label="Sign in">
          <Stack>
            <TextInput label="Email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
            <PasswordInput label="Password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
            {needCode && <TextInput label="Code from your authenticator app" description="Or one of your recovery codes" autoComplete="one-time-code" inputMode="numeric" required autoFocus value={code} onChange={(e) => setCode(e.currentTarget.value)} />}
            {error && <Alert color="red" role="alert">{error}</Alert>}
            <Button type="submit" loading={busy}>Sign in</Button>
          </Stack>
        </form>
      </Card>
      <Card withBorder mt="md" padding="md">
        <Text size="sm" fw={600}>Demo tenant: Riverbend Community Hospital</Text>
        <Text size="sm">Password <Code>kindly-demo</Code> for each role:</Text>
        <List size="sm">
          {DEMO_USERS.map((u) => (
            <List.Item key={u}><Code>{u}@riverbend.example</Code></List.Item>
          ))}
        </List>
      </Card>
    </Container>
  );
}
