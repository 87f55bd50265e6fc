import { Alert, Badge, Group, Loader, Table, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, formatCents, may, type Me } from '../ui/api';
import { label } from '../ui/labels';
import type { AccountPage } from '@contracts/accounts';

// Filled badges in the darkest shade: white text on them passes WCAG AA (the light variants did not).
const STATUS_COLOR: Record<string, string> = { insurance_pending: 'blue.9', patient_due: 'dark.7', paid: 'green.9', plan: 'teal.9' };

export function WorkspacePage() {
  const [search, setSearch] = useState('');
  const me = useQuery({ queryKey: ['me'], queryFn: () => api<Me>('/api/v1/me') });
  const canOpen = may(me.data, 'accounts.open');
  const q = useQuery({
    queryKey: ['accounts', search],
    queryFn: () => api<AccountPage>(`/api/v1/accounts?limit=100${search ? `&search=${encodeURIComponent(search)}` : ''}`),
  });
  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={1} size="h2">Accounts</Title>
        <TextInput placeholder="Search name or account" aria-label="Search accounts" value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
      </Group>
      {q.isLoading && <Loader />}
      {q.error && <Alert color="red">{(q.error as Error).message}</Alert>}
      {q.data && (
        <Table striped highlightOnHover aria-label="Accounts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Account</Table.Th>
              <Table.Th>Patient</Table.Th>
              <Table.Th>Service date</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Aging</Table.Th>
              <Table.Th ta="right">Insurance pending</Table.Th>
              <Table.Th ta="right">Patient due</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.data.items.map((a) => (
              <Table.Tr key={a.id} data-testid="account-row">
                <Table.Td>{canOpen ? <Link to={`/workspace/accounts/${a.id}`}>{a.externalRef}</Link> : a.externalRef}</Table.Td>
                <Table.Td>{a.personName}</Table.Td>
                <Table.Td>{a.serviceDate}</Table.Td>
                <Table.Td><Badge color={STATUS_COLOR[a.status] ?? 'gray.8'} variant="filled">{label('accountStatus', a.status)}</Badge></Table.Td>
                <Table.Td>{label('aging', a.aging)}</Table.Td>
                <Table.Td ta="right">{formatCents(a.insurancePendingCents)}</Table.Td>
                <Table.Td ta="right">{formatCents(a.patientDueCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
