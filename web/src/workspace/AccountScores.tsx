import { Alert, Badge, Card, Group, List, Loader, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../ui/api';
import { label } from '../ui/labels';
import type { AccountScores as AccountScoresView } from '@contracts/scoring';

type Screening = NonNullable<AccountScoresView['screening']>;

const pct = (v: number) => `${Math.round(v * 100)}%`;
const screeningColor: Record<Screening['status'], string> = { likely_eligible: 'teal', possibly_eligible: 'yellow', not_indicated: 'gray', assisted: 'blue' };

/**
 * The account's scores (likely to pay within 30 and 90 days, likely financial hardship) with the
 * reasons behind each in plain words, and its financial-assistance screening. Scores only order
 * work and shape the tone of messages; they never decide a plan or assistance.
 */
export function AccountScores({ accountId }: { accountId: string }) {
  const q = useQuery<AccountScoresView>({ queryKey: ['account-scores', accountId], queryFn: () => api(`/api/v1/accounts/${accountId}/scores`) });
  const data = q.data;
  return (
    <Card withBorder component="section" aria-labelledby={`scores-${accountId}`}>
      <Text fw={600} mb="xs" id={`scores-${accountId}`}>Scores and assistance screening</Text>
      {q.isLoading && <Loader role="status" size="sm" aria-label="Loading scores" />}
      {q.isError && <Alert color="orange">Scores could not be loaded. Reload the page to try again.</Alert>}
      {data && (
        <Stack gap="sm">
          {data.screening ? (
            <Stack gap={4}>
              <Group gap="xs">
                <Badge color={screeningColor[data.screening.status]} variant="light">{label('screeningStatus', data.screening.status)}</Badge>
                {data.screening.basis && <Text size="sm" c="gray.7">{label('screeningBasis', data.screening.basis)}</Text>}
              </Group>
              <List size="sm" spacing={2}>
                {data.screening.reasons.map((r) => (
                  <List.Item key={r.code}>{r.text}</List.Item>
                ))}
                {data.screening.taskCreated && <List.Item>A financial counselor has a task to reach out first.</List.Item>}
              </List>
              <Text size="xs" c="gray.7">Screened {data.screening.screenedAt.slice(0, 10)}</Text>
            </Stack>
          ) : (
            <Text size="sm" c="gray.7">Not screened for financial assistance yet.</Text>
          )}
          {data.scores.length === 0 ? (
            <Text size="sm" c="gray.7">Not scored yet. Scores are computed nightly for accounts with a balance.</Text>
          ) : (
            data.scores.map((s) => (
              <Stack key={s.target} gap={4}>
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm" fw={500}>{s.label}</Text>
                  <Text size="sm" fw={600}>{pct(s.score)}</Text>
                </Group>
                <Progress value={s.score * 100} color={s.target === 'hardship' ? 'orange' : 'teal'} aria-label={`${s.label}: ${pct(s.score)}`} />
                {s.reasons.length > 0 ? (
                  <List size="sm" spacing={2}>
                    {s.reasons.map((r) => (
                      <List.Item key={r.feature}>
                        {r.direction === 'up' ? 'Raises: ' : 'Lowers: '}
                        {r.text}
                      </List.Item>
                    ))}
                  </List>
                ) : (
                  <Text size="xs" c="gray.7">Nothing stands out from a typical account.</Text>
                )}
              </Stack>
            ))
          )}
          {data.scoredAt && <Text size="xs" c="gray.7">Scored {data.scoredAt.slice(0, 10)}. Scores help decide who to call first and how; they never decide a plan or assistance.</Text>}
        </Stack>
      )}
    </Card>
  );
}
