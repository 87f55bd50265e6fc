import { Alert, Badge, Button, Card, Code, Group, Loader, NumberInput, PasswordInput, SegmentedControl, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useMutationState, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { api, ApiError } from '../ui/api';
import { Scroll } from './Scroll';
import { Webhooks } from './Webhooks';
import type { Integration, IntegrationsPage, IntegrationTest } from '@contracts/integrations';

type Kind = 'smtp' | 'sms' | 'gateway' | 'drop_folder';

const SECRET_LABELS: Record<string, string> = { password: 'Password', authToken: 'Auth token', secretKey: 'Secret key', webhookSecret: 'Webhook signing secret' };
const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '');

function errorText(err: unknown): ReactNode {
  if (!(err instanceof ApiError)) return 'Could not save. Try again.';
  return (
    <>
      {err.userMessage}
      {err.issues.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
          {err.issues.map((i) => <li key={i.path}>{i.message}</li>)}
        </ul>
      )}
    </>
  );
}

/** One secret: never shown, only whether it is set and when it last changed; typing a value replaces it. */
function SecretField({ name, state, value, onChange }: { name: string; state?: { set: boolean; changedAt: string | null }; value: string; onChange: (v: string) => void }) {
  const label = SECRET_LABELS[name] ?? name;
  return (
    <PasswordInput
      label={label}
      description={state?.set ? `Set · last changed ${when(state.changedAt)}. Leave empty to keep it.` : 'Not set.'}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      autoComplete="new-password"
    />
  );
}

/** Save and test buttons with the outcome of each, shared by the three connections. */
function IntegrationCard({ title, kind, item, children, settings, secrets, onSaved, testLabel, fallback }: {
  title: string; kind: Kind; item?: Integration; children: ReactNode; settings: () => unknown; secrets: Record<string, string>; onSaved: () => void; testLabel: string; fallback: string;
}) {
  const qc = useQueryClient();
  // The card is remounted when the saved connection comes back with a new update time (its fields
  // start again from what was stored), so "Saved." is read from the mutation cache, which outlives
  // the remount: shown while the newest save's answer is what the card now shows.
  const save = useMutation({
    mutationKey: ['integration-save', kind],
    mutationFn: () => {
      const given = Object.fromEntries(Object.entries(secrets).filter(([, v]) => v !== ''));
      return api<Integration>(`/api/v1/admin/integrations/${kind}`, { method: 'PUT', json: { settings: settings(), secrets: given } });
    },
    onSuccess: () => {
      onSaved();
      void qc.invalidateQueries({ queryKey: ['integrations'] });
    },
  });
  const saves = useMutationState({ filters: { mutationKey: ['integration-save', kind] }, select: (m) => (m.state.data as Integration | undefined)?.updatedAt });
  const saved = save.isSuccess || (item?.updatedAt != null && saves[saves.length - 1] === item.updatedAt);
  const remove = useMutation({ mutationFn: () => api(`/api/v1/admin/integrations/${kind}`, { method: 'DELETE' }), onSuccess: () => qc.invalidateQueries({ queryKey: ['integrations'] }) });
  const test = useMutation({ mutationFn: () => api<IntegrationTest>(`/api/v1/admin/integrations/${kind}/test`, { method: 'POST', json: {} }) });
  return (
    <Card withBorder>
      <form aria-label={title} onSubmit={(e) => { e.preventDefault(); test.reset(); save.mutate(); }}>
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={3} size="h4">{title}</Title>
            {item?.configured ? <Badge color="teal" variant="light">Set up for this organization</Badge> : <Badge color="gray" variant="light">{fallback}</Badge>}
          </Group>
          {children}
          <Group>
            <Button type="submit" loading={save.isPending}>Save</Button>
            <Button variant="default" onClick={() => test.mutate()} loading={test.isPending} disabled={!item?.configured}>{testLabel}</Button>
            {item?.configured && <Button variant="subtle" color="red" onClick={() => remove.mutate()} loading={remove.isPending}>Use the installation’s default</Button>}
          </Group>
          {saved && !save.isPending && !save.error && <Alert color="teal" role="status">Saved.</Alert>}
          {save.error && <Alert color="red" role="alert">{errorText(save.error)}</Alert>}
          {test.data && <Alert color={test.data.ok ? 'teal' : 'red'} role="status">{test.data.message}</Alert>}
          {test.error && <Alert color="red" role="alert">The test could not run. Try again.</Alert>}
        </Stack>
      </form>
    </Card>
  );
}

function SmtpCard({ item, env }: { item?: Integration; env: boolean }) {
  const s = (item?.settings ?? {}) as { host?: string; port?: number; user?: string; from?: string };
  const [host, setHost] = useState(s.host ?? '');
  const [port, setPort] = useState<number | string>(s.port ?? 587);
  const [user, setUser] = useState(s.user ?? '');
  const [from, setFrom] = useState(s.from ?? '');
  const [password, setPassword] = useState('');
  return (
    <IntegrationCard title="Email (SMTP)" kind="smtp" item={item} settings={() => ({ host, port: Number(port), user, from })} secrets={{ password }} onSaved={() => setPassword('')} testLabel="Send test email" fallback={env ? 'Using the installation’s SMTP server' : 'Using the sandbox inbox'}>
      <Text size="sm" c="dimmed">Statements, reminders and receipts to patients go out through this server. The test email goes to your own address.</Text>
      <Group grow align="start">
        <TextInput label="Server" placeholder="smtp.example.org" value={host} onChange={(e) => setHost(e.currentTarget.value)} />
        <NumberInput label="Port" min={1} max={65535} value={port} onChange={setPort} />
      </Group>
      <Group grow align="start">
        <TextInput label="User name" value={user} onChange={(e) => setUser(e.currentTarget.value)} autoComplete="off" />
        <SecretField name="password" state={item?.secrets.find((x) => x.name === 'password')} value={password} onChange={setPassword} />
      </Group>
      <TextInput label="Sender" placeholder="Lakeside Billing <billing@lakeside.example>" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
    </IntegrationCard>
  );
}

function SmsCard({ item, env }: { item?: Integration; env: boolean }) {
  const s = (item?.settings ?? {}) as { provider?: string; accountSid?: string; fromNumber?: string };
  const [provider, setProvider] = useState(s.provider ?? 'sandbox');
  const [accountSid, setSid] = useState(s.accountSid ?? '');
  const [fromNumber, setFrom] = useState(s.fromNumber ?? '');
  const [authToken, setToken] = useState('');
  return (
    <IntegrationCard title="Text messages (SMS)" kind="sms" item={item} settings={() => (provider === 'twilio' ? { provider, accountSid, fromNumber } : { provider })} secrets={provider === 'twilio' ? { authToken } : {}} onSaved={() => setToken('')} testLabel="Test connection" fallback={env ? 'Using the installation’s Twilio account' : 'Using the sandbox'}>
      <SegmentedControl aria-label="SMS provider" value={provider} onChange={setProvider} data={[{ value: 'sandbox', label: 'Sandbox (nothing is sent)' }, { value: 'twilio', label: 'Twilio' }]} />
      {provider === 'twilio' && (
        <>
          <Group grow align="start">
            <TextInput label="Account SID" placeholder="AC…" value={accountSid} onChange={(e) => setSid(e.currentTarget.value)} />
            <TextInput label="From number" placeholder="+16145550100" value={fromNumber} onChange={(e) => setFrom(e.currentTarget.value)} />
          </Group>
          <SecretField name="authToken" state={item?.secrets.find((x) => x.name === 'authToken')} value={authToken} onChange={setToken} />
        </>
      )}
    </IntegrationCard>
  );
}

function GatewayCard({ item, env, card }: { item?: Integration; env: string; card: IntegrationsPage['cardPayments'] }) {
  const s = (item?.settings ?? {}) as { provider?: string; publishableKey?: string };
  const [provider, setProvider] = useState(s.provider ?? 'sandbox');
  const [publishableKey, setPublishable] = useState(s.publishableKey ?? '');
  const [secretKey, setKey] = useState('');
  const [webhookSecret, setHook] = useState('');
  const installation = env === 'stripe' ? 'this server’s Stripe account' : 'the sandbox';
  const now =
    card.account === 'tenant'
      ? 'Patients’ card payments, plan autopay and refunds go through your own Stripe account, with the keys saved here.'
      : `Patients’ card payments, plan autopay and refunds go through ${installation}${env === 'stripe' ? '' : ' (test cards only, no money moves)'}.`;
  return (
    <IntegrationCard
      title="Card payments" kind="gateway" item={item}
      settings={() => (provider === 'stripe' ? { provider, publishableKey: publishableKey.trim() } : { provider })}
      secrets={provider === 'stripe' ? { secretKey, webhookSecret } : {}}
      onSaved={() => { setKey(''); setHook(''); }}
      testLabel="Test connection"
      fallback={env === 'stripe' ? 'Using the installation’s Stripe account' : 'Using the sandbox'}
    >
      <Text size="sm" data-testid="card-payments-now">{now}</Text>
      {s.provider === 'stripe' && card.account !== 'tenant' && (
        <Alert color="orange">Your Stripe settings are not complete (the publishable key is missing), so {installation} is used. Add the key and save.</Alert>
      )}
      <SegmentedControl fullWidth aria-label="Payment gateway" value={provider} onChange={setProvider} data={[{ value: 'sandbox', label: env === 'stripe' ? 'Server’s Stripe' : 'Sandbox' }, { value: 'stripe', label: 'Our own Stripe' }]} />
      {provider === 'stripe' && (
        <>
          <Text size="sm" c="dimmed">
            In your Stripe dashboard, add a webhook endpoint with this URL for the events payment_intent.succeeded, payment_intent.payment_failed and charge.refunded, then paste its signing secret below.
          </Text>
          {card.webhookUrl && <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{card.webhookUrl}</Code>}
          <TextInput label="Publishable key" description="Starts with pk_test_ or pk_live_. Not secret: the payment page uses it to send the card straight to Stripe." placeholder="pk_live_…" value={publishableKey} onChange={(e) => setPublishable(e.currentTarget.value)} autoComplete="off" />
          <Group grow align="start">
            <SecretField name="secretKey" state={item?.secrets.find((x) => x.name === 'secretKey')} value={secretKey} onChange={setKey} />
            <SecretField name="webhookSecret" state={item?.secrets.find((x) => x.name === 'webhookSecret')} value={webhookSecret} onChange={setHook} />
          </Group>
          <Text size="xs" c="dimmed">Cards saved for autopay belong to the account that took them: after a switch, patients on autopay enter their card again.</Text>
        </>
      )}
    </IntegrationCard>
  );
}

function DropFolder({ page }: { page: IntegrationsPage }) {
  const qc = useQueryClient();
  const toggle = useMutation({ mutationFn: (enabled: boolean) => api('/api/v1/admin/integrations/drop_folder', { method: 'PUT', json: { settings: { enabled } } }), onSuccess: () => qc.invalidateQueries({ queryKey: ['integrations'] }) });
  const d = page.dropFolder;
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={3} size="h4">Drop folder</Title>
        <Text size="sm">Files your systems (or an SFTP server) place in this folder are read every minute like an upload, then moved to <Code>processed/</Code> or <Code>failed/</Code> with a report beside each. Name a file <Code>.part</Code> while it is still being written.</Text>
        <Code block style={{ whiteSpace: "pre-wrap", wordBreak: "break-all" }}>{d.path}</Code>
        <Switch label="Watch this folder" checked={d.enabled} onChange={(e) => toggle.mutate(e.currentTarget.checked)} disabled={toggle.isPending} />
        {toggle.error && <Alert color="red" role="alert">Could not change the setting. Try again.</Alert>}
        {d.recent.length === 0 ? (
          <Text size="sm" c="dimmed">No files picked up yet.</Text>
        ) : (
          <Scroll label="Recent drop-folder files" minWidth={520}>
            <Table>
              <Table.Thead><Table.Tr><Table.Th>File</Table.Th><Table.Th>When</Table.Th><Table.Th>Result</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {d.recent.map((f, i) => (
                  <Table.Tr key={`${f.name}-${i}`}>
                    <Table.Td>{f.name}</Table.Td>
                    <Table.Td>{when(f.at)}</Table.Td>
                    <Table.Td>{f.status === 'processed' ? (f.rejected ? `Read; ${f.rejected} record(s) set aside for review` : 'Read') : `Could not be read${f.error ? `: ${f.error}` : ''}`}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Scroll>
        )}
      </Stack>
    </Card>
  );
}

/** Admin → Integrations: the organization's email, SMS and card connections, uploads, the drop folder and webhooks. */
export function IntegrationsAdmin() {
  const q = useQuery({ queryKey: ['integrations'], queryFn: () => api<IntegrationsPage>('/api/v1/admin/integrations') });
  if (q.isLoading) return <Loader role="status" aria-label="Loading integrations" />;
  if (q.error || !q.data) return <Alert color="red">Integrations could not be loaded. Reload the page to try again.</Alert>;
  const page = q.data;
  const item = (k: Kind) => page.items.find((i) => i.kind === k);
  return (
    <Stack>
      <Text size="sm">Secrets (passwords, tokens, keys) are stored encrypted and never shown again; type a new one to replace it. Every change is in the audit log.</Text>
      <SmtpCard key={`smtp-${item('smtp')?.updatedAt}`} item={item('smtp')} env={page.environment.smtp} />
      <SmsCard key={`sms-${item('sms')?.updatedAt}`} item={item('sms')} env={page.environment.sms} />
      <GatewayCard key={`gw-${item('gateway')?.updatedAt}`} item={item('gateway')} env={page.environment.gateway} card={page.cardPayments} />
      <Card withBorder>
        <Stack gap="sm">
          <Title order={3} size="h4">Uploading files (FHIR, 835, 837, CSV)</Title>
          {page.uploads.endpoints.map((e) => (
            <div key={e.url}>
              <Text size="sm" fw={600}>{e.label}</Text>
              <Code block style={{ whiteSpace: "pre-wrap", wordBreak: "break-all" }}>{`${e.method} ${e.url}`}</Code>
              <Text size="xs" c="dimmed">{e.accepts}</Text>
            </div>
          ))}
          <Text size="sm">{page.uploads.authentication}</Text>
        </Stack>
      </Card>
      <DropFolder page={page} />
      <Webhooks />
    </Stack>
  );
}
