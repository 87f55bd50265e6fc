import { Alert, Button, Card, Group, NumberInput, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError, may, type Me } from '../ui/api';
import { AuditLog } from './AuditLog';
import { JourneyEditor, TemplateEditor } from './ConfigEditor';
import { IntegrationsAdmin } from './IntegrationsAdmin';
import { DispositionsEditor, PoliciesEditor } from './PoliciesEditor';
import { SignOnAdmin } from './SignOnAdmin';
import { UsersAdmin } from './UsersAdmin';

function Retention({ canChange }: { canChange: boolean }) {
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['audit-retention'], queryFn: () => api<{ years: number; minimumYears: number }>('/api/v1/admin/audit-retention') });
  const [years, setYears] = useState<number | string>('');
  const save = useMutation({ mutationFn: () => api('/api/v1/admin/audit-retention', { method: 'PUT', json: { years: Number(years) } }), onSuccess: () => qc.invalidateQueries({ queryKey: ['audit-retention'] }) });
  return (
    <Card withBorder>
      <Text fw={600} component="h3" mb="xs">How long the audit log is kept</Text>
      {q.data && <Text size="sm" mb="sm">Entries are kept {q.data.years} years. HIPAA asks for at least {q.data.minimumYears} years of documentation, so shorter is not allowed.</Text>}
      {q.error && <Alert color="red">The setting could not be loaded.</Alert>}
      {canChange && q.data && (
        <form aria-label="Change audit retention" onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
          <Group align="end">
            <NumberInput label="Years" min={q.data.minimumYears} max={100} value={years === '' ? q.data.years : years} onChange={setYears} />
            <Button type="submit" loading={save.isPending}>Save</Button>
          </Group>
          {save.error && <Alert color="red" mt="sm" role="alert">{save.error instanceof ApiError ? save.error.userMessage : 'Could not save.'}</Alert>}
        </form>
      )}
    </Card>
  );
}

/** Administration: audit log, staff, templates and journeys; each tab only for roles that may use it. */
export function AdminPage({ me, initialTab }: { me: Me; initialTab?: string }) {
  const tabs = [
    may(me, 'audit.read') && { value: 'audit', label: 'Audit log' },
    may(me, 'users.manage') && { value: 'users', label: 'Staff' },
    may(me, 'users.manage') && { value: 'sign-on', label: 'Single sign-on' },
    may(me, 'config.read') && { value: 'templates', label: 'Message templates' },
    may(me, 'config.read') && { value: 'journeys', label: 'Journeys' },
    may(me, 'config.read') && { value: 'policies', label: 'Policies' },
    may(me, 'config.read') && { value: 'dispositions', label: 'Call outcomes' },
    may(me, 'config.manage') && { value: 'integrations', label: 'Integrations' },
  ].filter(Boolean) as Array<{ value: string; label: string }>;
  const [tab, setTab] = useState<string | null>(initialTab && tabs.some((t) => t.value === initialTab) ? initialTab : (tabs[0]?.value ?? null));
  if (!tabs.length) return <Alert>Administration is for administrators and compliance officers.</Alert>;
  return (
    <Stack>
      <Title order={2}>Admin</Title>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List style={{ overflowX: 'auto', flexWrap: 'nowrap' }}>
          {tabs.map((t) => <Tabs.Tab key={t.value} value={t.value}>{t.label}</Tabs.Tab>)}
        </Tabs.List>
        <Tabs.Panel value="audit" pt="md">
          <Stack>
            <AuditLog canManageUsers={may(me, 'users.manage')} />
            <Retention canChange={may(me, 'users.manage')} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="users" pt="md"><UsersAdmin me={me} /></Tabs.Panel>
        <Tabs.Panel value="sign-on" pt="md"><SignOnAdmin /></Tabs.Panel>
        <Tabs.Panel value="templates" pt="md"><TemplateEditor canPublish={may(me, 'config.manage')} canRunOutreach={may(me, 'outreach.manage')} /></Tabs.Panel>
        <Tabs.Panel value="journeys" pt="md"><JourneyEditor canPublish={may(me, 'config.manage')} /></Tabs.Panel>
        <Tabs.Panel value="policies" pt="md"><PoliciesEditor canPublish={may(me, 'config.manage')} /></Tabs.Panel>
        <Tabs.Panel value="dispositions" pt="md"><DispositionsEditor canPublish={may(me, 'config.manage')} /></Tabs.Panel>
        <Tabs.Panel value="integrations" pt="md"><IntegrationsAdmin /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
