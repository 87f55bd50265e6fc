import { Alert, Anchor, Badge, Button, Card, Checkbox, Grid, Group, List, SegmentedControl, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError, formatCents } from '../ui/api';
import { label } from '../ui/labels';
import type { ApplicationDetail, ApplicationQueue, DecidedApplication } from '@contracts/assistance';

const PRESUMPTIVE = ['medicaid', 'snap', 'wic', 'homeless', 'deceased_no_estate', 'prior_approval'];

/** Financial counselors: the application queue, documents, completeness and decisions with letters. */
export function AssistancePage() {
  const qc = useQueryClient();
  const [status, setStatus] = useState('submitted');
  const phone = useMediaQuery('(max-width: 48em)');
  const [selected, setSelected] = useState<string | null>(null);
  const [verified, setVerified] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const list = useQuery({ queryKey: ['assistance', status], queryFn: () => api<ApplicationQueue>(`/api/v1/assistance/applications?status=${status}`) });
  const detail = useQuery({ queryKey: ['assistance-app', selected], enabled: Boolean(selected), queryFn: () => api<ApplicationDetail>(`/api/v1/assistance/applications/${selected}`) });

  async function decide() {
    setError(null);
    try {
      const r = await api<DecidedApplication>(
        `/api/v1/assistance/applications/${selected}/decide`,
        { method: 'POST', json: { verifiedPresumptive: verified } },
      );
      const refunded = r.refunds.reduce((s, x) => s + x.amountCents, 0);
      setResult(`Decision: ${label('appStatus', r.status)}.${r.adjustment ? ` Balance lowered; ${formatCents(refunded)} refunded automatically.` : ''} The notice was emailed.`);
      await qc.invalidateQueries({ queryKey: ['assistance'] });
      await qc.invalidateQueries({ queryKey: ['assistance-app', selected] });
    } catch (e) {
      setError(e instanceof ApiError ? e.userMessage : String(e));
    }
  }

  const open = (id: string) => {
    setSelected(id);
    setResult(null);
    setVerified([]);
  };
  const d = detail.data;
  return (
    <Stack>
      <Title order={2}>Financial assistance</Title>
      <SegmentedControl
        aria-label="Applications to show"
        orientation={phone ? 'vertical' : 'horizontal'}
        fullWidth={phone}
        value={status}
        onChange={setStatus}
        data={[
          { value: 'submitted', label: 'Waiting for a decision' },
          { value: 'incomplete', label: 'Missing information' },
          { value: 'approved', label: 'Approved' },
          { value: 'denied', label: 'Not approved' },
        ]}
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder>
            <Table highlightOnHover>
              <Table.Thead><Table.Tr><Table.Th>Received</Table.Th><Table.Th>Patient</Table.Th><Table.Th>Missing</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {(list.data?.items ?? []).map((i) => (
                  <Table.Tr key={i.id} onClick={() => open(i.id)} style={{ cursor: 'pointer' }} data-testid="assistance-row" aria-selected={selected === i.id}>
                    <Table.Td>{i.receivedOn}</Table.Td>
                    <Table.Td>
                      {/* A real button, so the queue works from the keyboard too. */}
                      <UnstyledButton onClick={(e) => { e.stopPropagation(); open(i.id); }} td="underline">{i.personName}</UnstyledButton>
                    </Table.Td>
                    <Table.Td>{i.missing.length ? i.missing.map((m) => label('assistanceMissing', m)).join(', ') : 'Nothing'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {list.data?.items.length === 0 && <Text c="dimmed">No applications here.</Text>}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {d && (
            <Card withBorder>
              <Stack>
                <Group>
                  <Text fw={700}>{d.personName}</Text>
                  <Badge>{label('appStatus', d.status)}</Badge>
                  {d.holdActive && <Badge color="red">escalation on hold</Badge>}
                </Group>
                <Text size="sm">Household {d.household.size ?? '?'}; income {d.household.annualIncomeCents != null ? `${formatCents(d.household.annualIncomeCents)}/yr` : d.noIncomeAttestation ? 'none (attested)' : '?'}; signed: {d.signed ? 'yes' : 'no'}</Text>
                {d.missing.length > 0 && <Alert color="yellow" title="Missing (the written request lists these)"><List size="sm">{d.missing.map((m) => <List.Item key={m.item}>{m.message}</List.Item>)}</List></Alert>}
                <Text fw={600}>Documents</Text>
                <List size="sm">
                  {d.documents.map((doc) => (
                    <List.Item key={doc.id}><Anchor href={`/api/v1/assistance/applications/${d.id}/documents/${doc.id}`}>{label('assistanceDocument', doc.kind)}: {doc.fileName}</Anchor> ({Math.ceil(doc.sizeBytes / 1024)} KB, fingerprint {doc.sha256.slice(0, 12)}…)</List.Item>
                  ))}
                </List>
                {(d.status === 'submitted' || d.status === 'incomplete') && (
                  <>
                    <Checkbox.Group label="Presumptive circumstances you verified today" value={verified} onChange={setVerified}>
                      <Group mt="xs">{PRESUMPTIVE.map((p) => <Checkbox key={p} value={p} label={label('presumptive', p)} />)}</Group>
                    </Checkbox.Group>
                    <Button onClick={() => void decide()}>Decide under the policy</Button>
                  </>
                )}
                {d.decision && <Text size="sm">Latest decision: {label('assistanceDecision', d.decision.decision)} on {d.decision.decidedOn} ({d.decision.discountPct}% discount). {d.decision.reasons.map((r) => label('assistanceReason', r)).join('; ')}</Text>}
                <Group>
                  <Anchor href={`/api/v1/assistance/applications/${d.id}/letter?language=en`} target="_blank">Letter (English)</Anchor>
                  <Anchor href={`/api/v1/assistance/applications/${d.id}/letter?language=es`} target="_blank">Carta (español)</Anchor>
                </Group>
                {result && <Alert color="teal">{result}</Alert>}
                {error && <Alert color="red" role="alert">{error}</Alert>}
              </Stack>
            </Card>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
