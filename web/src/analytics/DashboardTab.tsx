import { Alert, Button, Card, Group, Loader, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, may, type Me } from '../ui/api';
import { ChartCard } from './ChartCard';
import { label, money, num, pct, type Column } from './csv';
import type { AnalyticsReport as Report, Dashboard as Series, Kpis } from '@contracts/analytics';
import type { FcrReport } from '@contracts/workspace';

export type { Kpis };


const COLORS = ['#1c7ed6', '#2f9e44', '#e8590c', '#7048e8', '#c2255c', '#0c8599'];
const BUCKETS = ['0-30', '31-60', '61-90', '91-120', '121+'];
const GROUPINGS = [
  { value: '', label: 'No grouping' }, { value: 'journey', label: 'Journey' }, { value: 'channel', label: 'First channel' },
  { value: 'language', label: 'Language' }, { value: 'payer_type', label: 'Payer type' }, { value: 'age_band', label: 'Age band' },
  { value: 'variant', label: 'Experiment arm' }, { value: 'agent', label: 'Agent' },
];

type Monthly = Series['monthly'][number];

/** Whole counts per month as side-by-side bars: [field, legend name, colour] per bar. */
function MonthlyCounts(props: { data: Monthly[]; bars: [keyof Monthly, string, string | undefined][] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={props.data}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        {props.bars.map(([key, name, fill]) => <Bar key={key} dataKey={key} name={name} fill={fill} />)}
      </BarChart>
    </ResponsiveContainer>
  );
}

function Stat(props: { label: string; value: string; hint?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="gray.7">{props.label}</Text>
      <Text size="lg" fw={700}>{props.value}</Text>
      {props.hint && <Text size="xs" c="gray.7">{props.hint}</Text>}
    </Card>
  );
}

type GroupRow = { group: string } & Omit<Kpis, 'contacts'> & { contacts: number };
const GROUP_COLUMNS: Column<GroupRow>[] = [
  { key: 'group', label: 'Group', format: (v) => label(String(v)) },
  { key: 'cohortAccounts', label: 'Accounts billed', format: num },
  { key: 'placedCents', label: 'Billed', format: money },
  { key: 'collectedCents', label: 'Collected', format: money },
  { key: 'recoveryRate', label: 'Recovery', format: pct },
  { key: 'resolvedAccounts', label: 'Paid off', format: num },
  { key: 'contacts', label: 'Messages', format: num },
  { key: 'optOutRate', label: 'Opt-out rate', format: pct },
  { key: 'planCompletionRate', label: 'Plans completed', format: pct },
  { key: 'assistanceUptakeRate', label: 'Assistance uptake', format: pct },
];


const minutes = (v: unknown) => (typeof v === 'number' ? `${Math.round(v / 6) / 10} min` : '–');

/**
 * First-contact resolution per team, from the outcomes agents record on calls (docs/workspace.md),
 * shown to the people who supervise the workspace.
 */
function TeamResolution(props: { from: string; until: string }) {
  const me = useQuery<Me | null>({ queryKey: ['me'], queryFn: () => api<Me>('/api/v1/me') });
  const from = props.from.slice(0, 10);
  const to = new Date(new Date(props.until).getTime() - 1).toISOString().slice(0, 10);
  const allowed = may(me.data, 'workspace.supervise');
  const fcr = useQuery({ queryKey: ['fcr', from, to], enabled: allowed, queryFn: () => api<FcrReport>(`/api/v1/workspace/fcr?from=${from}&to=${to}`) });
  if (!allowed) return null;
  if (fcr.error) return <Alert color="red" title="First-contact resolution by team could not be loaded">{(fcr.error as Error).message}</Alert>;
  const rows = fcr.data && fcr.data.total.outcomes > 0 ? [{ teamId: 'all', name: 'Everyone', members: 0, ...fcr.data.total }, ...fcr.data.teams] : [];
  const percentAxis = { tickFormatter: percentTick, domain: [0, 1] as [number, number] };
  return (
    <ChartCard
      title="First-contact resolution by team"
      description="Issues resolved in the first call an agent recorded (plan, promise, assistance started or dispute), with no further conversation on the account within 7 days; and the average handle time."
      rows={rows}
      columns={[{ key: 'name', label: 'Team' }, { key: 'firstContacts', label: 'First contacts', format: num }, { key: 'resolvedFirstTime', label: 'Resolved first time', format: num }, { key: 'rate', label: 'Rate', format: pct }, { key: 'avgHandleSeconds', label: 'Average handle time', format: minutes }]}
      fileName="first-contact-resolution-by-team"
      empty="No call outcomes were recorded in this period."
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" />
            <YAxis {...percentAxis} />
            <Tooltip formatter={(v) => pct(v)} />
            <Bar dataKey="rate" name="Resolved first time" fill={COLORS[3]} />
          </BarChart>
        </ResponsiveContainer>
      }
    />
  );
}

/** Axis ticks of small rates keep their decimals: 0.25%, 0.5%, 0.75%, 1% rather than 0%, 1%, 1%. */
function percentTick(v: number): string {
  const p = Math.round(v * 10000) / 100;
  return Number.isInteger(p) ? `${p}%` : `${p.toFixed(p < 1 ? 2 : 1).replace(/0$/, '')}%`;
}

export function DashboardTab(props: { qs: string }) {
  const [by, setBy] = useState('');
  const queryClient = useQueryClient();
  const kpis = useQuery({ queryKey: ['analytics', props.qs, by], queryFn: () => api<Report>(`/api/v1/analytics?${props.qs}${by ? `&by=${by}` : ''}`) });
  const series = useQuery({ queryKey: ['analytics-series', props.qs], queryFn: () => api<Series>(`/api/v1/analytics/dashboard?${props.qs}`) });
  const refresh = useMutation({
    mutationFn: () => api('/api/v1/analytics/refresh', { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['analytics'] }).then(() => queryClient.invalidateQueries({ queryKey: ['analytics-series'] })),
  });
  if (kpis.isLoading || series.isLoading) return <Loader />;
  if (kpis.error || series.error) return <Alert color="red" title="Analytics could not be loaded">{(kpis.error ?? series.error)!.message} Try again, or pick another period.</Alert>;
  const k = kpis.data!.kpis;
  const s = series.data!;
  const contactTotal = k.contacts.email + k.contacts.sms + k.contacts.letter + k.contacts.call;
  const groupRows: GroupRow[] = (kpis.data!.groups ?? []).map((g) => ({ ...g.kpis, group: g.key, contacts: g.kpis.contacts.email + g.kpis.contacts.sms + g.kpis.contacts.letter + g.kpis.contacts.call }));
  const agingByMonth = [...new Set(s.aging.map((a) => a.monthEnd))].map((m) => {
    const row: Record<string, string | number> = { monthEnd: m };
    for (const b of BUCKETS) row[b] = s.aging.find((a) => a.monthEnd === m && a.bucket === b)?.accounts ?? 0;
    return row;
  });
  const channels = [...new Set(s.channelEffectiveness.map((c) => c.channel))];
  const byHour = [...new Set(s.channelEffectiveness.map((c) => c.hour))].sort((a, b) => a - b).map((h) => {
    const row: Record<string, number | null> = { hour: h };
    for (const ch of channels) row[ch] = s.channelEffectiveness.find((c) => c.channel === ch && c.hour === h)?.rate ?? null;
    return row;
  });
  // Rates start at 0 and show at least up to 1% (an all-zero series would otherwise get a 0-4 scale).
  const percentAxis = { tickFormatter: percentTick, domain: [0, (max: number) => Math.max(max, 0.01)] as [number, (m: number) => number] };
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="gray.7">
          {new Date(kpis.data!.from).toLocaleDateString('en-US', { timeZone: 'UTC' })} to {new Date(new Date(kpis.data!.until).getTime() - 1).toLocaleDateString('en-US', { timeZone: 'UTC' })}.
          {' '}Accounts billed in this period, followed to its end. {s.refreshedAt ? `Figures as of ${new Date(s.refreshedAt).toLocaleString('en-US')}.` : 'Figures have not been computed yet.'}
        </Text>
        <Button size="xs" variant="default" loading={refresh.isPending} onClick={() => refresh.mutate()}>Update figures now</Button>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
        <Stat label="Recovery" value={pct(k.recoveryRate)} hint={`${money(k.collectedCents)} of ${money(k.placedCents)}`} />
        <Stat label="Accounts billed" value={num(k.cohortAccounts)} hint={`${num(k.resolvedAccounts)} paid off`} />
        <Stat label="Days to pay off (median)" value={k.medianDaysToResolution === null ? '—' : String(k.medianDaysToResolution)} />
        <Stat label="Messages sent" value={num(contactTotal)} hint={`${num(k.blockedContacts)} held back by the rules`} />
        <Stat label="Opt-out rate" value={pct(k.optOutRate)} hint={`${num(k.optOuts)} opt-outs, ${num(k.complaints)} complaints`} />
        <Stat label="Plans completed" value={pct(k.planCompletionRate)} hint={`${num(k.plansStarted)} started`} />
        <Stat label="Assistance uptake" value={pct(k.assistanceUptakeRate)} hint={`${num(k.assistanceApplications)} applications, ${num(k.assistanceApproved)} approved`} />
        <Stat label="Assistance given" value={money(k.assistanceAdjustedCents)} />
        <Stat label="Satisfaction (1–5)" value={k.csatAverage === null ? '—' : k.csatAverage.toFixed(2)} hint={k.csatResponses ? `${num(k.csatResponses)} answers, ${pct(k.csatTopTwoBox)} gave 4 or 5` : 'No survey answers yet'} />
        <Stat label="Resolved at first contact" value={pct(k.firstContactResolutionRate)} />
        <Stat label="Stopped care after billing" value={pct(k.churnRate)} hint={k.churnRate === null ? 'Known a year after billing' : undefined} />
      </SimpleGrid>

      <Card withBorder padding="md">
        <Group justify="space-between" wrap="wrap" mb="xs">
          <Select label="Compare by" data={GROUPINGS} value={by} onChange={(v) => setBy(v ?? '')} allowDeselect={false} w={200} />
        </Group>
        {by ? (
          <ChartCard
            title={`Outcomes by ${label(by).toLowerCase()}`}
            description="Each account, message and event counts in exactly one group, so the groups add up to the whole."
            rows={groupRows}
            columns={GROUP_COLUMNS}
            fileName={`outcomes-by-${by}`}
            empty="Nothing happened in this period."
            chart={
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={groupRows.map((g) => ({ ...g, group: label(g.group) }))}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="group" />
                  <YAxis {...percentAxis} />
                  <Tooltip formatter={(v) => pct(v)} />
                  <Bar dataKey="recoveryRate" name="Recovery" fill={COLORS[0]} />
                </BarChart>
              </ResponsiveContainer>
            }
          />
        ) : (
          <Text size="sm" c="gray.7">Choose a grouping to compare journeys, channels, languages, payer types, age bands, experiment arms or agents.</Text>
        )}
      </Card>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ChartCard
          title="Recovery by month billed"
          description="Of what patients were billed each month, the share collected so far."
          rows={s.cohorts}
          columns={[
            { key: 'month', label: 'Month billed' }, { key: 'accounts', label: 'Accounts', format: num }, { key: 'placedCents', label: 'Billed', format: money },
            { key: 'collectedCents', label: 'Collected', format: money }, { key: 'recoveryRate', label: 'Recovery', format: pct },
          ]}
          fileName="recovery-by-cohort"
          empty="No accounts were billed in this period."
          chart={
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={s.cohorts}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="month" />
                <YAxis tickFormatter={(v: number) => money(v)} width={70} />
                <Tooltip formatter={(v) => money(v)} />
                <Legend />
                <Bar dataKey="placedCents" name="Billed" fill={COLORS[0]} />
                <Bar dataKey="collectedCents" name="Collected" fill={COLORS[1]} />
              </BarChart>
            </ResponsiveContainer>
          }
        />
        <ChartCard
          title="Collected over time by month billed"
          description="Payments in each month, by the month the account was billed."
          rows={s.collectedByMonth}
          columns={[{ key: 'cohort', label: 'Month billed' }, { key: 'month', label: 'Month paid' }, { key: 'collectedCents', label: 'Collected', format: money }]}
          fileName="collected-by-cohort-month"
          empty="No payments on accounts billed in this period yet."
          chart={
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={[...new Set(s.collectedByMonth.map((c) => c.month))].map((m) => Object.fromEntries([['month', m], ...s.collectedByMonth.filter((c) => c.month === m).map((c) => [c.cohort, c.collectedCents])]))}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="month" />
                <YAxis tickFormatter={(v: number) => money(v)} width={70} />
                <Tooltip formatter={(v) => money(v)} />
                <Legend />
                {[...new Set(s.collectedByMonth.map((c) => c.cohort))].map((c, i) => <Bar key={c} dataKey={c} name={`Billed ${c}`} stackId="a" fill={COLORS[i % COLORS.length]} />)}
              </BarChart>
            </ResponsiveContainer>
          }
        />
        <ChartCard
          title="Aging of unpaid accounts"
          description="Accounts not yet paid off at each month end, by days since they were billed."
          rows={s.aging}
          columns={[{ key: 'monthEnd', label: 'Month end' }, { key: 'bucket', label: 'Days since billed' }, { key: 'accounts', label: 'Accounts', format: num }, { key: 'openCents', label: 'Still owed', format: money }]}
          fileName="aging"
          empty="No unpaid accounts in this period."
          chart={
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={agingByMonth}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="monthEnd" />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Legend />
                {BUCKETS.map((b, i) => <Bar key={b} dataKey={b} name={`${b} days`} stackId="a" fill={COLORS[i]} />)}
              </BarChart>
            </ResponsiveContainer>
          }
        />
        <ChartCard
          title="Roll rates"
          description="Of the unpaid accounts in an aging group at one month end, the share still unpaid (one group older) at the next."
          rows={s.rollRates}
          columns={[{ key: 'monthEnd', label: 'Month end' }, { key: 'from', label: 'From (days)' }, { key: 'to', label: 'To (days)' }, { key: 'accounts', label: 'Accounts', format: num }, { key: 'rolled', label: 'Still unpaid', format: num }, { key: 'rate', label: 'Roll rate', format: pct }]}
          fileName="roll-rates"
          empty="Roll rates need at least two month ends with unpaid accounts."
          chart={
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={[...new Set(s.rollRates.map((r) => r.monthEnd))].map((m) => Object.fromEntries([['monthEnd', m], ...s.rollRates.filter((r) => r.monthEnd === m).map((r) => [`${r.from}→${r.to}`, r.rate])]))}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="monthEnd" />
                <YAxis {...percentAxis} />
                <Tooltip formatter={(v) => pct(v)} />
                <Legend />
                {BUCKETS.slice(0, 4).map((b, i) => <Line key={b} dataKey={`${b}→${BUCKETS[i + 1]}`} name={`${b} → ${BUCKETS[i + 1]} days`} stroke={COLORS[i]} connectNulls />)}
              </LineChart>
            </ResponsiveContainer>
          }
        />
        <ChartCard
          title="Payment plans"
          description="Plans started each month, and plans completed or defaulted."
          rows={s.monthly.filter((m) => m.plansStarted || m.plansCompleted || m.plansDefaulted)}
          columns={[{ key: 'month', label: 'Month' }, { key: 'plansStarted', label: 'Started', format: num }, { key: 'plansCompleted', label: 'Completed', format: num }, { key: 'plansDefaulted', label: 'Defaulted', format: num }, { key: 'planCompletionRate', label: 'Completion', format: pct }]}
          fileName="plans"
          empty="No payment plans were set up in this period."
          chart={
<MonthlyCounts data={s.monthly} bars={[['plansStarted', 'Started', COLORS[0]], ['plansCompleted', 'Completed', COLORS[1]], ['plansDefaulted', 'Defaulted', COLORS[2]]]} />
          }
        />
        <ChartCard
          title="Financial assistance uptake"
          description="Applications each month, approvals, and applications per account billed."
          rows={s.monthly.filter((m) => m.assistanceApplications || m.cohortAccounts)}
          columns={[{ key: 'month', label: 'Month' }, { key: 'cohortAccounts', label: 'Accounts billed', format: num }, { key: 'assistanceApplications', label: 'Applications', format: num }, { key: 'assistanceApproved', label: 'Approved', format: num }, { key: 'assistanceUptakeRate', label: 'Uptake', format: pct }]}
          fileName="assistance"
          empty="No accounts billed and no applications in this period."
          chart={
<MonthlyCounts data={s.monthly} bars={[['assistanceApplications', 'Applications', COLORS[3]], ['assistanceApproved', 'Approved', COLORS[1]]]} />
          }
        />
        <ChartCard
          title="Satisfaction trend"
          description="Average survey answer (1–5) each month."
          rows={s.monthly.filter((m) => m.csatResponses > 0)}
          columns={[{ key: 'month', label: 'Month' }, { key: 'csatResponses', label: 'Answers', format: num }, { key: 'csatAverage', label: 'Average (1–5)', format: (v) => (v === null ? '—' : Number(v).toFixed(2)) }]}
          fileName="satisfaction"
          empty="No survey answers yet. Answers appear here once patients rate their experience."
          chart={
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={s.monthly.filter((m) => m.csatResponses > 0)}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="month" />
                <YAxis domain={[1, 5]} />
                <Tooltip />
                <Line dataKey="csatAverage" name="Average" stroke={COLORS[0]} />
              </LineChart>
            </ResponsiveContainer>
          }
        />
        <ChartCard
          title="Opt-outs and complaints"
          description="Per message sent, each month."
          rows={s.monthly.filter((m) => m.contacts > 0)}
          columns={[{ key: 'month', label: 'Month' }, { key: 'contacts', label: 'Messages', format: num }, { key: 'optOuts', label: 'Opt-outs', format: num }, { key: 'optOutRate', label: 'Opt-out rate', format: pct }, { key: 'complaints', label: 'Complaints', format: num }, { key: 'complaintRate', label: 'Complaint rate', format: pct }]}
          fileName="opt-outs-and-complaints"
          empty="No messages were sent in this period."
          chart={
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={s.monthly.filter((m) => m.contacts > 0)}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="month" />
                <YAxis {...percentAxis} />
                <Tooltip formatter={(v) => pct(v)} />
                <Legend />
                <Line dataKey="optOutRate" name="Opt-out rate" stroke={COLORS[2]} />
                <Line dataKey="complaintRate" name="Complaint rate" stroke={COLORS[4]} />
              </LineChart>
            </ResponsiveContainer>
          }
        />
        <ChartCard
          title="Channel effectiveness"
          description="Share of messages followed by a payment within 7 days, by channel and the patient's local send hour."
          rows={s.channelEffectiveness}
          columns={[{ key: 'channel', label: 'Channel', format: (v) => label(String(v)) }, { key: 'hour', label: 'Local hour', format: (v) => `${v}:00` }, { key: 'messages', label: 'Messages', format: num }, { key: 'paidWithin7Days', label: 'Paid within 7 days', format: num }, { key: 'rate', label: 'Share', format: pct }]}
          fileName="channel-effectiveness"
          empty="No messages were sent in this period."
          chart={
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={byHour}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="hour" tickFormatter={(h: number) => `${h}:00`} />
                <YAxis {...percentAxis} />
                <Tooltip formatter={(v) => pct(v)} labelFormatter={(h) => `${h}:00 local time`} />
                <Legend />
                {channels.map((c, i) => <Bar key={c} dataKey={c} name={label(c)} fill={COLORS[i % COLORS.length]} />)}
              </BarChart>
            </ResponsiveContainer>
          }
        />
        <ChartCard
          title="First-contact resolution by agent"
          description="Conversations that ended resolved (plan, payment, assistance or dispute recorded) with no follow-up within 7 days."
          rows={s.firstContactResolution}
          columns={[{ key: 'agent', label: 'Agent' }, { key: 'conversations', label: 'Conversations', format: num }, { key: 'resolved', label: 'Resolved first time', format: num }, { key: 'rate', label: 'Rate', format: pct }]}
          fileName="first-contact-resolution"
          empty="No agent conversations in this period."
          chart={
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={s.firstContactResolution}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="agent" />
                <YAxis {...percentAxis} />
                <Tooltip formatter={(v) => pct(v)} />
                <Bar dataKey="rate" name="Resolved first time" fill={COLORS[1]} />
              </BarChart>
            </ResponsiveContainer>
          }
        />
        <TeamResolution from={kpis.data!.from} until={kpis.data!.until} />
      </SimpleGrid>
    </Stack>
  );
}
