import { Alert, Anchor, Badge, Button, Card, Grid, Group, List, MultiSelect, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError, formatCents } from '../ui/api';
import type { CopayResult, CoverageView as Coverage, DeskPatient as Desk, DeskView, EstimateResult, PatientMatch, PriceList } from '@contracts/frontdesk';

const VISIT_TYPES = [
  { value: 'office', label: 'Office visit' },
  { value: 'outpatient', label: 'Outpatient service' },
  { value: 'emergency', label: 'Emergency department' },
  { value: 'inpatient', label: 'Hospital stay' },
];

const fmtDate = (iso: string | null) => (iso ? new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString('en-US', { dateStyle: 'medium', timeZone: 'UTC' }) : 'not on file');
const message = (e: unknown) => (e instanceof ApiError ? e.userMessage + (e.issues.length ? ` (${e.issues.map((i) => i.message).join('; ')})` : '') : 'Something went wrong. Please try again.');

/**
 * Patient access check-in: find the patient, check coverage, say the copay and any earlier
 * balance gently (never a condition of care, never in the emergency department), take the copay
 * by card and print the receipt.
 */
export function CheckInPage() {
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [mrn, setMrn] = useState('');
  const [results, setResults] = useState<PatientMatch[] | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function search(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    const q = new URLSearchParams();
    if (name.trim()) q.set('name', name.trim());
    if (birthDate) q.set('birthDate', birthDate);
    if (mrn.trim()) q.set('mrn', mrn.trim());
    if (![...q.keys()].length) {
      setError('Enter a name, a date of birth or an MRN to search.');
      return;
    }
    setBusy(true);
    try {
      setResults((await api<{ items: PatientMatch[] }>(`/api/v1/frontdesk/patients?${q}`)).items);
      setPersonId(null);
    } catch (err) {
      setError(message(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack>
      <Title order={2}>Front desk check-in</Title>
      <Card withBorder component="form" onSubmit={search} aria-label="Find a patient">
        <Text fw={600} mb="xs">Find the patient</Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} autoComplete="off" />
          <TextInput label="Date of birth" type="date" value={birthDate} onChange={(e) => setBirthDate(e.currentTarget.value)} />
          <TextInput label="MRN" value={mrn} onChange={(e) => setMrn(e.currentTarget.value)} autoComplete="off" />
        </SimpleGrid>
        <Group mt="sm"><Button type="submit" loading={busy}>Search</Button></Group>
        {error && <Alert color="red" mt="sm" role="alert">{error}</Alert>}
        {results && results.length === 0 && <Text mt="sm" c="dimmed">No patient matches. Check the spelling or search by date of birth.</Text>}
        {results && results.length > 0 && (
          <Table mt="sm" aria-label="Patients found">
            <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Date of birth</Table.Th><Table.Th>MRN</Table.Th><Table.Th /></Table.Tr></Table.Thead>
            <Table.Tbody>
              {results.map((p) => (
                <Table.Tr key={p.personId}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{fmtDate(p.birthDate)}</Table.Td>
                  <Table.Td>{p.mrn}</Table.Td>
                  <Table.Td><Button size="xs" variant={p.personId === personId ? 'filled' : 'light'} onClick={() => setPersonId(p.personId)} aria-label={`Select ${p.name}`}>Select</Button></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      {personId && <PatientDesk key={personId} personId={personId} />}
    </Stack>
  );
}

function PatientDesk({ personId }: { personId: string }) {
  const qc = useQueryClient();
  const desk = useQuery({ queryKey: ['desk', personId], queryFn: () => api<Desk>(`/api/v1/frontdesk/patients/${personId}`) });
  const [error, setError] = useState<string | null>(null);
  const [visitType, setVisitType] = useState<string | null>('office');
  const [coverageId, setCoverageId] = useState<string | null>(null);
  const [view, setView] = useState<DeskView | null>(null);
  const run = async (fn: () => Promise<void>) => {
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(message(e));
    }
  };
  if (desk.isLoading) return <Text>Loading the patient…</Text>;
  if (desk.error || !desk.data) return <Alert color="red" role="alert">Could not open this patient. {message(desk.error)}</Alert>;
  const d = desk.data;
  const chosenCoverage = coverageId ?? d.coverages[0]?.id ?? null;
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack>
          <Card withBorder>
            <Title order={3}>{d.patient.name}</Title>
            <Text size="sm">Born {fmtDate(d.patient.birthDate)} · MRN {d.patient.mrn}</Text>
            <Text size="sm" mt="xs">
              Earlier balance: <b>{formatCents(d.priorBalanceCents)}</b>
              {d.priorBalanceCents > 0 ? ' (no need to settle it today)' : ''}
            </Text>
          </Card>
          <Card withBorder>
            <Text fw={600} mb="xs">Insurance on file</Text>
            {d.coverages.length === 0 && <Text c="dimmed" size="sm">No insurance on file. Ask for the card, or continue as self-pay.</Text>}
            <Stack>
              {d.coverages.map((c) => (
                <CoverageCard key={c.id} c={c} onChecked={() => qc.invalidateQueries({ queryKey: ['desk', personId] })} onError={setError} />
              ))}
            </Stack>
            <AddCard personId={personId} onAdded={() => qc.invalidateQueries({ queryKey: ['desk', personId] })} onError={setError} />
          </Card>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack>
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <Card withBorder>
            <Text fw={600} mb="xs">Check in</Text>
            <Stack gap="xs">
              <Select label="Visit type" data={VISIT_TYPES} value={visitType} onChange={setVisitType} allowDeselect={false} />
              {d.coverages.length > 0 && (
                <Select label="Insurance for this visit" data={d.coverages.map((c) => ({ value: c.id, label: `${c.payerName} · ${c.memberId}` }))} value={chosenCoverage} onChange={setCoverageId} allowDeselect={false} />
              )}
              <Group>
                <Button onClick={() => run(async () => {
                  setView(await api<DeskView>(`/api/v1/frontdesk/patients/${personId}/check-in`, { method: 'POST', json: { visitType, coverageId: chosenCoverage } }));
                })}>Check in</Button>
              </Group>
            </Stack>
          </Card>
          {view && <VisitPanel view={view} email={d.patient.email} onError={setError} />}
          <EstimateCard personId={personId} coverageId={chosenCoverage} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

function CoverageCard({ c, onChecked, onError }: { c: Coverage; onChecked: () => void; onError: (m: string) => void }) {
  const [busy, setBusy] = useState(false);
  const e = c.eligibility;
  return (
    <Card withBorder padding="sm" data-testid="coverage">
      <Group justify="space-between" wrap="wrap">
        <div>
          <Text fw={600}>{c.payerName}</Text>
          <Text size="sm">Member ID {c.memberId}{c.planName ? ` · ${c.planName}` : ''}</Text>
        </div>
        <Button size="xs" variant="light" loading={busy} onClick={async () => {
          setBusy(true);
          try {
            await api(`/api/v1/frontdesk/coverages/${c.id}/eligibility`, { method: 'POST', json: { serviceType: '30' } });
            onChecked();
          } catch (err) {
            onError(message(err));
          } finally {
            setBusy(false);
          }
        }}>Check eligibility</Button>
      </Group>
      {!e && <Text size="sm" c="dimmed" mt="xs">Not checked yet.</Text>}
      {e && (
        <Stack gap={2} mt="xs" data-testid="eligibility">
          <Group gap="xs">
            <Badge color={e.active ? 'teal' : 'red'} variant="light">{e.active ? 'Coverage active' : 'Not active'}</Badge>
            <Text size="xs" c="dimmed">checked {new Date(e.checkedAt).toLocaleString('en-US')}</Text>
          </Group>
          {e.errors.map((x) => <Text key={x.code} size="sm">The insurer says: {x.message}.</Text>)}
          {e.active && (
            <List size="sm" spacing={2}>
              {e.planName && <List.Item>Plan: {e.planName}</List.Item>}
              {e.copayCents['98'] !== undefined && <List.Item>Office visit copay: {formatCents(e.copayCents['98'])}</List.Item>}
              {e.copayCents['86'] !== undefined && <List.Item>Emergency copay: {formatCents(e.copayCents['86'])}</List.Item>}
              {e.coinsurancePercent !== null && <List.Item>Coinsurance: {e.coinsurancePercent}%</List.Item>}
              {e.deductible.totalCents !== null && <List.Item>Deductible: {formatCents(e.deductible.metCents ?? 0)} met, {formatCents(e.deductible.remainingCents ?? 0)} left of {formatCents(e.deductible.totalCents)}</List.Item>}
              {e.outOfPocket.remainingCents !== null && <List.Item>Out-of-pocket left this year: {formatCents(e.outOfPocket.remainingCents)}</List.Item>}
            </List>
          )}
        </Stack>
      )}
    </Card>
  );
}

function AddCard({ personId, onAdded, onError }: { personId: string; onAdded: () => void; onError: (m: string) => void }) {
  const [payerName, setPayerName] = useState('');
  const [payerId, setPayerId] = useState('');
  const [memberId, setMemberId] = useState('');
  return (
    <Stack gap="xs" mt="md" component="form" aria-label="Add an insurance card" onSubmit={async (e: React.FormEvent) => {
      e.preventDefault();
      try {
        await api(`/api/v1/frontdesk/patients/${personId}/coverages`, { method: 'POST', json: { payerName, memberId, ...(payerId ? { payerId } : {}) } });
        setPayerName('');
        setPayerId('');
        setMemberId('');
        onAdded();
      } catch (err) {
        onError(message(err));
      }
    }}>
      <Text size="sm" fw={600}>Add an insurance card</Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="Insurance company" value={payerName} onChange={(e) => setPayerName(e.currentTarget.value)} required />
        <TextInput label="Payer ID (optional)" value={payerId} onChange={(e) => setPayerId(e.currentTarget.value)} />
        <TextInput label="Member ID" value={memberId} onChange={(e) => setMemberId(e.currentTarget.value)} required />
      </SimpleGrid>
      <Group><Button type="submit" variant="light">Save card</Button></Group>
    </Stack>
  );
}

function VisitPanel({ view, email, onError }: { view: DeskView; email: string | null; onError: (m: string) => void }) {
  const [lang, setLang] = useState<'en' | 'es'>('en');
  const [card, setCard] = useState('');
  const [exp, setExp] = useState('12/30');
  const [paying, setPaying] = useState(false);
  const [paid, setPaid] = useState<CopayResult['payment'] | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  if (!view.paymentPrompt) {
    return (
      <Alert color="blue" title="No payment at this visit" data-testid="emtala-notice">
        {view.emtalaNotice} The patient is checked in.
      </Alert>
    );
  }
  async function pay(e: React.FormEvent) {
    e.preventDefault();
    setPaying(true);
    try {
      const [m, y] = exp.split('/').map((x) => Number(x.trim()));
      const tok = await api<{ token: string }>('/api/v1/payments/card-tokens', { method: 'POST', json: { number: card.replace(/\s/g, ''), expMonth: m, expYear: (y ?? 0) < 100 ? 2000 + (y ?? 0) : y } });
      const r = await api<CopayResult>(`/api/v1/frontdesk/visits/${view.visitId}/copay`, { method: 'POST', json: { paymentMethod: tok.token, idempotencyKey: `${view.visitId}:${tok.token}` } });
      setPaid(r.payment);
      setCard('');
    } catch (err) {
      onError(message(err));
    } finally {
      setPaying(false);
    }
  }
  return (
    <Card withBorder data-testid="visit-panel">
      <Group justify="space-between">
        <Text fw={600}>Checked in</Text>
        <SegmentedControl size="xs" value={lang} onChange={(v) => setLang(v as 'en' | 'es')} data={[{ value: 'en', label: 'English' }, { value: 'es', label: 'Español' }]} aria-label="Script language" />
      </Group>
      <SimpleGrid cols={2} mt="xs">
        <div><Text size="sm" c="dimmed">Today's copay</Text><Text fw={600} data-testid="copay">{view.copayCents !== null ? formatCents(view.copayCents) : view.coverageChecked ? 'None on the plan' : 'Check eligibility to know'}</Text></div>
        <div><Text size="sm" c="dimmed">Earlier balance</Text><Text fw={600} data-testid="prior-balance">{formatCents(view.priorBalanceCents)}</Text></div>
      </SimpleGrid>
      <Text size="sm" fw={600} mt="sm">What to say</Text>
      <List size="sm" spacing={4}>
        {view.script[lang].map((s, i) => <List.Item key={i}>{s}</List.Item>)}
      </List>
      <Text size="xs" c="dimmed" mt="xs">Care never depends on payment. If the patient asks about a plan or financial assistance, a financial counselor can help.</Text>
      {view.copayCents !== null && view.copayCents > 0 && !paid && (
        <Stack gap="xs" mt="sm" component="form" aria-label="Take the copay by card" onSubmit={pay}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Card number" value={card} onChange={(e) => setCard(e.currentTarget.value)} inputMode="numeric" autoComplete="off" required />
            <TextInput label="Expires (MM/YY)" value={exp} onChange={(e) => setExp(e.currentTarget.value)} required />
          </SimpleGrid>
          <Group><Button type="submit" loading={paying}>Take {formatCents(view.copayCents)} by card</Button></Group>
        </Stack>
      )}
      {paid && (
        <Alert color="teal" mt="sm" title="Copay received" data-testid="paid">
          {formatCents(paid.amountCents)} paid{paid.card ? ` with the card ending ${paid.card.last4}` : ''}.{' '}
          <Anchor component={Link} to={`/frontdesk/receipts/${paid.id}`}>Print the receipt</Anchor>
          {email && (
            <Button size="xs" variant="subtle" ml="xs" onClick={async () => {
              try {
                await api(`/api/v1/frontdesk/payments/${paid.id}/receipt/email`, { method: 'POST', json: { language: lang } });
                setSent('Receipt sent by email.');
              } catch (err) {
                onError(message(err));
              }
            }}>Email the receipt</Button>
          )}
          {sent && <Text size="sm">{sent}</Text>}
        </Alert>
      )}
    </Card>
  );
}

function EstimateCard({ personId, coverageId }: { personId: string; coverageId: string | null }) {
  const prices = useQuery({ queryKey: ['price-list'], queryFn: () => api<PriceList>('/api/v1/frontdesk/price-list') });
  const [codes, setCodes] = useState<string[]>([]);
  const [selfPay, setSelfPay] = useState(coverageId === null);
  const [estimate, setEstimate] = useState<EstimateResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const body = (language: 'en' | 'es') => ({ items: codes.map((code) => ({ code })), coverageId: selfPay ? null : coverageId, language });
  async function pdf(language: 'en' | 'es') {
    const res = await fetch(`/api/v1/frontdesk/patients/${personId}/good-faith-estimate`, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body(language)) });
    if (!res.ok) return setError('The Good Faith Estimate could not be made. Please try again.');
    window.open(URL.createObjectURL(await res.blob()), '_blank');
  }
  return (
    <Card withBorder>
      <Text fw={600} mb="xs">Estimate for a planned service</Text>
      <MultiSelect label="Services" data={(prices.data?.items ?? []).map((p) => ({ value: p.code, label: `${p.description.en} (${p.code})` }))} value={codes} onChange={setCodes} searchable />
      <SegmentedControl mt="xs" value={selfPay ? 'self' : 'ins'} onChange={(v) => setSelfPay(v === 'self')} data={[{ value: 'ins', label: 'Use insurance', disabled: coverageId === null }, { value: 'self', label: 'Self-pay' }]} aria-label="How the patient pays" />
      <Group mt="xs">
        <Button variant="light" disabled={!codes.length} onClick={async () => {
          setError(null);
          try {
            setEstimate(await api<EstimateResult>(`/api/v1/frontdesk/patients/${personId}/estimate`, { method: 'POST', json: body('en') }));
          } catch (err) {
            setError(message(err));
          }
        }}>Estimate</Button>
      </Group>
      {error && <Alert color="red" mt="xs" role="alert">{error}</Alert>}
      {estimate && (
        <Stack gap={4} mt="sm" data-testid="estimate">
          <Text>Patient pays about <b>{formatCents(estimate.estimate.patientCents)}</b>{estimate.estimate.kind === 'insured' ? `; insurance about ${formatCents(estimate.estimate.insuranceCents)}` : ''}.</Text>
          <List size="sm">{estimate.estimate.basis.en.map((b, i) => <List.Item key={i}>{b}</List.Item>)}</List>
          {estimate.goodFaithEstimate.required && (
            <>
              <Text size="sm">Uninsured or self-pay: the patient has a right to a Good Faith Estimate{estimate.goodFaithEstimate.dueBy ? `, due by ${fmtDate(estimate.goodFaithEstimate.dueBy)}` : ''}.</Text>
              <Group gap="xs">
                <Button size="xs" variant="light" onClick={() => pdf('en')}>Good Faith Estimate (PDF)</Button>
                <Button size="xs" variant="light" onClick={() => pdf('es')} lang="es">Estimación de buena fe (PDF)</Button>
              </Group>
            </>
          )}
        </Stack>
      )}
    </Card>
  );
}
