import { Alert, Badge, Button, Card, FileInput, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError } from '../ui/api';
import type { IngestionRejection as Rejection, IngestionRejectionList, IngestionRunList, IngestSummary, Resubmitted } from '@contracts/ingestion';

export function IngestionPage() {
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<IngestSummary | null>(null);
  const runs = useQuery({ queryKey: ['runs'], queryFn: () => api<IngestionRunList>('/api/v1/ingestion/runs') });
  const rejections = useQuery({ queryKey: ['rejections'], queryFn: () => api<IngestionRejectionList>('/api/v1/ingestion/rejections') });
  const upload = useMutation({
    mutationFn: async (f: File) => api<IngestSummary>(`/api/v1/ingestion/uploads?filename=${encodeURIComponent(f.name)}`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: await f.arrayBuffer() }),
    onSuccess: (r) => {
      setResult(r);
      void qc.invalidateQueries();
    },
  });
  return (
    <Stack>
      <Title order={2}>Ingestion</Title>
      <Card withBorder>
        <Text fw={600} mb="xs">Upload a file: FHIR bundle or NDJSON, X12 837 claims, X12 835 remittance, or CSV balances</Text>
        <Group align="end">
          <FileInput label="File" placeholder="Choose a file" value={file} onChange={setFile} w={360} />
          <Button disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>Ingest</Button>
        </Group>
        {upload.error && <Alert color="red" mt="sm">{upload.error instanceof ApiError ? upload.error.userMessage : String(upload.error)}</Alert>}
        {result && (
          <Alert color={result.rejected ? 'yellow' : 'teal'} mt="sm" data-testid="ingest-result">
            {result.created} created, {result.updated} updated, {result.unchanged} unchanged, {result.rejected} rejected
            {result.chargesCents ? ` · ${result.claims} claims billed (${(result.chargesCents / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' })})` : ''}
            {result.remittances.claims ? ` · ${result.remittances.claims} remittance claims (${result.remittances.unmatched} unmatched)` : ''}
          </Alert>
        )}
      </Card>
      <Card withBorder>
        <Text fw={600} mb="xs">Quarantine ({rejections.data?.items.length ?? 0} open)</Text>
        <Table aria-label="Quarantine">
          <Table.Thead><Table.Tr><Table.Th>File</Table.Th><Table.Th>Line</Table.Th><Table.Th>Field</Table.Th><Table.Th>What is wrong</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>
            {rejections.data?.items.map((r) => <RejectionRow key={r.id} r={r} />)}
            {rejections.data && rejections.data.items.length === 0 && (
              <Table.Tr><Table.Td colSpan={5}><Text size="sm" c="dimmed">Nothing in quarantine: every record of every file was accepted.</Text></Table.Td></Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Card>
      <Card withBorder>
        <Text fw={600} mb="xs">Recent runs</Text>
        <Table aria-label="Ingestion runs">
          <Table.Thead><Table.Tr><Table.Th>Started</Table.Th><Table.Th>Files</Table.Th><Table.Th>Status</Table.Th><Table.Th>Created / updated / unchanged / rejected</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {runs.data?.items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.startedAt}</Table.Td>
                <Table.Td>{r.files.join(', ')}</Table.Td>
                <Table.Td><Badge variant="light" color={r.status === 'completed' ? 'teal' : 'yellow'}>{r.status.replace(/_/g, ' ')}</Badge></Table.Td>
                <Table.Td>{r.summary ? `${r.summary.created} / ${r.summary.updated} / ${r.summary.unchanged} / ${r.summary.rejected}` : '…'}</Table.Td>
              </Table.Tr>
            ))}
            {runs.data && runs.data.items.length === 0 && (
              <Table.Tr><Table.Td colSpan={4}><Text size="sm" c="dimmed">No files ingested yet. Upload a FHIR bundle, an X12 837 or 835 file, or a CSV of balances above.</Text></Table.Td></Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Card>
    </Stack>
  );
}

function RejectionRow({ r }: { r: Rejection }) {
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [content, setContent] = useState(r.raw ?? '');
  const [msg, setMsg] = useState<string | null>(null);
  const resubmit = useMutation({
    mutationFn: () => api<Resubmitted>(`/api/v1/ingestion/rejections/${r.id}/resubmit`, { method: 'POST', json: { content } }),
    onSuccess: (x) => {
      setMsg(x.resolved ? 'Fixed and ingested.' : `Still not right: ${x.summary.errors[0]?.message ?? ''}`);
      void qc.invalidateQueries();
    },
  });
  const dismiss = useMutation({ mutationFn: () => api(`/api/v1/ingestion/rejections/${r.id}/dismiss`, { method: 'POST' }), onSuccess: () => qc.invalidateQueries() });
  return (
    <>
      <Table.Tr>
        <Table.Td>{r.file}</Table.Td>
        <Table.Td>{r.line ?? (r.entry !== null ? `entry ${r.entry}` : '')}</Table.Td>
        <Table.Td>{r.field}</Table.Td>
        <Table.Td>{r.message}</Table.Td>
        <Table.Td>
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => setOpen(!open)}>Fix</Button>
            <Button size="xs" variant="subtle" color="gray" onClick={() => dismiss.mutate()}>Dismiss</Button>
          </Group>
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr>
          <Table.Td colSpan={5}>
            <Textarea label="Corrected record (a CSV with its header line, a FHIR resource, or an 835)" autosize minRows={3} value={content} onChange={(e) => setContent(e.currentTarget.value)} />
            <Group mt="xs"><Button size="xs" onClick={() => resubmit.mutate()} loading={resubmit.isPending}>Re-submit</Button>{msg && <Text size="sm">{msg}</Text>}</Group>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
