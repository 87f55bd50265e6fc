import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { FapPolicyPreview, PaymentPolicyPreview, PolicyPreview as Preview } from '@contracts/policy-preview';
import { api, formatCents } from '../ui/api';
import { Scroll } from './Scroll';

type FapOutcome = FapPolicyPreview['rows'][number]['current'];
type PayOutcome = PaymentPolicyPreview['rows'][number]['current'];

const people = (n: number) => (n === 1 ? '1 person' : `${n} people`);
const PRESUMPTIVE_WORDS: Record<string, string> = { medicaid: 'on Medicaid', snap: 'on SNAP', wic: 'on WIC', homeless: 'without a home', deceased_no_estate: 'deceased, no estate', prior_approval: 'approved before' };
const dollars = (cents: number) => formatCents(cents).replace(/\.00$/, '');

function fapWords(o: FapOutcome, bill: number): string {
  if (o.status === 'needs_information') return `Cannot decide yet: needs ${o.needs.map((n) => (n === 'household_size' ? 'the household size' : n)).join(' and ')}`;
  if (!o.eligible) return `Not eligible · pays ${dollars(bill)}`;
  const off = o.discountPct >= 100 ? 'Free care' : o.discountPct > 0 ? `${o.discountPct}% off` : 'Eligible (no discount, capped at amounts generally billed)';
  return `${off}${o.basis === 'presumptive' ? ' (presumptive)' : ''} · pays ${dollars(o.patientPaysCents)}`;
}

function planWords(o: PayOutcome): string[] {
  const lines: string[] = [];
  if (o.referToAssistance) lines.push('No plan fits: offered financial assistance instead');
  for (const p of o.options) {
    lines.push(p.months === 1 ? `1 payment of ${formatCents(p.monthlyPaymentCents)}` : `${p.months} months at ${formatCents(p.monthlyPaymentCents)}${p.lastPaymentCents !== p.monthlyPaymentCents ? `, last ${formatCents(p.lastPaymentCents)}` : ''}`);
  }
  lines.push(`Up to ${o.maxMonths} months, at least ${formatCents(o.minMonthlyPaymentCents)} a month`);
  if (o.payInFull && o.payInFull.discountPct > 0) lines.push(`Paid in full within ${o.payInFull.withinDays} days: ${o.payInFull.discountPct}% off, ${formatCents(o.payInFull.amountDueCents)}`);
  return lines;
}

const Lines = ({ lines }: { lines: string[] }) => <Stack gap={2}>{lines.map((l, i) => <Text size="sm" key={i}>{l}</Text>)}</Stack>;
const Changed = ({ changed }: { changed: boolean }) => (changed ? <Badge color="orange" variant="light" size="sm">Changes</Badge> : <Text size="xs" c="dimmed">Same</Text>);

/** One shape for both previews: a sample per row, its outcome under the policy in use and under the draft. */
function ComparisonTable<Row extends { changed: boolean }>(props: {
  rows: Row[];
  summary: (changed: number) => string;
  explanation: string;
  label: string;
  tableLabel: string;
  sampleHeading: string;
  sample: (row: Row) => ReactNode;
  now: (row: Row) => ReactNode;
  draft: (row: Row) => ReactNode;
}) {
  const changed = props.rows.filter((r) => r.changed).length;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600} role="status">{props.summary(changed)}</Text>
      <Text size="xs" c="dimmed">{props.explanation}</Text>
      <Scroll label={props.label} minWidth={300}>
        <Table verticalSpacing="xs" aria-label={props.tableLabel}>
          <Table.Thead><Table.Tr><Table.Th>{props.sampleHeading}</Table.Th><Table.Th>Now</Table.Th><Table.Th>With this draft</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {props.rows.map((r, i) => (
              <Table.Tr key={i} style={r.changed ? { background: 'var(--mantine-color-orange-light)' } : undefined}>
                <Table.Td>{props.sample(r)}</Table.Td>
                <Table.Td>{props.now(r)}</Table.Td>
                <Table.Td><Stack gap={2}>{props.draft(r)}<Changed changed={r.changed} /></Stack></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Scroll>
    </Stack>
  );
}

const policyInUse = (version: number) => (version === 0 ? 'the default' : `version ${version}`);

const FapTable = ({ p }: { p: FapPolicyPreview }) => (
  <ComparisonTable
    rows={p.rows}
    summary={(n) => (n === 0 ? 'This draft changes nothing for these households.' : `This draft changes the outcome for ${n} of ${p.rows.length} households.`)}
    explanation={`Each household is screened by the assistance engine under the policy in use (${policyInUse(p.currentVersion)}) and under this draft, for a ${dollars(p.sampleBillCents)} bill.`}
    label="Financial assistance preview"
    tableLabel="What the draft changes for sample households"
    sampleHeading="Household"
    sample={(r) => (
      <>
        <Text size="sm">{people(r.household.size)}{r.household.presumptive ? `, ${PRESUMPTIVE_WORDS[r.household.presumptive] ?? r.household.presumptive}` : ''}</Text>
        <Text size="xs" c="dimmed">{r.household.fplPercent}% of the poverty line ({dollars(r.household.annualIncomeCents)} a year), {r.household.state}</Text>
      </>
    )}
    now={(r) => <Text size="sm">{fapWords(r.current, p.sampleBillCents)}</Text>}
    draft={(r) => <Text size="sm">{fapWords(r.draft, p.sampleBillCents)}</Text>}
  />
);

const PaymentTable = ({ p }: { p: PaymentPolicyPreview }) => (
  <ComparisonTable
    rows={p.rows}
    summary={(n) => (n === 0 ? 'This draft changes nothing for these balances.' : `This draft changes the offer for ${n} of ${p.rows.length} balances.`)}
    explanation={`The plans a patient would be offered today with no budget stated, under the policy in use (${policyInUse(p.currentVersion)}) and under this draft.`}
    label="Payment policy preview"
    tableLabel="What the draft changes for sample balances"
    sampleHeading="Balance"
    sample={(r) => (
      <>
        <Text size="sm">{formatCents(r.sample.balanceCents)}</Text>
        {r.sample.monthlyIncomeCents !== undefined && <Text size="xs" c="dimmed">household earning {formatCents(r.sample.monthlyIncomeCents)} a month</Text>}
      </>
    )}
    now={(r) => <Lines lines={planWords(r.current)} />}
    draft={(r) => <Lines lines={planWords(r.draft)} />}
  />
);

/** "Preview changes": the draft beside the policy in use, for sample households (FAP) or balances (payments). */
export function PolicyPreview({ kind, body }: { kind: 'fap_policy' | 'payment_policy'; body: () => unknown }) {
  const preview = useMutation({ mutationFn: (b: unknown) => api<Preview>('/api/v1/config/policies/preview', { method: 'POST', json: { kind, body: b } }) });
  const [invalidJson, setInvalidJson] = useState(false);
  const run = () => {
    let b: unknown;
    try {
      b = body();
    } catch {
      setInvalidJson(true);
      preview.reset();
      return;
    }
    setInvalidJson(false);
    preview.mutate(b);
  };
  const p = preview.data;
  return (
    <Stack gap="xs">
      <Group><Button variant="light" onClick={run} loading={preview.isPending}>Preview changes</Button></Group>
      {invalidJson && <Alert color="red" role="alert">The draft is not valid JSON, so it cannot be previewed.</Alert>}
      {!invalidJson && preview.error && <Alert color="red" role="alert">The preview could not be made. Check the draft, then try again.</Alert>}
      {!invalidJson && p && p.issues.length > 0 && (
        <Alert color="red" role="alert" title="Fix these before previewing">
          <ul style={{ margin: 0, paddingLeft: 18 }}>{p.issues.map((i, k) => <li key={k}><code>{i.path}</code>: {i.message}</li>)}</ul>
        </Alert>
      )}
      {!invalidJson && p && p.issues.length === 0 && (p.kind === 'fap_policy' ? <FapTable p={p} /> : <PaymentTable p={p} />)}
    </Stack>
  );
}
