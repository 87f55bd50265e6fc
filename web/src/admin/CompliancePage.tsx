import { Alert, Badge, Button, Card, Code, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError } from '../ui/api';
import type { EvaluateResult, RuleCatalogue } from '@contracts/compliance';
import { ContactHours } from './ContactHours';

const SAMPLE = JSON.stringify(
  { id: 'try-1', kind: 'contact', collector: { role: 'debt_collector', entity: 'agency' }, consumer: { state: 'MI', timeZones: ['America/Detroit', 'Pacific/Honolulu'] }, channel: 'call', at: '2026-08-18T17:30:00Z', debtIds: ['D1'] },
  null,
  2,
);

/** The rule catalogue (what each rule is, its citation, who it binds) and a place to ask the engine "why". */
export function CompliancePage() {
  const [filter, setFilter] = useState('');
  const [question, setQuestion] = useState(SAMPLE);
  const [decision, setDecision] = useState<EvaluateResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rules = useQuery({ queryKey: ['rules'], queryFn: () => api<RuleCatalogue>('/api/v1/compliance/rules') });

  async function ask() {
    setError(null);
    try {
      setDecision(await api<EvaluateResult>('/api/v1/compliance/evaluate', { method: 'POST', json: JSON.parse(question) }));
    } catch (e) {
      setError(e instanceof ApiError ? e.userMessage : String(e));
    }
  }

  const shown = (rules.data?.rules ?? []).filter((r) => !filter || JSON.stringify(r).toLowerCase().includes(filter.toLowerCase()));
  return (
    <Stack>
      <Title order={2}>Compliance</Title>
      {rules.data && <ContactHours history={rules.data.history} />}
      <Card withBorder>
        <Text fw={600}>Ask the engine</Text>
        <Text size="sm" c="dimmed" mb="xs">A question in the contract format; the decision lists every blocking reason and the earliest time it would be allowed.</Text>
        <Textarea aria-label="Question" autosize minRows={6} value={question} onChange={(e) => setQuestion(e.currentTarget.value)} styles={{ input: { fontFamily: 'monospace' } }} />
        <Button mt="xs" onClick={ask} w={160}>Evaluate</Button>
        {error && <Alert color="red" mt="xs">{error}</Alert>}
        {decision && <Code block mt="xs" data-testid="decision">{JSON.stringify(decision, null, 2)}</Code>}
      </Card>
      <Card withBorder>
        <Text fw={600}>Rule catalogue <Badge variant="light">{rules.data?.version}</Badge></Text>
        <TextInput my="xs" placeholder="Filter rules" aria-label="Filter rules" value={filter} onChange={(e) => setFilter(e.currentTarget.value)} />
        <Table aria-label="Rules" striped>
          <Table.Thead><Table.Tr><Table.Th>Rule</Table.Th><Table.Th>Reason code</Table.Th><Table.Th>Binds</Table.Th><Table.Th>Citation</Table.Th><Table.Th>What it does</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Table.Tr key={`${r.kind}:${r.id}`}><Table.Td>{r.id}</Table.Td><Table.Td><Code>{r.reason}</Code></Table.Td><Table.Td>{r.binds}</Table.Td><Table.Td>{r.citation}</Table.Td><Table.Td>{r.description}</Table.Td></Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    </Stack>
  );
}
