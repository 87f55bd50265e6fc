import { Alert, Button, Card, Checkbox, Group, Loader, Select, Stack, Table, Text, TextInput, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { api, ApiError } from '../ui/api';
import { PolicyPreview } from './PolicyPreview';
import { Scroll } from './Scroll';
import type { ConfigIssue as Issue, PolicyDocument as PolicyDoc, PolicyDocumentList } from '@contracts/configuration';
import type { Disposition } from '@contracts/workspace';

type PolicyKind = PolicyDoc['kind'];

const usePolicies = () => useQuery({ queryKey: ['policies'], queryFn: () => api<PolicyDocumentList>('/api/v1/config/policies') });
const versionWords = (d: PolicyDoc) => (d.version === 0 ? 'Not yet published here: the organization’s settings or Kindly’s defaults are in use.' : `Version ${d.version} is in use${d.publishedAt ? `, published ${new Date(d.publishedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}` : ''}.`);

function Problems({ issues }: { issues: Issue[] }) {
  return (
    <Alert color="red" role="alert" title={issues.length === 1 ? 'One problem to fix' : `${issues.length} problems to fix`}>
      <ul style={{ margin: 0, paddingLeft: 18 }}>{issues.map((i, k) => <li key={k}><code>{i.path}</code>: {i.message}</li>)}</ul>
    </Alert>
  );
}

/** Check, then publish a new version (the old ones stay); problems are listed all at once. */
function PublishBar({ kind, version, body, canPublish, children }: { kind: PolicyKind; version: number; body: () => unknown; canPublish: boolean; children?: ReactNode }) {
  const qc = useQueryClient();
  const [issues, setIssues] = useState<Issue[] | null>(null);
  const check = useMutation({ mutationFn: (b: unknown) => api<{ issues: Issue[] }>('/api/v1/config/check', { method: 'POST', json: { kind, name: 'default', body: b } }), onSuccess: (r) => setIssues(r.issues) });
  const publish = useMutation({
    mutationFn: (b: unknown) => api<{ version: number }>('/api/v1/config/publish', { method: 'POST', json: { kind, name: 'default', body: b, baseVersion: version } }),
    onSuccess: () => { setIssues(null); void qc.invalidateQueries({ queryKey: ['policies'] }); },
    onError: (e) => { if (e instanceof ApiError && e.issues.length) setIssues(e.issues); },
  });
  const withBody = (run: (b: unknown) => void) => () => {
    let b: unknown;
    try {
      b = body();
    } catch {
      setIssues([{ path: '(document)', message: 'is not valid JSON' }]);
      return;
    }
    run(b);
  };
  return (
    <Stack gap="xs">
      {children}
      <Group>
        <Button variant="default" onClick={withBody((b) => check.mutate(b))} loading={check.isPending}>Check</Button>
        {canPublish && <Button onClick={withBody((b) => publish.mutate(b))} loading={publish.isPending}>Publish new version</Button>}
      </Group>
      {issues && issues.length === 0 && <Alert color="teal" role="status">No problems found.</Alert>}
      {issues && issues.length > 0 && <Problems issues={issues} />}
      {publish.isSuccess && <Alert color="teal" role="status">Published as version {publish.data.version}. New decisions use it and record its version.</Alert>}
      {publish.error && !(publish.error instanceof ApiError && publish.error.issues.length) && <Alert color="red" role="alert">{publish.error instanceof ApiError ? publish.error.userMessage : 'Could not publish.'}</Alert>}
    </Stack>
  );
}

function JsonPolicy({ doc, title, help, canPublish }: { doc: PolicyDoc; title: string; help: string; canPublish: boolean }) {
  const [text, setText] = useState(JSON.stringify(doc.body, null, 2));
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3} size="h4">{title}</Title>
        <Text size="sm">{help}</Text>
        <Text size="sm" c="dimmed">{versionWords(doc)}</Text>
        <PublishBar kind={doc.kind} version={doc.version} body={() => JSON.parse(text) as unknown} canPublish={canPublish}>
          <Textarea label={`${title} (JSON)`} autosize minRows={8} maxRows={24} value={text} onChange={(e) => setText(e.currentTarget.value)} readOnly={!canPublish} styles={{ input: { fontFamily: 'monospace', fontSize: 13 } }} />
        </PublishBar>
        {(doc.kind === 'fap_policy' || doc.kind === 'payment_policy') && <PolicyPreview kind={doc.kind} body={() => JSON.parse(text) as unknown} />}
      </Stack>
    </Card>
  );
}

/** Admin → Policies: the financial assistance policy and the payment policy as versioned documents. */
export function PoliciesEditor({ canPublish }: { canPublish: boolean }) {
  const q = usePolicies();
  if (q.isLoading) return <Loader role="status" aria-label="Loading policies" />;
  if (q.error || !q.data) return <Alert color="red">Policies could not be loaded. Reload the page to try again.</Alert>;
  const doc = (k: PolicyKind) => q.data.items.find((d) => d.kind === k)!;
  return (
    <Stack>
      <JsonPolicy key={`fap-${doc('fap_policy').version}`} doc={doc('fap_policy')} canPublish={canPublish} title="Financial assistance policy"
        help="Discount tiers by household income as a percent of the federal poverty guideline, and the amounts-generally-billed limit (agbPct), or a preset with overrides. Each assistance decision records the version it used. Preview changes shows what your draft would decide for sample households before you publish." />
      <JsonPolicy key={`pay-${doc('payment_policy').version}`} doc={doc('payment_policy')} canPublish={canPublish} title="Payment policy"
        help="Discounts (prompt pay, early payment), plan terms (longest plan, smallest monthly payment, share of income) and servicing (grace days, re-plan offers). Quotes and plans use the published version, and each plan records it. Preview changes shows the plans your draft would offer for sample balances before you publish." />
    </Stack>
  );
}

const NEEDS: Array<{ value: Disposition['needs']; label: string }> = [
  { value: 'none', label: 'Nothing more' },
  { value: 'promise', label: 'A promise (date and amount)' },
  { value: 'callback', label: 'A callback time' },
];

/** Admin → Call outcomes: the dispositions agents pick after a call, published as a versioned list. */
export function DispositionsEditor({ canPublish }: { canPublish: boolean }) {
  const q = usePolicies();
  const doc = q.data?.items.find((d) => d.kind === 'dispositions');
  if (q.isLoading) return <Loader role="status" aria-label="Loading call outcomes" />;
  if (q.error || !doc) return <Alert color="red">Call outcomes could not be loaded. Reload the page to try again.</Alert>;
  return <DispositionList key={doc.version} doc={doc} canPublish={canPublish} />;
}

function DispositionList({ doc, canPublish }: { doc: PolicyDoc; canPublish: boolean }) {
  const [list, setList] = useState<Disposition[]>((doc.body as { dispositions: Disposition[] }).dispositions);
  const set = (i: number, patch: Partial<Disposition>) => setList(list.map((d, k) => (k === i ? { ...d, ...patch } : d)));
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3} size="h4">Call outcomes</Title>
        <Text size="sm">What an agent picks after a call. “Reached” counts as a conversation; “resolves” counts toward first-contact resolution. Each recorded outcome notes the version of this list.</Text>
        <Text size="sm" c="dimmed">{versionWords(doc)}</Text>
        <PublishBar kind="dispositions" version={doc.version} body={() => ({ dispositions: list })} canPublish={canPublish}>
          <Scroll label="Call outcomes" minWidth={720}>
            <Table>
              <Table.Thead><Table.Tr><Table.Th>Code</Table.Th><Table.Th>Label agents see</Table.Th><Table.Th>Reached</Table.Th><Table.Th>Resolves</Table.Th><Table.Th>Also asks for</Table.Th><Table.Th><VisuallyHidden>Actions</VisuallyHidden></Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {list.map((d, i) => (
                  <Table.Tr key={i}>
                    <Table.Td><TextInput aria-label={`Code of row ${i + 1}`} value={d.code} onChange={(e) => set(i, { code: e.currentTarget.value })} readOnly={!canPublish} /></Table.Td>
                    <Table.Td><TextInput aria-label={`Label of row ${i + 1}`} value={d.label} onChange={(e) => set(i, { label: e.currentTarget.value })} readOnly={!canPublish} /></Table.Td>
                    <Table.Td><Checkbox aria-label={`Row ${i + 1} reached the patient`} checked={d.reached} onChange={(e) => set(i, { reached: e.currentTarget.checked })} disabled={!canPublish} /></Table.Td>
                    <Table.Td><Checkbox aria-label={`Row ${i + 1} resolves`} checked={d.resolves} onChange={(e) => set(i, { resolves: e.currentTarget.checked })} disabled={!canPublish} /></Table.Td>
                    <Table.Td><Select aria-label={`Row ${i + 1} also asks for`} data={NEEDS} value={d.needs} onChange={(v) => set(i, { needs: (v ?? 'none') as Disposition['needs'] })} disabled={!canPublish} allowDeselect={false} /></Table.Td>
                    <Table.Td>{canPublish && <Button size="xs" variant="subtle" color="red" onClick={() => setList(list.filter((_, k) => k !== i))}>Remove</Button>}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Scroll>
          {canPublish && <Group><Button variant="default" size="xs" onClick={() => setList([...list, { code: '', label: '', reached: false, resolves: false, needs: 'none' }])}>Add an outcome</Button></Group>}
        </PublishBar>
      </Stack>
    </Card>
  );
}
