import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../ui/api';
import type { AccountSummary } from '../workspace/WorkspacePage';

export function AnalyticsPage() {
  const q = useQuery({ queryKey: ['accounts', 'analytics'], queryFn: () => api<{ items: AccountSummary[] }>('/api/v1/accounts?limit=200') });
  const byStatus = new Map<string, number>();
  for (const a of q.data?.items ?? []) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
  return (
    <>
      <Title order={2} mb="md">Analytics</Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {[...byStatus].map(([status, n]) => (
          <Card withBorder key={status}>
            <Text c="dimmed" size="sm">{status.replace(/_/g, ' ')}</Text>
            <Text size="xl" fw={700}>{n}</Text>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
