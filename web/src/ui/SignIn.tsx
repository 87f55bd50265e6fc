import { Alert, Button, Card, Code, Container, Divider, List, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, type Me } from './api';

/** Why single sign-on did not let someone in, in words (the callback sends the reason code back). */
const SSO_ERRORS: Record<string, string> = {
  not_configured: 'Single sign-on is not set up for this organization. Sign in with your email and password, or ask an administrator.',
  expired: 'The sign-in took too long or was started in another window. Please try again.',
  provider_error: 'Your organization’s sign-in service did not complete the sign-in. Please try again; if it keeps happening, tell your administrator.',
  email_not_verified: 'Your organization’s sign-in service has not confirmed your email address, so we cannot match it to a Kindly account. Ask your IT team.',
  domain_not_allowed: 'That account’s email address is not one this organization accepts for Kindly. Sign in with your work account.',
  unknown_user: 'There is no Kindly account for that email address yet. Ask an administrator to add you, then try again.',
  disabled_user: 'Your Kindly account is turned off. Ask an administrator if you need access again.',
};

const DEMO_USERS = ['admin', 'billing', 'coordinator', 'counselor', 'access', 'compliance'];

export function SignIn({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Asked for once the password is right and the account has two-step sign-in on.
  const [code, setCode] = useState('');
  const [needCode, setNeedCode] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The tenant's "Sign in with ..." button: ?tenant=<slug> in the address, or the installation's only tenant.
  const tenant = new URLSearchParams(window.location.search).get('tenant') ?? undefined;
  const [offer, setOffer] = useState<{ tenantSlug: string; displayName: string } | null>(null);
  const ssoError = new URLSearchParams(window.location.search).get('sso_error');
  useEffect(() => {
    api<{ offer: { tenantSlug: string; displayName: string } | null }>(`/api/v1/auth/oidc${tenant ? `?tenant=${encodeURIComponent(tenant)}` : ''}`)
      .then((r) => setOffer(r.offer))
      .catch(() => setOffer(null));
  }, [tenant]);

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
        {ssoError && <Alert color="red" role="alert" mb="md">{SSO_ERRORS[ssoError] ?? SSO_ERRORS.provider_error}</Alert>}
        {offer && (
          <>
            <Button component="a" href={`/api/v1/auth/oidc/start?tenant=${encodeURIComponent(offer.tenantSlug)}`} variant="filled" fullWidth>
              Sign in with {offer.displayName}
            </Button>
            <Divider label="or with your email and password" labelPosition="center" my="md" />
          </>
        )}
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
