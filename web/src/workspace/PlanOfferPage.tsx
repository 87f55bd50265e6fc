import { Alert, Anchor, Badge, Button, Card, Code, CopyButton, Grid, Group, List, Modal, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError, formatCents } from '../ui/api';
import { label } from '../ui/labels';
import type { AccountPlan, StaffPlanQuote as Quote } from '@contracts/plans';
import type { CreatedPaymentLink, PaymentLinkList } from '@contracts/payments';

/**
 * The agent's payment options for one account: plans within policy for the patient's stated
 * budget (one click to set one up), a screening that points to assistance when none fits, the
 * current plan with its history and hardship pause, and secure links to send or revoke.
 */
export function PlanOfferPage() {
  const { accountId } = useParams();
  const qc = useQueryClient();
  const [budget, setBudget] = useState<number | string>('');
  const [income, setIncome] = useState<number | string>('');
  const [quote, setQuote] = useState<Quote | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [newLink, setNewLink] = useState<string | null>(null);
  // Binding actions wait for a second click in a dialog that says what will happen.
  const [confirm, setConfirm] = useState<{ title: string; text: string; go: () => Promise<void> } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const plan = useQuery({ queryKey: ['plan', accountId], queryFn: () => api<AccountPlan>(`/api/v1/accounts/${accountId}/plan`) });
  const links = useQuery({ queryKey: ['links', accountId], queryFn: () => api<PaymentLinkList>(`/api/v1/accounts/${accountId}/payment-links`), retry: false });

  const run = async (fn: () => Promise<void>) => {
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(e instanceof ApiError ? `${e.userMessage}` : String(e));
    }
  };
  const cents = (v: number | string) => (v === '' ? undefined : Math.round(Number(v) * 100));

  return (
    <Stack>
      <Group>
        <Title order={1} size="h2">Payment options</Title>
        <Anchor component={Link} to={`/workspace/accounts/${accountId}`}>Back to the account</Anchor>
      </Group>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {done && (
        <Alert color="teal" role="status" title={done}>
          <Anchor component={Link} to={`/workspace/accounts/${accountId}`}>Back to the account to record the outcome</Anchor>
        </Alert>
      )}
      <Modal opened={confirm !== null} onClose={() => setConfirm(null)} title={confirm?.title ?? ''}>
        <Text size="sm" mb="md">{confirm?.text}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirm(null)}>Cancel</Button>
          <Button onClick={() => { const c = confirm; setConfirm(null); if (c) void run(c.go); }}>Confirm</Button>
        </Group>
      </Modal>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder>
            <Stack>
              <Text fw={600}>Offer a plan the patient can afford</Text>
              <Group grow>
                <NumberInput label="Patient's monthly budget ($)" value={budget} onChange={setBudget} min={0} decimalScale={2} />
                <NumberInput label="Monthly household income ($, optional)" value={income} onChange={setIncome} min={0} decimalScale={2} />
              </Group>
              <Button onClick={() => run(async () => setQuote(await api<Quote>(`/api/v1/accounts/${accountId}/plan-quotes`, { method: 'POST', json: { monthlyBudgetCents: cents(budget), monthlyIncomeCents: cents(income) } })))}>Quote plans</Button>
              {quote?.referToAssistance && (
                <Alert color="teal">No plan fits this budget within policy. Offer financial assistance instead (screening before any escalation); a counselor can file it for the patient.</Alert>
              )}
              {quote && !quote.referToAssistance && (
                <Table>
                  <Table.Thead><Table.Tr><Table.Th>Plan</Table.Th><Table.Th>Monthly</Table.Th><Table.Th>First due</Table.Th><Table.Th /></Table.Tr></Table.Thead>
                  <Table.Tbody>
                    {quote.options.map((o, i) => (
                      <Table.Tr key={o.months}>
                        <Table.Td>{o.months} months {quote.recommended === i && <Badge size="xs" color="dark" variant="outline">recommended</Badge>}</Table.Td>
                        <Table.Td>{formatCents(o.monthlyPaymentCents)}</Table.Td>
                        <Table.Td>{o.firstDueOn}</Table.Td>
                        <Table.Td>
                          <Button size="xs" aria-label={`Set up the ${o.months}-month plan`} onClick={() => setConfirm({
                            title: 'Set up this plan?',
                            text: `${o.months} monthly payments of ${formatCents(o.monthlyPaymentCents)}, the first on ${o.firstDueOn}, interest-free. Confirm the patient agreed to it on this call.`,
                            go: async () => {
                              await api(`/api/v1/accounts/${accountId}/plans`, { method: 'POST', json: { months: o.months, monthlyBudgetCents: cents(budget), monthlyIncomeCents: cents(income) } });
                              setQuote(null);
                              setDone(`Plan set up: ${o.months} payments of ${formatCents(o.monthlyPaymentCents)}.`);
                              await qc.invalidateQueries({ queryKey: ['plan', accountId] });
                              await qc.invalidateQueries({ queryKey: ['account360', accountId] });
                            },
                          })}>Set up</Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
              {quote && <Text size="sm" c="dimmed">Cap {formatCents(quote.capCents)} ({quote.capReasons.map((r) => label('reason', r)).join(', ')}); interest-free.</Text>}
            </Stack>
          </Card>
          {plan.data?.plan && (
            <Card withBorder mt="md">
              <Group justify="space-between">
                <Text fw={600}>Current plan <Badge color="dark" variant="outline">{label('planStatus', plan.data.plan.status)}</Badge></Text>
                {['active', 'grace', 'missed', 'replan_offered'].includes(plan.data.plan.status) && (
                  <Button size="xs" variant="light" onClick={() => setConfirm({
                    title: 'Pause the plan for 60 days?',
                    text: 'No payments are due and no reminders go out for 60 days; the schedule then moves back by the same time.',
                    go: async () => {
                      const until = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
                      await api(`/api/v1/plans/${plan.data!.plan!.id}/pause`, { method: 'POST', json: { until, reason: 'hardship' } });
                      await qc.invalidateQueries({ queryKey: ['plan', accountId] });
                    },
                  })}>Hardship pause (60 days)</Button>
                )}
              </Group>
              <Text size="sm">Remaining {formatCents(plan.data.plan.remainingCents)}; {plan.data.plan.nextDue ? `next ${formatCents(plan.data.plan.nextDue.amountCents)} on ${plan.data.plan.nextDue.dueOn}` : 'nothing due'}</Text>
              <List size="sm" mt="xs">
                {plan.data.plan.history.map((h, i) => <List.Item key={i}>{h.at.slice(0, 10)}: {h.from ? label('planStatus', h.from) : '—'} → {label('planStatus', h.to)} ({label('reason', h.reason)})</List.Item>)}
              </List>
            </Card>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder>
            <Stack>
              <Text fw={600}>Secure link for the patient</Text>
              <Button variant="light" onClick={() => run(async () => {
                const r = await api<CreatedPaymentLink>(`/api/v1/accounts/${accountId}/payment-links`, { method: 'POST', json: {} });
                setNewLink(r.url);
                await qc.invalidateQueries({ queryKey: ['links', accountId] });
              })}>Create a link (14 days)</Button>
              {newLink && (
                <Group wrap="nowrap">
                  <Code style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: 260 }}>{newLink}</Code>
                  <CopyButton value={newLink}>{({ copied, copy }) => <Button size="xs" onClick={copy}>{copied ? 'Copied' : 'Copy'}</Button>}</CopyButton>
                </Group>
              )}
              <Table>
                <Table.Tbody>
                  {(links.data?.items ?? []).map((l) => (
                    <Table.Tr key={l.linkId}>
                      <Table.Td>{l.issuedAt.slice(0, 10)}</Table.Td>
                      <Table.Td><Badge color={l.status === 'active' ? 'teal' : 'gray'}>{l.status}</Badge></Table.Td>
                      <Table.Td>{l.verifiedAt ? 'opened' : ''}</Table.Td>
                      <Table.Td>
                        {l.status === 'active' && <Button size="xs" color="red" variant="subtle" onClick={() => run(async () => {
                          await api(`/api/v1/payment-links/${l.linkId}/revoke`, { method: 'POST', json: {} });
                          await qc.invalidateQueries({ queryKey: ['links', accountId] });
                        })}>Revoke</Button>}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
