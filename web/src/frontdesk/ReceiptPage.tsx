import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError, formatCents } from '../ui/api';
import type { Receipt } from '@contracts/frontdesk';


/** A printable receipt (the browser's print prints only the receipt card). No card number, no clinical detail. */
export function ReceiptPage() {
  const { paymentId } = useParams();
  const r = useQuery({ queryKey: ['receipt', paymentId], queryFn: () => api<Receipt>(`/api/v1/frontdesk/payments/${paymentId}/receipt`) });
  if (r.isLoading) return <Text>Loading the receipt…</Text>;
  if (r.error || !r.data) return <Alert color="red" role="alert">{r.error instanceof ApiError ? r.error.userMessage : 'The receipt could not be loaded.'} <Anchor component={Link} to="/frontdesk">Back to check-in</Anchor></Alert>;
  const x = r.data;
  const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: x.timeZone }).format(new Date(x.paidAt));
  return (
    <Stack maw={520}>
      <style>{'@media print { header, nav, .no-print { display: none !important; } main { padding: 0 !important; } }'}</style>
      <Card withBorder data-testid="receipt">
        <Title order={2}>{x.tenantName}</Title>
        <Text size="lg" fw={600} mt="xs">Payment receipt · Recibo de pago</Text>
        <Stack gap={4} mt="sm">
          <Text>Patient: {x.patientName}</Text>
          <Text>{x.purpose.en} · {x.purpose.es}</Text>
          <Text size="xl" fw={700} data-testid="receipt-amount">{formatCents(x.amountCents)}</Text>
          <Text>Paid {when}{x.card ? ` with the ${x.card.brand} card ending ${x.card.last4}` : ''}</Text>
          <Text>Confirmation number: {x.confirmation}</Text>
        </Stack>
        <Text size="sm" mt="sm">Thank you. Keep this receipt for your records. Questions about a bill? Call us; we are glad to help.</Text>
      </Card>
      <Group className="no-print">
        <Button onClick={() => window.print()}>Print</Button>
        <Anchor component={Link} to="/frontdesk">Back to check-in</Anchor>
      </Group>
    </Stack>
  );
}
