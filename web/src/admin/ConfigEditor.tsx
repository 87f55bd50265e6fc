import { Alert, Badge, Button, Card, Group, List, Loader, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Timeline } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Scroll } from './Scroll';
import { api, ApiError } from '../ui/api';
import { label, labelOptions } from '../ui/labels';
import { when } from './auditWords';
import type { ConfigDocument, ConfigIssue, ConfigPreview } from '@contracts/configuration';
import type { CommunicationLog, PassCounts } from '@contracts/outreach';

/** The editors read the body as the template catalog or journey it is; the server checks it on publish. */
type Doc = Omit<ConfigDocument, 'body'> & { body: any };
type Issue = ConfigIssue;
type Preview = ConfigPreview;

const CHANNELS = ['sms', 'email', 'letter', 'call'] as const;

function Problems({ issues }: { issues: Issue[] }) {
  if (!issues.length) return null;
  return (
    <Alert color="red" role="alert">
      <Text size="sm" fw={700}>{issues.length === 1 ? 'One problem stops publishing' : `${issues.length} problems stop publishing`}</Text>
      <List size="sm">
        {issues.map((i, n) => <List.Item key={n}><Text span size="sm" ff="monospace">{i.path || i.file}</Text>: {i.message}</List.Item>)}
      </List>
    </Alert>
  );
}

function useDocuments() {
  return useQuery({ queryKey: ['config-docs'], queryFn: () => api<{ items: Doc[] }>('/api/v1/config/documents') });
}

function usePublish(onDone: (version: number) => void) {
  const qc = useQueryClient();
  const [issues, setIssues] = useState<Issue[]>([]);
  const m = useMutation({
    mutationFn: (v: { kind: Doc['kind']; name: string; body: unknown; note: string; baseVersion: number }) => api<{ version: number }>('/api/v1/config/publish', { method: 'POST', json: v }),
    onMutate: () => setIssues([]),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: ['config-docs'] });
      void qc.invalidateQueries({ queryKey: ['config-versions'] });
      onDone(r.version);
    },
    onError: (e) => setIssues(e instanceof ApiError && e.issues.length ? e.issues : [{ path: '', message: e instanceof ApiError ? e.userMessage : 'Publishing failed. Please try again.' }]),
  });
  return { publish: m, issues };
}

function Versions({ kind, name }: { kind: Doc['kind']; name: string }) {
  const q = useQuery({ queryKey: ['config-versions', kind, name], queryFn: () => api<{ items: Doc[] }>(`/api/v1/config/documents/${kind}/${encodeURIComponent(name)}/versions`) });
  return (
    <Card withBorder>
      <Text fw={600} component="h3" mb="xs">Versions</Text>
      {q.data && q.data.items.length === 0 && <Text size="sm">Only the shipped version so far (version 0).</Text>}
      {q.data && q.data.items.length > 0 && (
        <List size="sm">
          {q.data.items.map((v) => <List.Item key={v.version}>Version {v.version}, published {v.publishedAt ? when(v.publishedAt) : ''}{v.note ? `: ${v.note}` : ''}</List.Item>)}
          <List.Item>Version 0: as shipped</List.Item>
        </List>
      )}
    </Card>
  );
}

/** Recent messages with the template version each was written from. */
function SentWithVersions({ language, canRun }: { language: string; canRun: boolean }) {
  const q = useQuery({
    queryKey: ['sent-versions'],
    queryFn: () => api<CommunicationLog>('/api/v1/outreach/communications?limit=200'),
  });
  const rows = (q.data?.items ?? []).filter((c) => c.direction === 'outbound' && c.language === language && c.template).slice(0, 10);
  // Outreach runs on its own schedule; an administrator can run it now to see a change take effect.
  const run = useMutation({ mutationFn: () => api<PassCounts>('/api/v1/outreach/pass', { method: 'POST' }), onSuccess: () => q.refetch() });
  const written = run.data ? Object.values(run.data.sent).reduce((a, b) => a + b, 0) : 0;
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Text fw={600} component="h3">Recent messages and their template version</Text>
        <Group gap="xs">
          {canRun && <Button size="xs" variant="light" onClick={() => run.mutate()} loading={run.isPending}>Run outreach now</Button>}
          <Button size="xs" variant="default" onClick={() => q.refetch()}>Refresh</Button>
        </Group>
      </Group>
      {run.data && <Alert color="green" role="status" mb="xs">Outreach ran: {run.data.evaluated} accounts looked at, {written} messages written.</Alert>}
      {run.error && <Alert color="red" role="alert" mb="xs">Outreach could not run: {run.error instanceof ApiError ? run.error.userMessage : 'please try again'}.</Alert>}
      {q.error && <Alert color="gray">Messages are shown to roles that may read the communications log.</Alert>}
      {q.data && rows.length === 0 && <Text size="sm">No messages in {label('language', language)} yet.</Text>}
      {rows.length > 0 && (
        <Scroll label="Recent messages and their template version (scrolls sideways)" minWidth={480}>
          <Table aria-label="Recent messages and their template version">
            <Table.Thead><Table.Tr><Table.Th>When</Table.Th><Table.Th>Channel</Table.Th><Table.Th>Template</Table.Th><Table.Th>Version</Table.Th><Table.Th>Status</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{when(c.at)}</Table.Td>
                  <Table.Td>{label('channel', c.channel)}</Table.Td>
                  <Table.Td>{label('template', c.template)}</Table.Td>
                  <Table.Td>{c.templateVersion ? `Version ${c.templateVersion}` : 'Shipped (0)'}</Table.Td>
                  <Table.Td>{label('commStatus', c.status)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Scroll>
      )}
    </Card>
  );
}

/** Edit a template's text per language, channel and tone, preview it with the content check, publish a new version. */
export function TemplateEditor({ canPublish, canRunOutreach = false }: { canPublish: boolean; canRunOutreach?: boolean }) {
  const docs = useDocuments();
  const [language, setLanguage] = useState('en');
  const doc = docs.data?.items.find((d) => d.kind === 'templates' && d.name === language);
  const [draft, setDraft] = useState<any>(null);
  const [template, setTemplate] = useState<string | null>(null);
  const [channel, setChannel] = useState<string>('sms');
  const [tone, setTone] = useState<string>('warm');
  const [note, setNote] = useState('');
  const [published, setPublished] = useState<number | null>(null);
  useEffect(() => {
    if (doc) {
      setDraft(structuredClone(doc.body));
      setTemplate((t) => (t && doc.body.templates[t] ? t : (Object.keys(doc.body.templates)[0] ?? null)));
    }
    // A new version or another document starts a new draft; a refetch of the same one keeps the edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc?.version, doc?.name]);
  const names = useMemo(() => Object.keys(draft?.templates ?? {}), [draft]);
  const text = template ? draft?.templates?.[template]?.[channel] : undefined;
  const preview = useMutation({ mutationFn: () => api<Preview>('/api/v1/config/preview', { method: 'POST', json: { name: language, body: draft, template, channel, tone } }) });
  const { publish, issues } = usePublish((v) => {
    setPublished(v);
    setNote('');
  });
  const edit = (field: 'subject' | 'body' | 'voicemail', value: string) => {
    setPublished(null);
    setDraft((d: any) => {
      const n = structuredClone(d);
      n.templates[template!][channel][field] = value;
      return n;
    });
  };
  const changed = doc && draft && JSON.stringify(doc.body) !== JSON.stringify(draft);

  if (docs.isLoading) return <Loader role="status" aria-label="Loading templates" />;
  if (docs.error) return <Alert color="red">Templates could not be loaded. Please reload.</Alert>;
  return (
    <Stack>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Select label="Language" value={language} onChange={(v) => { if (v) { setLanguage(v); setPublished(null); } }} data={labelOptions('language', ['en', 'es'])} allowDeselect={false} />
          <Select label="Template" value={template} onChange={setTemplate} data={names.map((n) => ({ value: n, label: label('template', n) }))} searchable allowDeselect={false} />
          <Select label="Channel" value={channel} onChange={(v) => v && setChannel(v)} data={labelOptions('channel', CHANNELS)} allowDeselect={false} />
          <Select label="Tone" value={tone} onChange={(v) => v && setTone(v)} data={labelOptions('tone')} allowDeselect={false} />
        </SimpleGrid>
        <Group mt="xs" gap="xs">
          <Badge variant="light" color="dark">In use: {doc?.version ? `version ${doc.version}` : 'as shipped (version 0)'}</Badge>
          {changed && <Badge color="yellow" variant="light">Unpublished changes</Badge>}
        </Group>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Text fw={600} component="h3" mb="xs">Text</Text>
          {!text && <Text size="sm">This template has no {label('channel', channel).toLowerCase()} text. Pick another channel.</Text>}
          {text && (
            <Stack>
              {'subject' in text && <TextInput label="Subject" value={text.subject ?? ''} onChange={(e) => edit('subject', e.currentTarget.value)} />}
              {'body' in text && <Textarea label="Message" autosize minRows={4} value={text.body ?? ''} onChange={(e) => edit('body', e.currentTarget.value)} />}
              {'voicemail' in text && <Textarea label="Voicemail" autosize minRows={2} value={text.voicemail ?? ''} onChange={(e) => edit('voicemail', e.currentTarget.value)} />}
              <Text size="xs" c="dimmed">Placeholders such as {'{{firstName}}'}, {'{{org}}'}, {'{{amount}}'} and {'{{link}}'} are filled in for each patient.</Text>
              <Button variant="light" onClick={() => preview.mutate()} loading={preview.isPending} w="fit-content">Preview</Button>
            </Stack>
          )}
        </Card>
        <Card withBorder aria-live="polite">
          <Text fw={600} component="h3" mb="xs">Preview for a sample patient</Text>
          {!preview.data && <Text size="sm" c="dimmed">Choose Preview to see the message as a patient would, with the compliance content check.</Text>}
          {preview.error && <Alert color="red">The preview failed. Please try again.</Alert>}
          {preview.data?.issues.length ? <Problems issues={preview.data.issues} /> : null}
          {preview.data?.rendered && (
            <Stack gap="xs">
              {preview.data.rendered.content.allowed ? (
                <Alert color="green" role="status">Passes the compliance content check.</Alert>
              ) : (
                <Alert color="red" role="status"><Text size="sm" fw={700}>Would be stopped by the compliance content check</Text>{preview.data.rendered.content.words}</Alert>
              )}
              {preview.data.rendered.subject && <Text size="sm"><b>Subject:</b> {preview.data.rendered.subject}</Text>}
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="preview-body">{preview.data.rendered.body}</Text>
              {preview.data.rendered.voicemail && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}><b>Voicemail:</b> {preview.data.rendered.voicemail}</Text>}
            </Stack>
          )}
        </Card>
      </SimpleGrid>
      {canPublish && (
        <Card withBorder>
          <form aria-label="Publish templates" onSubmit={(e) => { e.preventDefault(); publish.mutate({ kind: 'templates', name: language, body: draft, note, baseVersion: doc?.version ?? 0 }); }}>
            <Group align="end" wrap="wrap">
              <TextInput label="What changed (optional)" value={note} onChange={(e) => setNote(e.currentTarget.value)} style={{ flex: 1, minWidth: 220 }} />
              <Button type="submit" loading={publish.isPending} disabled={!changed}>Publish new version</Button>
            </Group>
          </form>
          <Stack mt="sm">
            <Problems issues={issues} />
            {published !== null && <Alert color="green" role="status">Published version {published}. New messages in {label('language', language)} use it from the next outreach run.</Alert>}
          </Stack>
        </Card>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Versions kind="templates" name={language} />
        <SentWithVersions language={language} canRun={canRunOutreach} />
      </SimpleGrid>
    </Stack>
  );
}

/** A journey drawn as its steps with their timing; its JSON can be edited, checked and published. */
export function JourneyEditor({ canPublish }: { canPublish: boolean }) {
  const docs = useDocuments();
  const journeys = (docs.data?.items ?? []).filter((d) => d.kind === 'journey');
  const [id, setId] = useState<string | null>(null);
  const doc = journeys.find((d) => d.name === id) ?? journeys[0];
  const [text, setText] = useState('');
  const [published, setPublished] = useState<number | null>(null);
  useEffect(() => {
    if (doc) setText(JSON.stringify(doc.body, null, 2));
    // As above: only a new version or another document replaces the text being edited.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc?.name, doc?.version]);
  let parsed: any = null;
  let parseError: string | null = null;
  try {
    parsed = JSON.parse(text || 'null');
  } catch (e) {
    parseError = (e as Error).message;
  }
  const { publish, issues } = usePublish(setPublished);
  const check = useMutation({ mutationFn: () => api<{ issues: Issue[] }>('/api/v1/config/check', { method: 'POST', json: { kind: 'journey', name: doc!.name, body: parsed } }) });

  if (docs.isLoading) return <Loader role="status" aria-label="Loading journeys" />;
  if (docs.error) return <Alert color="red">Journeys could not be loaded. Please reload.</Alert>;
  if (!doc) return <Text>No journeys are configured.</Text>;
  const steps: any[] = Array.isArray(parsed?.steps) ? parsed.steps : [];
  const dayWords = (d: number) => (d === 0 ? 'the due day' : d < 0 ? `${-d} days before` : `${d} days after`);
  return (
    <Stack>
      <Group align="end">
        <Select label="Journey" value={doc.name} onChange={(v) => { setId(v); setPublished(null); }} data={journeys.map((j) => j.name)} allowDeselect={false} />
        <Badge variant="light" color="dark">In use: {doc.version ? `version ${doc.version}` : 'as shipped (version 0)'}</Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Text fw={600} component="h3" mb="xs">Steps and timing</Text>
          {parseError && <Alert color="red">The JSON cannot be read: {parseError}</Alert>}
          {!parseError && steps.length === 0 && <Text size="sm">This journey has no steps.</Text>}
          <Timeline active={steps.length} bulletSize={14} lineWidth={2} aria-label="Journey steps">
            {steps.map((s, i) => (
              <Timeline.Item key={`${s.id}-${i}`} title={`${i + 1}. ${String(s.id ?? '').replace(/-/g, ' ')}`}>
                <Text size="sm">From {dayWords(s.window?.fromDay)} to {dayWords(s.window?.toDay)}{parsed?.anchor ? '' : ''}</Text>
                <Text size="xs" c="dimmed">
                  {(s.channels ?? []).map((c: string) => label('channel', c)).join(', ')} · template {label('template', s.template)}
                  {s.maxAttempts > 1 ? ` · up to ${s.maxAttempts} times, every ${s.repeatEveryDays} days` : ''}
                  {s.window && s.window.fromDay > s.window.toDay ? ' · can never run' : ''}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Card>
        <Card withBorder>
          <Textarea label="Journey definition (JSON)" autosize minRows={12} maxRows={30} value={text} onChange={(e) => { setText(e.currentTarget.value); setPublished(null); }} styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }} />
          <Group mt="sm">
            <Button variant="light" disabled={!!parseError} onClick={() => check.mutate()} loading={check.isPending}>Check</Button>
            {canPublish && <Button disabled={!!parseError} loading={publish.isPending} onClick={() => publish.mutate({ kind: 'journey', name: doc.name, body: parsed, note: '', baseVersion: doc.version })}>Publish new version</Button>}
          </Group>
          <Stack mt="sm">
            {check.data && (check.data.issues.length ? <Problems issues={check.data.issues} /> : <Alert color="green" role="status">No problems found.</Alert>)}
            <Problems issues={issues} />
            {published !== null && <Alert color="green" role="status">Published version {published}.</Alert>}
          </Stack>
        </Card>
      </SimpleGrid>
      <Versions kind="journey" name={doc.name} />
    </Stack>
  );
}
