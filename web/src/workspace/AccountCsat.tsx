import { Alert, Badge, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../ui/api';

interface Rating {
  id: string;
  score: number;
  comment: string | null;
  language: string;
  answeredAt: string;
  followUpTaskId: string | null;
}

/** The patient's satisfaction ratings on this account (one per message that asked), newest first. */
export function AccountCsat({ accountId }: { accountId: string }) {
  const q = useQuery<{ responses: Rating[] }>({ queryKey: ['csat', accountId], queryFn: () => api(`/api/v1/accounts/${accountId}/csat`) });
  return (
    <Card withBorder>
      <Text fw={600} mb="xs">How the patient rated us</Text>
      {q.isLoading && <Loader size="sm" />}
      {q.isError && <Alert color="orange">Ratings could not be loaded. Reload the page to try again.</Alert>}
      {q.data && q.data.responses.length === 0 && <Text size="sm" c="gray.7">No ratings yet. Patients are asked after their bill is settled.</Text>}
      <Stack gap="xs">
        {q.data?.responses.map((r) => (
          <Group key={r.id} gap="xs" wrap="nowrap" align="flex-start">
            <Badge color={r.score <= 2 ? 'red' : r.score >= 4 ? 'teal' : 'gray'} variant="light">{r.score} of 5</Badge>
            <Text size="sm">
              {r.answeredAt.slice(0, 10)}
              {r.comment ? ` · “${r.comment}”` : ''}
              {r.followUpTaskId ? ' · follow-up task opened' : ''}
            </Text>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
