import { Alert, Card, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, type Me } from '../ui/api';

export function AdminPage({ me }: { me: Me }) {
  const canAudit = me.roles.includes('admin') || me.roles.includes('compliance_officer');
  const q = useQuery({ queryKey: ['audit'], enabled: canAudit, queryFn: () => api<{ items: Array<Record<string, any>> }>('/api/v1/audit?limit=50') });
  return (
    <>
      <Title order={2} mb="md">Admin</Title>
      {!canAudit && <Alert>Audit log is visible to administrators and compliance officers.</Alert>}
      {q.data && (
        <Card withBorder>
          <Text fw={600} mb="xs">Audit log (latest 50)</Text>
          <Table aria-label="Audit log">
            <Table.Thead>
              <Table.Tr><Table.Th>When</Table.Th><Table.Th>Actor</Table.Th><Table.Th>Action</Table.Th><Table.Th>Purpose</Table.Th><Table.Th>Record</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.items.map((a) => (
                <Table.Tr key={a.id}><Table.Td>{a.at}</Table.Td><Table.Td>{a.actorKind}:{String(a.actorId).slice(0, 8)}</Table.Td><Table.Td>{a.action}</Table.Td><Table.Td>{a.purpose}</Table.Td><Table.Td>{a.recordType} {String(a.recordId ?? '').slice(0, 24)}</Table.Td></Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </>
  );
}
