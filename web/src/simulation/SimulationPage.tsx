import { Alert, Button, Card, Checkbox, Group, Loader, NumberInput, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, ErrorBar, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from '../analytics/ChartCard';
import { money, num, pct, type Column } from '../analytics/csv';
import type { SimulationJob, SimulationOutput, StrategyList, StrategyResult } from '@contracts/simulations';
import { api, ApiError } from '../ui/api';

type Job = SimulationJob;

interface Row {
  strategy: string; recoveryRate: number | null; recoveryLow: number | null; recoveryHigh: number | null; optOutRate: number | null;
  complaints: number; churnRate: number | null; csatAverage: number | null; messages: number; blocked: number; costCents: number; costPerAccountCents: number;
}

const COLORS = ['#1c7ed6', '#2f9e44', '#e8590c', '#7048e8', '#c2255c'];
const range = (r: [number, number] | undefined, f: (v: unknown) => string) => (r ? `${f(r[0])} to ${f(r[1])}` : '—');

function rowsOf(out: SimulationOutput): Row[] {
  return out.strategies.map((s) => {
    const messages = s.kpis.contacts.email + s.kpis.contacts.sms + s.kpis.contacts.letter + s.kpis.contacts.call;
    return {
      strategy: s.label, recoveryRate: s.kpis.recoveryRate, recoveryLow: s.intervals.recoveryRate?.[0] ?? null, recoveryHigh: s.intervals.recoveryRate?.[1] ?? null,
      optOutRate: s.kpis.optOutRate, complaints: s.kpis.complaints, churnRate: s.kpis.churnRate, csatAverage: s.kpis.csatAverage, messages,
      blocked: s.compliance.blockedAttempts, costCents: s.cost.totalCents, costPerAccountCents: Math.round(s.cost.totalCents / Math.max(1, s.kpis.cohortAccounts)),
    };
  });
}

const COLUMNS: Column<Row>[] = [
  { key: 'strategy', label: 'Strategy' },
  { key: 'recoveryRate', label: 'Share collected', format: (v) => pct(v) },
  { key: 'recoveryLow', label: 'Share collected, low (95%)', format: (v) => pct(v) },
  { key: 'recoveryHigh', label: 'Share collected, high (95%)', format: (v) => pct(v) },
  { key: 'optOutRate', label: 'Opt-outs per message', format: (v) => pct(v) },
  { key: 'complaints', label: 'Complaints', format: (v) => num(v) },
  { key: 'churnRate', label: 'Patients lost to care', format: (v) => pct(v) },
  { key: 'csatAverage', label: 'Satisfaction (1-5)', format: (v) => (v === null ? '—' : Number(v).toFixed(2)) },
  { key: 'messages', label: 'Messages and calls', format: (v) => num(v) },
  { key: 'blocked', label: 'Blocked by compliance', format: (v) => num(v) },
  { key: 'costPerAccountCents', label: 'Cost per account', format: (v) => money(v) },
];

/** One figure per strategy as bars, with the table and CSV behind it. */
function StrategyBars(props: {
  title: string; description: string; rows: Row[]; chartRows: object[]; columns: Column<Row>[]; fileName: string;
  dataKey: string; errorKey?: string; name: string; unit: string; color: string; format: (v: number) => string;
}) {
  return (
    <ChartCard
      title={props.title}
      description={props.description}
      rows={props.rows}
      columns={props.columns}
      fileName={props.fileName}
      empty="No strategies to compare."
      chart={
        <ResponsiveContainer>
          <BarChart data={props.chartRows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="strategy" interval={0} tick={{ fontSize: 11 }} />
            <YAxis unit={props.unit} />
            <Tooltip formatter={(v) => props.format(Number(v))} />
            <Bar dataKey={props.dataKey} name={props.name} fill={props.color}>
              {props.errorKey && <ErrorBar dataKey={props.errorKey} width={6} stroke="#343a40" />}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
    />
  );
}

function Comparison({ out }: { out: SimulationOutput }) {
  const rows = rowsOf(out);
  const chartRows = rows.map((r) => ({ ...r, recoveryPct: (r.recoveryRate ?? 0) * 100, recoveryErr: [((r.recoveryRate ?? 0) - (r.recoveryLow ?? 0)) * 100, ((r.recoveryHigh ?? 0) - (r.recoveryRate ?? 0)) * 100], optOutPct: (r.optOutRate ?? 0) * 100, costDollars: r.costPerAccountCents / 100 }));
  return (
    <Stack gap="md">
      <Alert color="yellow" title={<Text fw={700} c="dark.7" span>A model, not a forecast</Text>}>
        These figures come from made-up patients whose reactions follow assumed numbers ({out.accounts.toLocaleString('en-US')} accounts over {out.days} days, seed {out.seed}). Use them to compare strategies with each other, not to predict what you will collect. Ranges are 95% intervals over {out.replications} replications.
      </Alert>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <StrategyBars
          title="Share of balances collected"
          description="Patient payments over the balances placed, with the 95% range."
          rows={rows} chartRows={chartRows} columns={[COLUMNS[0]!, COLUMNS[1]!, COLUMNS[2]!, COLUMNS[3]!]} fileName="simulation-recovery"
          dataKey="recoveryPct" errorKey="recoveryErr" name="Collected" unit="%" color={COLORS[0]!} format={(v) => `${v.toFixed(1)}%`}
        />
        <StrategyBars
          title="Opt-outs per message"
          description="How often a message led the patient to ask us to stop on that channel."
          rows={rows} chartRows={chartRows} columns={[COLUMNS[0]!, COLUMNS[4]!, COLUMNS[5]!]} fileName="simulation-opt-outs"
          dataKey="optOutPct" name="Opt-outs" unit="%" color={COLORS[2]!} format={(v) => `${v.toFixed(2)}%`}
        />
        <StrategyBars
          title="Cost per account"
          description="Messages at their unit cost plus staff time."
          rows={rows} chartRows={chartRows} columns={[COLUMNS[0]!, COLUMNS[8]!, COLUMNS[10]!]} fileName="simulation-cost"
          dataKey="costDollars" name="Cost per account" unit="$" color={COLORS[1]!} format={(v) => `$${v.toFixed(2)}`}
        />
      </SimpleGrid>
      <Card withBorder padding="md" component="section" aria-labelledby="simulation-table-title">
        <Title order={3} size="h5" id="simulation-table-title" mb="xs">All figures side by side</Title>
        <Table.ScrollContainer minWidth={320} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
          <Table striped aria-label="Simulated strategies compared">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Figure</Table.Th>
                {out.strategies.map((s) => <Table.Th key={s.name}>{s.label}</Table.Th>)}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[
                ['Share collected (95% range)', (s: StrategyResult) => `${pct(s.kpis.recoveryRate)} (${range(s.intervals.recoveryRate, pct)})`],
                ['Balances paid off', (s: StrategyResult) => num(s.kpis.resolvedAccounts)],
                ['Plans started', (s: StrategyResult) => num(s.kpis.plansStarted)],
                ['Assistance applications', (s: StrategyResult) => num(s.kpis.assistanceApplications)],
                ['Opt-outs per message (95% range)', (s: StrategyResult) => `${pct(s.kpis.optOutRate)} (${range(s.intervals.optOutRate, pct)})`],
                ['Complaints', (s: StrategyResult) => num(s.kpis.complaints)],
                ['Patients lost to care (95% range)', (s: StrategyResult) => `${pct(s.kpis.churnRate)} (${range(s.intervals.churnRate, pct)})`],
                ['Satisfaction, 1 to 5', (s: StrategyResult) => (s.kpis.csatAverage === null ? '—' : s.kpis.csatAverage.toFixed(2))],
                ['Emails, texts, letters, calls', (s: StrategyResult) => `${num(s.kpis.contacts.email)}, ${num(s.kpis.contacts.sms)}, ${num(s.kpis.contacts.letter)}, ${num(s.kpis.contacts.call)}`],
                ['Contacts compliance blocked', (s: StrategyResult) => num(s.compliance.blockedAttempts)],
                ['Staff minutes', (s: StrategyResult) => num(s.cost.agentMinutes)],
                ['Total cost', (s: StrategyResult) => money(s.cost.totalCents)],
              ].map(([name, f]) => (
                <Table.Tr key={name as string}>
                  <Table.Td>{name as string}</Table.Td>
                  {out.strategies.map((s) => <Table.Td key={s.name}>{(f as (s: StrategyResult) => string)(s)}</Table.Td>)}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    </Stack>
  );
}

/** Compare outreach strategies on a synthetic population before trying one for real. */
export function SimulationPage() {
  const strategies = useQuery({ queryKey: ['simulation-strategies'], queryFn: () => api<StrategyList>('/api/v1/simulations/strategies') });
  const [picked, setPicked] = useState<string[]>([]);
  const [accounts, setAccounts] = useState<number>(1000);
  const [seed, setSeed] = useState<number>(1);
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: () => api<{ id: string }>('/api/v1/simulations', { method: 'POST', json: { strategies: picked, accounts, seed } }),
    onSuccess: (r) => setJobId(r.id),
  });
  const job = useQuery({
    queryKey: ['simulation', jobId],
    queryFn: () => api<Job>(`/api/v1/simulations/${jobId}`),
    enabled: jobId !== null,
    refetchInterval: (q) => (q.state.data?.status === 'running' || !q.state.data ? 1000 : false),
  });
  const running = start.isPending || job.data?.status === 'running' || (jobId !== null && !job.data && !job.isError);
  const max = strategies.data?.maxAccounts ?? 3000;

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>Strategy simulator</Title>
        <Text c="gray.7" size="sm">Try outreach strategies on made-up patients before using one for real. The journeys and compliance rules are the real ones; how people react is a model.</Text>
      </div>
      <Card withBorder padding="md" component="section" aria-labelledby="simulation-setup-title">
        <Title order={3} size="h5" id="simulation-setup-title" mb="xs">What to compare</Title>
        {strategies.isLoading ? (
          <Loader role="status" size="sm" aria-label="Loading strategies" />
        ) : strategies.isError ? (
          <Alert color="red" title="The strategies could not be loaded">Reload the page. If it keeps happening, ask an administrator to check the simulation settings.</Alert>
        ) : (strategies.data?.items.length ?? 0) === 0 ? (
          <Text size="sm" c="gray.7">No strategies are set up yet. An administrator can add them in config/simulation/strategies.</Text>
        ) : (
          <Stack gap="sm">
            <Checkbox.Group label="Strategies" description="Pick at least two to compare them." value={picked} onChange={setPicked}>
              <Stack gap="xs" mt="xs">
                {strategies.data!.items.map((s) => (
                  <Checkbox key={s.name} value={s.name} label={s.label} description={s.description} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Group gap="sm" align="flex-end" wrap="wrap">
              <NumberInput label="Made-up patients" min={50} max={max} step={500} value={accounts} onChange={(v) => setAccounts(Number(v) || 50)} w={180} />
              <NumberInput label="Seed (same seed, same result)" min={0} value={seed} onChange={(v) => setSeed(Number(v) || 0)} w={220} />
              <Button onClick={() => start.mutate()} disabled={picked.length < 2 || accounts < 50 || accounts > max || running} loading={running}>
                Run simulation
              </Button>
            </Group>
            {picked.length < 2 && <Text size="sm" c="gray.7">Pick two or more strategies.</Text>}
          </Stack>
        )}
      </Card>
      {start.isError && (
        <Alert color="red" title="The simulation could not start">{start.error instanceof ApiError ? start.error.userMessage : 'Check your connection and try again.'}</Alert>
      )}
      {job.isError && <Alert color="red" title="The simulation is no longer available">Run it again.</Alert>}
      {running && (
        <Group gap="xs" role="status">
          <Loader size="sm" />
          <Text size="sm">Simulating 180 days for each strategy. This takes a little while.</Text>
        </Group>
      )}
      {job.data?.status === 'failed' && <Alert color="red" title="The simulation did not finish">{job.data.error ?? 'Try again with fewer patients.'}</Alert>}
      {job.data?.status === 'done' && job.data.result && <Comparison out={job.data.result} />}
      {!jobId && !running && <Text size="sm" c="gray.7">No results yet. Pick strategies and run a simulation to see them side by side.</Text>}
    </Stack>
  );
}
