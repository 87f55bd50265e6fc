import { Alert, Button, Card, Code, Group, PasswordInput, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../ui/api';
import { label, labelOptions } from '../ui/labels';

interface SignOnSettings {
  displayName: string;
  issuer: string;
  clientId: string;
  hasClientSecret: boolean;
  allowedDomains: string[];
  roleClaim: string | null;
  roleMap: Record<string, string>;
  enabled: boolean;
  updatedAt: string;
}

const roleCodes = () => labelOptions('role').map((r) => r.value);

/** "group = role" lines, one a line; roles may be written as codes or as their labels. */
function parseRoleMap(text: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const [group, role] = line.split('=').map((s) => s.trim());
    if (!group || !role) continue;
    map[group] = labelOptions('role').find((r) => r.label.toLowerCase() === role.toLowerCase())?.value ?? role;
  }
  return map;
}

/** The tenant's OpenID Connect identity provider: staff sign in with the hospital's own accounts. */
export function SignOnAdmin() {
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['sign-on'], queryFn: () => api<{ settings: SignOnSettings | null; redirectUri: string }>('/api/v1/admin/sign-on') });
  const [form, setForm] = useState({ displayName: '', issuer: '', clientId: '', clientSecret: '', domains: '', roleClaim: '', roleMap: '', enabled: true });
  useEffect(() => {
    const s = q.data?.settings;
    if (s) {
      setForm({
        displayName: s.displayName, issuer: s.issuer, clientId: s.clientId, clientSecret: '', domains: s.allowedDomains.join(', '), roleClaim: s.roleClaim ?? '',
        roleMap: Object.entries(s.roleMap).map(([g, r]) => `${g} = ${label('role', r)}`).join('\n'), enabled: s.enabled,
      });
    }
  }, [q.data]);
  const set = (k: keyof typeof form) => (e: { currentTarget: { value: string } }) => setForm((f) => ({ ...f, [k]: e.currentTarget.value }));
  const save = useMutation({
    mutationFn: () =>
      api<SignOnSettings>('/api/v1/admin/sign-on', {
        method: 'PUT',
        json: {
          displayName: form.displayName, issuer: form.issuer, clientId: form.clientId, ...(form.clientSecret ? { clientSecret: form.clientSecret } : {}),
          allowedDomains: form.domains.split(/[\s,]+/).filter(Boolean), roleClaim: form.roleClaim || null, roleMap: parseRoleMap(form.roleMap), enabled: form.enabled,
        },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['sign-on'] }),
  });
  const remove = useMutation({ mutationFn: () => api('/api/v1/admin/sign-on', { method: 'DELETE' }), onSuccess: () => qc.invalidateQueries({ queryKey: ['sign-on'] }) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const unknownRoles = Object.values(parseRoleMap(form.roleMap)).filter((r) => !roleCodes().includes(r));

  if (q.isLoading) return <Text role="status" aria-label="Loading">Loading…</Text>;
  if (q.error) return <Alert color="red">The single sign-on settings could not be loaded. Reload the page to try again.</Alert>;
  const s = q.data!.settings;
  return (
    <Card withBorder>
      <Text fw={600} component="h3" mb="xs">Single sign-on (OpenID Connect)</Text>
      <Text size="sm" mb="sm">
        {s ? (s.enabled ? `Staff can sign in with “${s.displayName}”.` : 'Set up but turned off: staff sign in with passwords.') : 'Not set up: staff sign in with their email and password.'}{' '}
        Only people who already have a Kindly account here can sign in this way, matched by the email their sign-in service has verified.
      </Text>
      <Text size="sm" mb="md">Register Kindly at your identity provider with this redirect address: <Code>{q.data!.redirectUri}</Code></Text>
      <form onSubmit={submit} aria-label="Single sign-on settings">
        <Stack>
          <TextInput label="Button name" description={'Shown as “Sign in with …”'} required value={form.displayName} onChange={set('displayName')} />
          <TextInput label="Issuer URL" description="From your provider, e.g. https://login.hospital.org/realms/staff" required value={form.issuer} onChange={set('issuer')} />
          <TextInput label="Client ID" required value={form.clientId} onChange={set('clientId')} />
          <PasswordInput
            label="Client secret"
            description={s?.hasClientSecret ? 'A secret is stored (it is never shown). Leave empty to keep it.' : 'Stored encrypted; it is never shown again.'}
            required={!s?.hasClientSecret}
            autoComplete="new-password"
            value={form.clientSecret}
            onChange={set('clientSecret')}
          />
          <TextInput label="Allowed email domains" description="Separated by commas, e.g. hospital.org" required value={form.domains} onChange={set('domains')} />
          <TextInput label="Groups claim (optional)" description="Name of the claim listing a person’s groups, e.g. groups. Leave empty to keep roles as set in Kindly." value={form.roleClaim} onChange={set('roleClaim')} />
          {form.roleClaim && (
            <Textarea
              label="Groups to roles"
              description={`One a line: group = role (${labelOptions('role').map((r) => r.label).join(', ')})`}
              autosize
              minRows={2}
              value={form.roleMap}
              onChange={set('roleMap')}
              error={unknownRoles.length ? `Not a role: ${unknownRoles.join(', ')}` : undefined}
            />
          )}
          <Switch label="Offer single sign-on on the sign-in page" checked={form.enabled} onChange={(e) => setForm((f) => ({ ...f, enabled: e.currentTarget.checked }))} />
          {save.error && <Alert color="red" role="alert">{save.error instanceof ApiError ? [save.error.userMessage, ...save.error.issues.map((i) => `${i.path}: ${i.message}`)].join(' ') : 'Could not save.'}</Alert>}
          {save.isSuccess && <Alert color="green" role="status">Saved.</Alert>}
          <Group>
            <Button type="submit" loading={save.isPending}>Save</Button>
            {s && <Button variant="default" color="red" loading={remove.isPending} onClick={() => remove.mutate()}>Remove single sign-on</Button>}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
