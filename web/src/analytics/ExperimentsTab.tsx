import { Alert, Badge, Button, Card, Group, Loader, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError, type Me } from '../ui/api';
import { num, pct } from './csv';
import type { Experiment, ExperimentResult as Result } from '@contracts/analytics';
import type { Journey, JourneyList } from '@contracts/outreach';

/** An arm as the form edits it: skip and shiftDays become step changes when it is sent. */
interface StepVariant { step: string; skip?: boolean; shiftDays?: number }
interface Arm { id: string; label: string; weight: number; template?: string; tone?: string; sendHour?: number; channels?: string[]; steps?: StepVariant[]; skip?: string[]; shiftDays?: number }

const KINDS = [
  { value: 'tone', label: 'Tone of the message' },
  { value: 'template', label: 'Wording (template)' },
  { value: 'send_time', label: 'Send time' },
  { value: 'channel_order', label: 'Channel tried first' },
  { value: 'journey', label: 'Whole journey (timing, skipped steps)' },
];
/** A whole-journey arm as the API takes it: every step after the first moved by the same days, some left out. */
const journeySteps = (a: Arm, j: Journey | undefined): StepVariant[] =>
  (j?.steps ?? []).flatMap((st, i) => {
    const skip = a.skip?.includes(st.id) ?? false;
    const shift = i > 0 && a.shiftDays ? a.shiftDays : 0;
    return skip || shift ? [{ step: st.id, ...(skip ? { skip: true } : {}), ...(shift ? { shiftDays: shift } : {}) }] : [];
  });
const TONES = [{ value: 'warm', label: 'Warm' }, { value: 'informative', label: 'Informative' }, { value: 'urgent_but_kind', label: 'Urgent but kind' }];
const STATUS: Record<Experiment['status'], { label: string; color: string }> = { draft: { label: 'Draft', color: '#343a40' }, running: { label: 'Running', color: '#1b5e20' }, stopped: { label: 'Stopped', color: 'dark' } };

type Interval = NonNullable<NonNullable<Result['arms'][number]['uplift']>['optOutRate']>;

const ci = (i: Interval | null | undefined, f: (v: number) => string) => (i ? `${f(i.estimate)} (${f(i.low)} to ${f(i.high)})` : '—');
const points = (v: number) => `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)} pts`;
const dollars = (v: number) => `${v >= 0 ? '+' : '-'}$${Math.abs(v / 100).toFixed(2)}`;

function ArmEditor(props: { kind: string; arm: Arm; index: number; step?: Journey['steps'][number]; journey?: Journey; templates: string[]; onChange: (a: Arm) => void }) {
  const { arm, kind } = props;
  const name = `Arm ${arm.id}`;
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <TextInput label={`${name}: name`} value={arm.label} onChange={(e) => props.onChange({ ...arm, label: e.currentTarget.value })} />
        {kind === 'tone' && <Select label={`${name}: tone`} data={TONES} value={arm.tone ?? props.step?.tone ?? null} onChange={(v) => props.onChange({ ...arm, tone: v ?? undefined })} />}
        {kind === 'template' && <Select label={`${name}: wording`} data={props.templates} value={arm.template ?? props.step?.template ?? null} onChange={(v) => props.onChange({ ...arm, template: v ?? undefined })} />}
        {kind === 'send_time' && <NumberInput label={`${name}: local hour (8 to 20)`} min={8} max={20} value={arm.sendHour ?? 12} onChange={(v) => props.onChange({ ...arm, sendHour: Number(v) })} />}
        {kind === 'channel_order' && (
          <Select label={`${name}: try first`} data={(props.step?.channels ?? []).map((c) => ({ value: c, label: c === 'sms' ? 'Text message' : c[0]!.toUpperCase() + c.slice(1) }))} value={arm.channels?.[0] ?? props.step?.channels[0] ?? null} onChange={(v) => props.onChange({ ...arm, channels: v ? [v] : undefined })} />
        )}
        {kind === 'journey' && (
          <>
            <NumberInput label={`${name}: move the steps after the first (days, earlier when negative)`} min={-30} max={30} value={arm.shiftDays ?? 0} onChange={(v) => props.onChange({ ...arm, shiftDays: Number(v) || 0 })} />
            <MultiSelect label={`${name}: leave out steps`} data={(props.journey?.steps ?? []).map((x) => ({ value: x.id, label: x.id.replace(/-/g, ' ') }))} value={arm.skip ?? []} onChange={(v) => props.onChange({ ...arm, skip: v })} />
          </>
        )}
      </Stack>
    </Card>
  );
}

function NewExperiment(props: { onCreated: () => void }) {
  const journeys = useQuery({ queryKey: ['journeys'], queryFn: () => api<JourneyList>('/api/v1/outreach/journeys') });
  const [name, setName] = useState('');
  const [journey, setJourney] = useState<string | null>('self-pay-standard');
  const [step, setStep] = useState<string | null>(null);
  const [kind, setKind] = useState<string>('tone');
  const [holdout, setHoldout] = useState<number>(0);
  const [ramp, setRamp] = useState<number>(100);
  const [arms, setArms] = useState<Arm[]>([{ id: 'A', label: 'As it is', weight: 1 }, { id: 'B', label: 'Variant', weight: 1 }]);
  const j = journeys.data?.items.find((x) => x.id === journey);
  const s = j?.steps.find((x) => x.id === step);
  const create = useMutation({
    mutationFn: () => {
      const clean = arms.map((a) => ({
        id: a.id, label: a.label || `Arm ${a.id}`, weight: 1,
        ...(kind === 'tone' && a.tone ? { tone: a.tone } : {}), ...(kind === 'template' && a.template ? { template: a.template } : {}),
        ...(kind === 'send_time' ? { sendHour: a.sendHour ?? 12 } : {}), ...(kind === 'channel_order' && a.channels ? { channels: a.channels } : {}),
        ...(kind === 'journey' ? { steps: journeySteps(a, j) } : {}),
      }));
      return api<Experiment>('/api/v1/experiments', { method: 'POST', json: { name, journey, step: kind === 'journey' ? '*' : step, kind, arms: clean, holdoutPct: holdout, rampPct: ramp } });
    },
    onSuccess: () => {
      setName('');
      props.onCreated();
    },
  });
  const templates = [...new Set((journeys.data?.items ?? []).flatMap((x) => x.steps.map((y) => y.template)))];
  const error = create.error instanceof ApiError ? create.error : null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="new-experiment">
      <Title order={3} size="h5" id="new-experiment" mb="xs">New experiment</Title>
      <Text size="sm" c="gray.7" mb="sm">Each person is placed in one arm for good (the same arm in every pass). An arm changes only wording, tone, send time, which channel is tried first, or when the journey's steps come and which it leaves out; every message is still checked by the rules.</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Experiment name" required value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <Select label="What to test" data={KINDS} value={kind} onChange={(v) => setKind(v ?? 'tone')} allowDeselect={false} />
        <Select label="Journey" data={(journeys.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))} value={journey} onChange={(v) => { setJourney(v); setStep(null); }} />
        {kind === 'journey' ? (
          <Text size="sm" c="gray.7" mt="lg">Covers every step of the journey; no other experiment may run on it meanwhile.</Text>
        ) : (
          <Select label="Step" data={(j?.steps ?? []).map((x) => ({ value: x.id, label: x.id.replace(/-/g, ' ') }))} value={step} onChange={setStep} placeholder="Choose a step" />
        )}
        <NumberInput label="Holdout (% kept on the journey as it is)" min={0} max={50} value={holdout} onChange={(v) => setHoldout(Number(v) || 0)} />
        <NumberInput label="Ramp (% of people in the experiment)" min={1} max={100} value={ramp} onChange={(v) => setRamp(Number(v) || 100)} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
        {arms.map((a, i) => <ArmEditor key={a.id} kind={kind} arm={a} index={i} step={s} journey={j} templates={templates} onChange={(n) => setArms(arms.map((x, k) => (k === i ? n : x)))} />)}
      </SimpleGrid>
      <Group mt="sm">
        <Button variant="default" size="xs" disabled={arms.length >= 6} onClick={() => setArms([...arms, { id: String.fromCharCode(65 + arms.length), label: '', weight: 1 }])}>Add an arm</Button>
        <Button onClick={() => create.mutate()} loading={create.isPending} disabled={!name || !journey || (kind !== 'journey' && !step)}>Create experiment</Button>
      </Group>
      {error && (
        <Alert color="red" mt="sm" title="The experiment was not created">
          {error.issues.length ? error.issues.map((i) => <div key={i.path + i.message}>{i.message}</div>) : error.userMessage}
        </Alert>
      )}
    </Card>
  );
}

function Results(props: { id: string }) {
  const q = useQuery({ queryKey: ['experiment-results', props.id], queryFn: () => api<Result>(`/api/v1/experiments/${props.id}/results`) });
  if (q.isLoading) return <Loader size="sm" />;
  if (q.error) return <Alert color="red">{q.error.message}</Alert>;
  const r = q.data!;
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label="Results per arm">
          <Table.Thead>
            <Table.Tr><Table.Th>Arm</Table.Th><Table.Th>Accounts</Table.Th><Table.Th>Messages</Table.Th><Table.Th>Paid within 30 days</Table.Th><Table.Th>Change (95% range)</Table.Th><Table.Th>Collected per account, change</Table.Th><Table.Th>Opt-outs</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.arms.map((a) => (
              <Table.Tr key={a.arm}>
                <Table.Td>{a.label}{a.arm === r.baseline && <Badge ml={4} size="xs" color="blue.9" variant="outline">baseline</Badge>}{a.stopped && <Badge ml={4} size="xs" color="red.9" title={a.stopped.reason}>stopped by guardrail</Badge>}</Table.Td>
                <Table.Td>{num(a.accounts)}</Table.Td>
                <Table.Td>{num(a.contacts)}</Table.Td>
                <Table.Td>{pct(a.paidWithin30Days)} <Text span size="xs" c="gray.7">of {num(a.matureAccounts)}</Text></Table.Td>
                <Table.Td>{a.uplift ? ci(a.uplift.paidWithin30Days, points) : '—'}</Table.Td>
                <Table.Td>{a.uplift ? ci(a.uplift.collectedPerAccountCents, dollars) : '—'}</Table.Td>
                <Table.Td>{pct(a.optOutRate)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm">{r.ready ? 'Every arm has reached its planned size: the result can be read.' : 'Not ready: keep it running until every arm reaches its planned size before drawing conclusions.'}</Text>
      <Text size="xs" c="gray.7">Accounts per arm needed: {r.sampleSize.map((s) => `${num(s.perArm)} to see a ${Math.round(s.mde * 100)}-point change`).join(', ')}.</Text>
      <Text size="xs" c="gray.7">{r.method}</Text>
    </Stack>
  );
}

export function ExperimentsTab() {
  const queryClient = useQueryClient();
  const me = useQuery<Me | null>({ queryKey: ['me'], queryFn: () => api<Me>('/api/v1/me') });
  const canManage = me.data?.roles.includes('admin') ?? false;
  const list = useQuery({ queryKey: ['experiments'], queryFn: () => api<{ items: Experiment[] }>('/api/v1/experiments') });
  const [open, setOpen] = useState<string | null>(null);
  const act = useMutation({
    mutationFn: (v: { id: string; action: 'start' | 'stop' }) => api(`/api/v1/experiments/${v.id}/${v.action}`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['experiments'] }),
  });
  return (
    <Stack gap="md">
      {canManage && <NewExperiment onCreated={() => queryClient.invalidateQueries({ queryKey: ['experiments'] })} />}
      {act.error && <Alert color="red">{act.error instanceof ApiError ? act.error.userMessage : act.error.message}</Alert>}
      {list.isLoading ? <Loader /> : list.error ? <Alert color="red">{list.error.message}</Alert> : list.data!.items.length === 0 ? (
        <Text c="gray.7">No experiments yet.{canManage ? ' Define one above to compare wording, tone, send time or channels on a journey step.' : ' An administrator can define one.'}</Text>
      ) : (
        list.data!.items.map((e) => (
          <Card withBorder key={e.id} padding="md" component="section" aria-label={`Experiment ${e.name}`}>
            <Group justify="space-between" wrap="wrap">
              <div>
                <Group gap="xs"><Title order={3} size="h5">{e.name}</Title><Text span size="sm" fw={700} c={STATUS[e.status].color}>{STATUS[e.status].label}</Text></Group>
                <Text size="sm" c="gray.7">{KINDS.find((k) => k.value === e.kind)?.label} {e.step === '*' ? 'on the whole journey' : <>on step “{e.step.replace(/-/g, ' ')}”</>}; arms: {e.arms.map((a) => a.label).join(', ')}{e.holdoutPct ? `; ${e.holdoutPct}% holdout` : ''}; {e.rampPct}% of people.</Text>
              </div>
              <Group gap="xs">
                {canManage && e.status === 'draft' && <Button size="xs" onClick={() => act.mutate({ id: e.id, action: 'start' })}>Start</Button>}
                {canManage && e.status === 'running' && <Button size="xs" color="red.9" variant="outline" onClick={() => act.mutate({ id: e.id, action: 'stop' })}>Stop</Button>}
                <Button size="xs" variant="default" onClick={() => setOpen(open === e.id ? null : e.id)} aria-expanded={open === e.id}>{open === e.id ? 'Hide results' : 'Show results'}</Button>
              </Group>
            </Group>
            {open === e.id && <div style={{ marginTop: 12 }}><Results id={e.id} /></div>}
          </Card>
        ))
      )}
    </Stack>
  );
}
