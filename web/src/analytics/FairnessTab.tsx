import { Alert, Badge, Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../ui/api';
import { downloadText, label, money, num, pct, toCsv, type Column } from './csv';
import type { FairnessReport as Report, FairnessRow, FairnessScoreRow } from '@contracts/analytics';

type ScoreRow = FairnessScoreRow;
type Row = FairnessRow;

const SCORE_MEASURES: Array<{ key: ScoreRow['gaps'][number]; label: string }> = [
  { key: 'meanPay30', label: 'Likely to pay in 30 days (average)' },
  { key: 'meanPay90', label: 'Likely to pay in 90 days (average)' },
  { key: 'meanHardship', label: 'Likely hardship (average)' },
  { key: 'hardshipFlaggedShare', label: 'Offered help sooner (hardship 50% or more)' },
  { key: 'likelyEligibleShare', label: 'Likely eligible for assistance' },
];

const SCORE_CSV: Column<ScoreRow & { gapList: string }>[] = [
  { key: 'dimension', label: 'Dimension' }, { key: 'key', label: 'Group' }, { key: 'scoredAccounts', label: 'Accounts scored' },
  { key: 'meanPay30', label: 'Pay in 30 days' }, { key: 'meanPay90', label: 'Pay in 90 days' }, { key: 'meanHardship', label: 'Hardship' },
  { key: 'hardshipFlaggedShare', label: 'Hardship 50% or more' }, { key: 'likelyEligibleShare', label: 'Likely eligible' }, { key: 'gapList', label: 'Gaps' },
];

/** Today's scores by group: the same averages for everyone and for each group, gaps marked. */
function ScoresByGroup(props: { scores: NonNullable<Report['scores']> }) {
  const { overall, rows } = props.scores;
  const dims = [...new Set(rows.map((x) => x.dimension))];
  return (
    <Card withBorder padding="md" component="section" aria-label="Scores by group">
      <Group justify="space-between" wrap="wrap" mb="xs">
        <Title order={3} size="h5">Scores by group (accounts that owe something today)</Title>
        <Button size="xs" variant="default" onClick={() => downloadText('fairness-scores.csv', toCsv([overall, ...rows].map((x) => ({ ...x, gapList: x.gaps.join(' ') })), SCORE_CSV))}>Download scores CSV</Button>
      </Group>
      <Text size="sm" c="gray.7" maw={720} mb="sm">
        How likely patients are to pay and to face hardship, on average, for each group. Language, age and ZIP code are never used to work out
        the chance of paying; scores only order work and soften the tone, and never deny help or bring a step sooner. A group is marked when its
        average differs from everyone's by 5 points or more (groups of 10 accounts or more): worth a look before relying on the scores for it.
      </Text>
      {overall.scoredAccounts === 0 ? (
        <Text c="gray.7">No account has been scored yet. Scores appear after the nightly scoring run.</Text>
      ) : (
        dims.map((d) => (
          <Table.ScrollContainer key={d} minWidth={560} mb="sm" scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
            <Table striped aria-label={`Scores by ${label(d).toLowerCase()}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{label(d)}</Table.Th><Table.Th>Accounts scored</Table.Th>
                  {SCORE_MEASURES.map((m) => <Table.Th key={m.key}>{m.label}</Table.Th>)}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[overall, ...rows.filter((x) => x.dimension === d)].map((x) => (
                  <Table.Tr key={`${x.dimension}:${x.key}`} fw={x.dimension === 'all' ? 600 : undefined}>
                    <Table.Td>{x.dimension === 'all' ? 'Everyone' : label(x.key)}</Table.Td>
                    <Table.Td>{num(x.scoredAccounts)}</Table.Td>
                    {SCORE_MEASURES.map((m) => (
                      <Table.Td key={m.key}>
                        {pct(x[m.key])}
                        {x.gaps.includes(m.key) && <Badge ml={4} size="xs" color="orange.9" variant="outline">gap</Badge>}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ))
      )}
    </Card>
  );
}

const MEASURES: Array<{ key: keyof Row & string; label: string }> = [
  { key: 'recoveryRate', label: 'Recovery' },
  { key: 'resolvedShare', label: 'Paid off' },
  { key: 'escalatedShare', label: 'Sent a final notice' },
  { key: 'planOfferedShare', label: 'Offered a plan' },
  { key: 'assistanceOfferedShare', label: 'Offered assistance' },
  { key: 'optOutRate', label: 'Opt-out rate' },
];

const CSV: Column<Row & { gapList: string }>[] = [
  { key: 'dimension', label: 'Dimension' }, { key: 'key', label: 'Group' }, { key: 'cohortAccounts', label: 'Accounts' }, { key: 'placedCents', label: 'Billed' },
  { key: 'collectedCents', label: 'Collected' }, { key: 'recoveryRate', label: 'Recovery' }, { key: 'resolvedShare', label: 'Paid off' },
  { key: 'medianDaysToResolution', label: 'Median days' }, { key: 'escalatedShare', label: 'Final notice' }, { key: 'planOfferedShare', label: 'Plan offered' },
  { key: 'assistanceOfferedShare', label: 'Assistance offered' }, { key: 'optOutRate', label: 'Opt-out rate' }, { key: 'gapList', label: 'Gaps' },
];

/** Outcomes and treatment by group, with the gaps to the whole marked (a page and a CSV). */
export function FairnessTab(props: { qs: string }) {
  const q = useQuery({ queryKey: ['analytics-fairness', props.qs], queryFn: () => api<Report>(`/api/v1/analytics/fairness?${props.qs}`) });
  if (q.isLoading) return <Loader />;
  if (q.error) return <Alert color="red" title="The fairness report could not be loaded">{q.error.message} Try again, or pick another period.</Alert>;
  const r = q.data!;
  const dims = [...new Set(r.rows.map((x) => x.dimension))];
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="gray.7" maw={720}>
          The same outcomes, and how often people were sent a final notice or offered a plan or assistance, for each group of patients billed in this period.
          A group is marked when it differs from everyone by 5 points or more (groups of 10 accounts or more).
        </Text>
        <Button size="xs" variant="default" onClick={() => downloadText('fairness.csv', toCsv([r.overall, ...r.rows].map((x) => ({ ...x, gapList: x.gaps.join(' ') })), CSV))}>Download CSV</Button>
      </Group>
      {r.notes.map((n) => <Alert key={n} color="gray" variant="light">{n}</Alert>)}
      {r.overall.cohortAccounts === 0 && <Text c="gray.7">No accounts were billed in this period, so there is nothing to compare yet.</Text>}
      {dims.map((d) => (
        <Card withBorder key={d} padding="md" component="section" aria-label={`By ${label(d).toLowerCase()}`}>
          <Title order={3} size="h5" mb="xs">By {label(d).toLowerCase()}</Title>
          <Table.ScrollContainer minWidth={560} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
            <Table striped aria-label={`Fairness by ${label(d).toLowerCase()}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Group</Table.Th><Table.Th>Accounts</Table.Th><Table.Th>Collected</Table.Th>
                  {MEASURES.map((m) => <Table.Th key={m.key}>{m.label}</Table.Th>)}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[r.overall, ...r.rows.filter((x) => x.dimension === d)].map((x) => (
                  <Table.Tr key={`${x.dimension}:${x.key}`} fw={x.dimension === 'all' ? 600 : undefined}>
                    <Table.Td>{x.dimension === 'all' ? 'Everyone' : label(x.key)}</Table.Td>
                    <Table.Td>{num(x.cohortAccounts)}</Table.Td>
                    <Table.Td>{money(x.collectedCents)}</Table.Td>
                    {MEASURES.map((m) => (
                      <Table.Td key={m.key}>
                        {pct(x[m.key])}
                        {x.gaps.includes(m.key) && <Badge ml={4} size="xs" color="orange.9" variant="outline">gap</Badge>}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      ))}
      {r.scores && <ScoresByGroup scores={r.scores} />}
    </Stack>
  );
}
