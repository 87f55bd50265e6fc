import { Alert, Badge, Card, Grid, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { api, formatCents } from '../ui/api';
import { label } from '../ui/labels';
import { AccountCsat } from './AccountCsat';
import { AccountScores } from './AccountScores';
import { ContactChecks, LiveConversation, PersonSentiment } from './LiveConversation';
import { AccountDisputes } from '../disputes/AccountDisputes';

interface Detail {
  account: Record<string, any>;
  person: Record<string, any> | null;
  contactPoints: Array<Record<string, any>>;
  holds: Array<Record<string, any>>;
  entries: Array<Record<string, any>>;
  communications: Array<Record<string, any>>;
}

export function AccountDetail() {
  const { accountId } = useParams();
  const q = useQuery({ queryKey: ['account', accountId], queryFn: () => api<Detail>(`/api/v1/accounts/${accountId}`) });
  if (q.isLoading) return <Loader />;
  if (q.error || !q.data) return <Alert color="red">{(q.error as Error)?.message ?? 'Not found'}</Alert>;
  const { account, person, contactPoints, holds, entries, communications } = q.data;
  return (
    <Stack>
      <Group>
        <Title order={2}>{person ? `${person.givenName} ${person.familyName}` : 'Account'}</Title>
        <Badge variant="light" color="dark">{label('accountStatus', account.status)}</Badge>
        {person && (
          <>
            <a href={`/api/v1/persons/${person.id}/statement?format=html&language=en`} target="_blank" rel="noreferrer">Statement (English)</a>
            <a href={`/api/v1/persons/${person.id}/statement?format=html&language=es`} target="_blank" rel="noreferrer">Estado de cuenta (español)</a>
            <a href={`/api/v1/persons/${person.id}/statement?format=pdf`} target="_blank" rel="noreferrer">PDF letter</a>
            <a href={`/workspace/accounts/${account.id}/payment-options`}>Payment options</a>
          </>
        )}
        {holds.map((h) => (
          <Badge key={h.id} color="red.9" variant="filled">On hold: {label('holdType', h.type)}</Badge>
        ))}
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder>
            <Text fw={600}>Balance</Text>
            <Text size="xl">{formatCents(account.balanceCents)}</Text>
            <Text size="sm" c="dimmed">Insurance pending {formatCents(account.insurancePendingCents)}</Text>
            <Text size="sm" c="dimmed">Patient due {formatCents(account.patientDueCents)}</Text>
            <Text size="sm">{label('aging', account.aging)}</Text>
            <Text size="sm">First statement: {account.firstStatementOn ?? 'not yet'}</Text>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder>
            <Text fw={600}>Person</Text>
            {person && (
              <Text size="sm">
                Born {person.birthDate} · {person.city}, {person.state} · language {label('language', person.language)} · time zone {person.timeZone}
              </Text>
            )}
            {contactPoints.map((c) => (
              <Text size="sm" key={c.id}>{c.system} ({c.use}): {c.value}</Text>
            ))}
          </Card>
        </Grid.Col>
      </Grid>
      <ContactChecks accountId={account.id} />
      <AccountDisputes accountId={account.id} personId={person?.id ?? null} />
      {person && <LiveConversation personId={person.id} accountId={account.id} />}
      {person && <PersonSentiment personId={person.id} />}
      <AccountCsat accountId={account.id} />
      <AccountScores accountId={account.id} />
      <Card withBorder>
        <Text fw={600} mb="xs">Ledger</Text>
        <Table aria-label="Ledger entries">
          <Table.Thead>
            <Table.Tr><Table.Th>Date</Table.Th><Table.Th>Kind</Table.Th><Table.Th>Bucket</Table.Th><Table.Th ta="right">Amount</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.id}><Table.Td>{e.effectiveOn}</Table.Td><Table.Td>{label('entryKind', e.kind)}</Table.Td><Table.Td>{label('bucket', e.bucket)}</Table.Td><Table.Td ta="right">{formatCents(e.amountCents)}</Table.Td></Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <Card withBorder>
        <Text fw={600} mb="xs">Messages</Text>
        {communications.length === 0 && <Text size="sm" c="dimmed">No messages yet.</Text>}
        {communications.map((c) => (
          <Text size="sm" key={c.id}>{new Date(c.at).toLocaleString('en-US')} · {c.direction === 'inbound' ? 'from patient' : 'to patient'} · {label('channel', c.channel)} · {label('commStatus', c.status)} {c.subject ? `· ${c.subject}` : ''}</Text>
        ))}
      </Card>
    </Stack>
  );
}
