import { Alert, Anchor, Badge, Button, Card, Grid, Group, List, Loader, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError, formatCents, may, type Me } from '../ui/api';
import { label } from '../ui/labels';
import { AccountDisputes } from '../disputes/AccountDisputes';
import { AccountCsat } from './AccountCsat';
import { AccountScores } from './AccountScores';
import { PatientAccessLog } from '../admin/PatientAccessLog';
import { ContactChecks, LiveConversation } from './LiveConversation';
import { ProposalHistory } from './ProposalHistory';
import { dateText, dateTimeText, OutcomePanel } from './OutcomePanel';
import type { DecidedApplication } from '@contracts/assistance';
import type { Account360 } from '@contracts/workspace';

function Section({ title, children, empty }: { title: string; children?: ReactNode; empty?: string | false }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={2} size="h4" mb="xs">{title}</Title>
      {empty ? <Text size="sm" c="dimmed">{empty}</Text> : children}
    </Card>
  );
}

const CONSENT: Record<string, string> = { prior_express: 'may call or text this number', call_window: 'agreed times to call' };
const SENTIMENT: Record<string, string> = { positive: 'Positive', neutral: 'Neutral', negative: 'Upset', distressed: 'Distressed' };

function CallNow({ c }: { c: Account360['callNow'] }) {
  if (c.allowed) return <Badge color="#1b5e20" variant="filled" size="lg">Call allowed now</Badge>;
  return (
    <Text size="sm" fw={600}>
      {c.earliestAllowedAt ? `No call before ${dateTimeText(c.earliestAllowedAt)}` : 'Do not call'}
      {c.reasons.map((r) => <Text key={r} span size="sm" fw={400} display="block">{label('reason', r)}</Text>)}
    </Text>
  );
}

function Person({ d }: { d: Account360 }) {
  const p = d.person;
  if (!p) return <Section title="Patient" empty="No person on this account." />;
  return (
    <Section title="Patient">
      <Stack gap={4}>
        <Text size="sm">Born {p.birthDate ?? 'unknown'} · {p.city}, {p.state}</Text>
        <Text size="sm">Speaks {label('language', p.language)} · prefers {p.preferredChannel ? label('channel', p.preferredChannel).toLowerCase() : 'no channel stated'}</Text>
        <Text size="sm">Time zone {p.timeZone}{p.extraTimeZones?.length ? ` (also ${p.extraTimeZones.join(', ')})` : ''}</Text>
        {p.inconvenientTimes?.length > 0 && <Text size="sm">Bad times to call: {p.inconvenientTimes.map((t) => `${t.from}–${t.to}`).join(', ')}</Text>}
        {p.paperless && <Text size="sm">Paperless: no paper letters</Text>}
        {d.contactPoints.map((c) => <Text size="sm" key={c.id}>{c.system === 'phone' ? 'Phone' : 'Email'} ({c.use}): {c.value}</Text>)}
        <Text size="sm" fw={600} mt={4}>Consents</Text>
        {d.consents.length === 0 ? <Text size="sm" c="dimmed">None on file.</Text> : d.consents.map((c, i) => (
          <Text size="sm" key={i}>{label('channel', c.channel)}: {CONSENT[c.type] ?? label('reason', c.type)} since {dateText(c.givenAt)}{c.until ? `, until ${dateText(c.until)}` : ''}</Text>
        ))}
        <Text size="sm" fw={600} mt={4}>Holds</Text>
        {d.holds.length === 0 ? <Text size="sm" c="dimmed">No holds.</Text> : d.holds.map((h) => (
          <Text size="sm" key={h.id}><Badge color="red.9" variant="filled" size="sm" mr={6}>{label('holdType', h.type)}</Badge>since {dateText(h.since)}{h.reason ? `: ${h.reason}` : ''}</Text>
        ))}
      </Stack>
    </Section>
  );
}

function Visits({ d }: { d: Account360 }) {
  return (
    <Section title="Visits, insurance and what the patient owes" empty={d.visits.length === 0 && 'No open visits.'}>
      <Stack gap="sm">
        {d.coverages.length > 0 && (
          <Text size="sm">Coverage: {d.coverages.map((c) => `${c.payerName}${c.planName ? ` (${c.planName})` : ''}, member ${c.memberId}${c.eligibility ? `, ${c.eligibility.active ? 'active' : 'not active'} when checked ${dateText(c.eligibility.checkedAt)}` : ''}`).join('; ')}</Text>
        )}
        {d.coverages.length === 0 && <Text size="sm" c="dimmed">No insurance on file (self-pay).</Text>}
        {d.visits.map((v) => (
          <div key={v.accountId}>
            <Text size="sm" fw={600}>{v.accountRef} · {v.serviceDate ? dateText(v.serviceDate) : 'no date'}{v.facility ? ` · ${v.facility}` : ''}{v.accountId === d.account.id ? ' (this account)' : ''}</Text>
            <List size="sm" spacing={2}>
              {v.explanation.map((s: string, i: number) => <List.Item key={i}>{s}</List.Item>)}
            </List>
          </div>
        ))}
      </Stack>
    </Section>
  );
}

function Ledger({ d }: { d: Account360 }) {
  const phone = useMediaQuery('(max-width: 48em)');
  // On a phone who owes each entry goes under what it is, so the table fits without scrolling sideways.
  const entriesTable = (
    <Table aria-label="Ledger entries" verticalSpacing={4} miw={phone ? undefined : 420}>
      <Table.Thead>
        <Table.Tr><Table.Th>Date</Table.Th><Table.Th>{phone ? 'What (who owes it)' : 'What'}</Table.Th>{!phone && <Table.Th>Who owes it</Table.Th>}<Table.Th ta="right">Amount</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {d.entries.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>{dateText(e.effectiveOn)}</Table.Td>
            <Table.Td>{label('entryKind', e.kind)}{phone && <Text size="xs" c="dimmed">{label('bucket', e.bucket)}</Text>}</Table.Td>
            {!phone && <Table.Td>{label('bucket', e.bucket)}</Table.Td>}
            <Table.Td ta="right">{formatCents(e.amountCents)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <Section title="Ledger and statements" empty={d.entries.length === 0 && 'No entries yet.'}>
      <Group gap="sm" mb="xs">
        <Text size="sm">First statement: {d.account.firstStatementOn ? dateText(d.account.firstStatementOn) : 'not yet'}</Text>
        {d.person && (
          <>
            <Anchor size="sm" href={`/api/v1/persons/${d.person.id}/statement?format=html&language=en`} target="_blank" rel="noreferrer">Statement (English)</Anchor>
            <Anchor size="sm" href={`/api/v1/persons/${d.person.id}/statement?format=html&language=es`} target="_blank" rel="noreferrer">Estado de cuenta (español)</Anchor>
          </>
        )}
      </Group>
      {phone ? (
        entriesTable
      ) : (
        // Focusable, so a keyboard user can scroll it sideways where the column is narrow.
        <div role="region" aria-label="Ledger entries, scrollable" tabIndex={0} style={{ overflowX: 'auto' }}>
          {entriesTable}
        </div>
      )}
    </Section>
  );
}

function Payments({ d }: { d: Account360 }) {
  return (
    <Section title="Payments and refunds" empty={d.payments.length === 0 && d.refunds.length === 0 && 'No payments yet.'}>
      <Stack gap={2}>
        {d.payments.map((p) => (
          <Text size="sm" key={p.id}>{dateText(p.createdAt)} · {formatCents(p.amountCents)} · {label('paymentStatus', p.status)}{p.card ? ` · ${p.card}` : ''}{p.onPlan ? ' · plan installment' : ''}{p.refundedCents ? ` · ${formatCents(p.refundedCents)} refunded` : ''}</Text>
        ))}
        {d.refunds.map((r) => (
          <Text size="sm" key={r.id}>Refund {dateText(r.createdAt)} · {formatCents(r.amountCents)} by {r.method === 'check' ? 'check' : 'card'} · {label('paymentStatus', r.status)} · {label('reason', r.reason)}</Text>
        ))}
      </Stack>
    </Section>
  );
}

function Plan({ d, canOffer }: { d: Account360; canOffer: boolean }) {
  const p = d.plan;
  return (
    <Section title="Payment plan">
      {!p && (
        <Text size="sm" c="dimmed">
          No plan.{canOffer && d.account.patientDueCents > 0 && <> <Anchor component={Link} size="sm" underline="always" to={`/workspace/accounts/${d.account.id}/payment-options`}>Offer one</Anchor>.</>}
        </Text>
      )}
      {p && (
        <Stack gap={4}>
          <Text size="sm">{label('planStatus', p.status)} · {formatCents(p.monthlyPaymentCents)} a month · {formatCents(p.remainingCents)} left{p.pausedUntil ? ` · paused until ${dateText(p.pausedUntil)}` : ''}</Text>
          {p.nextDue && <Text size="sm">Next: {formatCents(p.nextDue.amountCents)} on {dateText(p.nextDue.dueOn)}</Text>}
          <Text size="sm" c="dimmed">{(p.installments ?? []).length} installments: {(p.installments ?? []).slice(0, 4).map((i) => `${dateText(i.dueOn)} ${formatCents(i.amountCents)}${i.paidCents >= i.amountCents ? ' (paid)' : ''}`).join(' · ')}{(p.installments ?? []).length > 4 ? ' …' : ''}</Text>
          {p.paymentPolicyVersion !== null && (
            <Text size="sm" c="dimmed">{p.paymentPolicyVersion > 0 ? `Set up under payment policy version ${p.paymentPolicyVersion}.` : 'Set up under the default payment terms (before any payment policy was published).'}</Text>
          )}
          <Link to={`/workspace/accounts/${d.account.id}/payment-options`}>Plan details and changes</Link>
        </Stack>
      )}
    </Section>
  );
}

function Assistance({ d, me }: { d: Account360; me: Me | undefined }) {
  const qc = useQueryClient();
  const [confirm, setConfirm] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const a = d.assistance;
  if (!a) return <Section title="Financial assistance" empty="No application." />;
  const decide = async () => {
    setConfirm(false);
    setError(null);
    try {
      const r = await api<DecidedApplication>(`/api/v1/assistance/applications/${a.id}/decide`, { method: 'POST', json: { verifiedPresumptive: [] } });
      setResult(`Decided: ${label('appStatus', r.status).toLowerCase()}. The patient's notice was sent.`);
      await qc.invalidateQueries({ queryKey: ['account360', d.account.id] });
    } catch (e) {
      setError(e instanceof ApiError ? e.userMessage : String(e));
    }
  };
  return (
    <Section title="Financial assistance">
      <Stack gap={4}>
        <Text size="sm">Application received {dateText(a.receivedOn)} · {label('appStatus', a.status)}{a.holdActive ? ' · collection paused while it is open' : ''}</Text>
        <Text size="sm">Household of {a.household?.size ?? '?'}{a.household?.annualIncomeCents != null ? `, ${formatCents(a.household.annualIncomeCents)} a year` : ''}{a.noIncomeAttestation ? ', no income (attested)' : ''}</Text>
        {a.missing?.length > 0 && <Text size="sm">Still missing: {a.missing.map((m) => label('reason', m.item)).join(', ')}</Text>}
        <Text size="sm" fw={600}>Documents</Text>
        {a.documents.length === 0 ? <Text size="sm" c="dimmed">None uploaded.</Text> : (
          <List size="sm" aria-label="Assistance documents">
            {a.documents.map((doc) => (
              <List.Item key={doc.id}><Anchor href={`/api/v1/assistance/applications/${a.id}/documents/${doc.id}`} target="_blank" rel="noreferrer">{label('reason', doc.kind)}: {doc.fileName}</Anchor> ({Math.ceil(doc.sizeBytes / 1024)} KB)</List.Item>
            ))}
          </List>
        )}
        {a.decision && <Text size="sm">Decision: {label('appStatus', a.decision.decision)} on {dateText(a.decision.decidedOn)}{a.decision.discountPct ? ` (${a.decision.discountPct}% off)` : ''}</Text>}
        {!a.decision && may(me, 'assistance.decide') && <Button size="sm" onClick={() => setConfirm(true)}>Decide under the policy</Button>}
        {result && <Alert color="teal" role="status">{result}</Alert>}
        {error && <Alert color="red" role="alert">{error}</Alert>}
      </Stack>
      <Modal opened={confirm} onClose={() => setConfirm(false)} title="Decide this application?">
        <Text size="sm" mb="md">The policy decides from the household and the documents. An approval lowers the balance at once and refunds anything paid above it; the patient is sent the decision. This cannot be undone here.</Text>
        <Group justify="flex-end"><Button variant="default" onClick={() => setConfirm(false)}>Cancel</Button><Button onClick={() => void decide()}>Decide</Button></Group>
      </Modal>
    </Section>
  );
}

function Communications({ d }: { d: Account360 }) {
  return (
    <Section title="Messages and calls" empty={d.communications.length === 0 && 'No messages yet.'}>
      <Stack gap={4} component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Messages and calls, newest first">
        {d.communications.map((c) => (
          <li key={c.id}>
            <Text size="sm">
              {dateTimeText(c.at)} · {c.direction === 'inbound' ? 'from the patient' : 'to the patient'} · {label('channel', c.channel)} · {label('commStatus', c.status)}
              {c.outcome ? ` · ${label('callOutcome', c.outcome)}` : ''}{c.subject ? ` · ${c.subject}` : ''}
            </Text>
            {c.status === 'blocked' && c.reasons?.length > 0 && <Text size="xs" c="dimmed">Not sent because: {c.reasons.map((r: string) => label('reason', r)).join('; ')}</Text>}
          </li>
        ))}
      </Stack>
    </Section>
  );
}

function Conversations({ d }: { d: Account360 }) {
  const last = d.sentiment.at(-1);
  return (
    <Section title="Conversations" empty={d.conversations.length === 0 && 'No conversations recorded.'}>
      {last && <Text size="sm" mb="xs">Latest mood: {SENTIMENT[last.label] ?? label('reason', last.label)} ({d.sentiment.length} patient remarks over time: {d.sentiment.slice(-8).map((s) => SENTIMENT[s.label] ?? s.label).join(' → ')})</Text>}
      <Stack gap="sm">
        {d.conversations.map((c) => (
          <div key={c.id}>
            <Text size="sm" fw={600}>{dateTimeText(c.startedAt)} · {label('channel', c.channel)} · {c.remarks} remarks</Text>
            {c.utterances.length > 0 && (
              <Stack gap={0} pl="sm">
                {c.utterances.map((u) => (
                  <Text size="sm" key={u.id}><b>{u.speaker === 'agent' ? 'Agent' : 'Patient'}:</b> {u.text}{u.sentiment && u.speaker === 'patient' ? <Text span size="xs" c="dimmed"> ({SENTIMENT[u.sentiment] ?? u.sentiment})</Text> : null}</Text>
                ))}
              </Stack>
            )}
          </div>
        ))}
      </Stack>
    </Section>
  );
}

function Outcomes({ d }: { d: Account360 }) {
  return (
    <Section title="Outcomes and notes" empty={d.outcomes.length === 0 && 'No outcomes recorded yet.'}>
      <Stack gap={6}>
        {d.outcomes.map((o) => (
          <div key={o.id}>
            <Text size="sm"><b>{o.label}</b> · {dateTimeText(o.recordedAt)} · {o.agent}</Text>
            {o.promise && <Text size="sm">Promised {formatCents(o.promise.amountCents ?? 0)} by {dateText(o.promise.dueOn)}: {label('promiseStatus', o.promise.status)}</Text>}
            {o.callbackAt && <Text size="sm">Call back at {dateTimeText(o.callbackAt)}</Text>}
            {o.note && <Text size="sm" c="dimmed">{o.note}</Text>}
          </div>
        ))}
      </Stack>
    </Section>
  );
}

function Tasks({ d }: { d: Account360 }) {
  return (
    <Section title="Tasks" empty={d.tasks.length === 0 && 'No tasks for this account.'}>
      <Stack gap={2}>
        {d.tasks.map((t) => (
          <Text size="sm" key={t.id}>{label('taskKind', t.kind)} · {t.status === 'open' ? (t.snoozedUntil ? `waiting until ${dateTimeText(t.snoozedUntil)}` : 'open') : `done ${t.completedAt ? dateText(t.completedAt) : ''}`}</Text>
        ))}
      </Stack>
    </Section>
  );
}

/** The whole account on one screen: who, what they owe and why, what happened, and what to do next. */
export function AccountDetail() {
  const { accountId } = useParams();
  const me = useQuery({ queryKey: ['me'], queryFn: () => api<Me>('/api/v1/me') });
  const q = useQuery({ queryKey: ['account360', accountId], queryFn: () => api<Account360>(`/api/v1/workspace/accounts/${accountId}`) });
  // Handle time starts when the agent opens the account.
  const [openedAt, setOpenedAt] = useState(() => new Date());
  useEffect(() => setOpenedAt(new Date()), [accountId]);
  if (q.isLoading) return <Loader role="status" aria-label="Loading the account" />;
  if (q.error || !q.data) {
    return <Alert color="red" title="The account did not load">{q.error instanceof ApiError ? q.error.userMessage : 'It may not exist, or your role may not open it.'} Go back to the worklist and try again.</Alert>;
  }
  const d = q.data;
  const { account, person } = d;
  const name = person ? `${person.givenName} ${person.familyName}` : 'Account';
  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={1} size="h2">{name}</Title>
          <Text size="sm">{account.externalRef} · {label('accountStatus', account.status)}{account.patientDueCents > 0 ? ` · ${label('aging', account.aging)}` : ''}</Text>
        </div>
        <Stack gap={4} align="flex-end">
          <Text size="xl" fw={700}>Owes {formatCents(account.patientDueCents)}</Text>
          {account.insurancePendingCents > 0 && <Text size="sm">{formatCents(account.insurancePendingCents)} waiting on insurance</Text>}
        </Stack>
      </Group>
      <Group gap="sm" wrap="wrap">
        <CallNow c={d.callNow} />
        {may(me.data, 'plans.manage') && <Button component={Link} to={`/workspace/accounts/${account.id}/payment-options`} variant="default" size="sm">Payment options</Button>}
      </Group>
      {may(me.data, 'scores.read') && <AccountScores accountId={account.id} />}
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            {may(me.data, 'outcomes.record') && <OutcomePanel accountId={account.id} dispositions={d.dispositions} callNow={d.callNow} openedAt={openedAt} owesCents={account.patientDueCents} onSaved={() => setOpenedAt(new Date())} />}
            <Person d={d} />
            <Tasks d={d} />
            <Outcomes d={d} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Visits d={d} />
            <Plan d={d} canOffer={may(me.data, 'plans.manage')} />
            <Assistance d={d} me={me.data} />
            <Payments d={d} />
            <Communications d={d} />
            <Conversations d={d} />
            <Ledger d={d} />
          </Stack>
        </Grid.Col>
      </Grid>
      <AccountDisputes accountId={account.id} personId={person?.id ?? null} />
      {person && may(me.data, 'conversations.use') && (
        <Stack gap="xs">
          {/* What the conversation's effects allow right now, per channel; refreshed as they happen. */}
          <ContactChecks accountId={account.id} />
          <LiveConversation personId={person.id} accountId={account.id} />
        </Stack>
      )}
      {person && may(me.data, 'intent_reviews.read') && <ProposalHistory personId={person.id} accountId={account.id} />}
      <AccountCsat accountId={account.id} />
      {may(me.data, 'audit.read') && <PatientAccessLog accountId={account.id} />}
    </Stack>
  );
}
