import { Alert, Anchor, Badge, Button, Group, NumberInput, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { DisputeView } from '@contracts/disputes';
import { api, ApiError } from '../ui/api';
import { badgeColor, can, CATEGORY_LABEL, LINK, RESOLUTION_LABEL, shortDate, SOURCE_LABEL, statusLabel, useMe } from './labels';

/** One dispute: what the patient said, where it stands, and (for billing) the answer. */
export function DisputePanel({ dispute }: { dispute: DisputeView }) {
  const me = useMe();
  const d = dispute;
  return (
    <Stack gap={6} data-testid="dispute-panel">
      <Group gap="xs">
        <Badge variant="filled" color={badgeColor(d)}>{statusLabel(d)}</Badge>
        <Text size="sm">{CATEGORY_LABEL[d.category] ?? d.category} · from {SOURCE_LABEL[d.source] ?? d.source}</Text>
      </Group>
      <Text size="sm">Received {shortDate(d.receivedAt)} · {d.ageDays} days old · answer due {shortDate(d.dueAt)}</Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>“{d.description}”</Text>
      {d.hasDocument && <Anchor c={LINK} size="sm" href={`/api/v1/disputes/${d.id}/document`}>Patient's document{d.documentName ? ` (${d.documentName})` : ''}</Anchor>}
      {d.status === 'resolved' && (
        <>
          <Text size="sm">{RESOLUTION_LABEL[d.resolution ?? ''] ?? d.resolution} on {shortDate(d.resolvedAt)}: {d.resolutionNote}</Text>
          <Text size="sm" data-testid="letter-mailed">Letter mailed {shortDate(d.letterMailedAt)}{d.collectionResumedAt ? `; collection resumed ${shortDate(d.collectionResumedAt)}` : ''}.</Text>
          <Group gap="sm">
            <Anchor c={LINK} size="sm" href={`/api/v1/disputes/${d.id}/letter?language=en`} target="_blank">Letter (English PDF)</Anchor>
            <Anchor c={LINK} size="sm" href={`/api/v1/disputes/${d.id}/letter?language=es`} target="_blank">Carta (PDF en español)</Anchor>
          </Group>
        </>
      )}
      {d.status === 'open' && can(me.data, 'resolve') && <ResolveForm dispute={d} />}
    </Stack>
  );
}

function ResolveForm({ dispute }: { dispute: DisputeView }) {
  const qc = useQueryClient();
  // A request for the original creditor is answered with its name and address (or, wrong person, not ours).
  const [resolution, setResolution] = useState(dispute.category === 'original_creditor' ? 'original_creditor' : 'verified');
  const [creditorName, setCreditorName] = useState('');
  const [creditorAddress, setCreditorAddress] = useState('');
  const [note, setNote] = useState('');
  const [amount, setAmount] = useState<number | string>('');
  const [notOurs, setNotOurs] = useState('close');
  const [personId, setPersonId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    setError(null);
    setBusy(true);
    try {
      const body: Record<string, unknown> = { resolution, note };
      if (resolution === 'corrected') body.adjustmentCents = Math.round(Number(amount) * 100);
      if (resolution === 'not_ours') body.notOurs = notOurs === 'close' ? { action: 'close' } : { action: 'move', personId };
      if (resolution === 'original_creditor') body.originalCreditor = { name: creditorName, address: creditorAddress };
      await api(`/api/v1/disputes/${dispute.id}/resolve`, { method: 'POST', json: body });
      await qc.invalidateQueries({ queryKey: ['disputes'] });
      await qc.invalidateQueries({ queryKey: ['account'] });
    } catch (e) {
      setError(e instanceof ApiError ? e.userMessage : String(e));
    } finally {
      setBusy(false);
    }
  }

  const action =
    resolution === 'verified'
      ? 'Mail the verification letter'
      : resolution === 'corrected'
        ? 'Correct the bill and mail it'
        : resolution === 'original_creditor'
          ? 'Mail the original creditor’s name and address'
          : 'Remove it and tell the patient';
  return (
    <Stack gap="xs" mt="xs">
      <Radio.Group label="Billing's answer" value={resolution} onChange={setResolution}>
        <Stack gap={4} mt={4}>
          {dispute.category === 'original_creditor' ? (
            <Radio value="original_creditor" label="Name the original creditor" />
          ) : (
            <>
              <Radio value="verified" label="Verified: the bill is right" />
              <Radio value="corrected" label="Corrected: take an amount off" />
            </>
          )}
          <Radio value="not_ours" label="Not their debt (wrong person)" />
        </Stack>
      </Radio.Group>
      {resolution === 'corrected' && <NumberInput label="Amount to take off (USD)" min={0.01} decimalScale={2} value={amount} onChange={setAmount} />}
      {resolution === 'not_ours' && (
        <Radio.Group label="What happens to the account" value={notOurs} onChange={setNotOurs}>
          <Group mt={4}>
            <Radio value="close" label="Close it" />
            <Radio value="move" label="Move it to the right person" />
          </Group>
        </Radio.Group>
      )}
      {resolution === 'original_creditor' && (
        <>
          <TextInput label="Original creditor's name" value={creditorName} onChange={(e) => setCreditorName(e.currentTarget.value)} />
          <Textarea label="Original creditor's mailing address" value={creditorAddress} onChange={(e) => setCreditorAddress(e.currentTarget.value)} autosize minRows={2} />
        </>
      )}
      {resolution === 'not_ours' && notOurs === 'move' && <TextInput label="Person who owes it (person id)" value={personId} onChange={(e) => setPersonId(e.currentTarget.value)} />}
      <Textarea label="What billing found" description="Kept with the dispute; the patient does not see it." value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} />
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <Button onClick={submit} loading={busy} disabled={note.trim().length < 3}>{action}</Button>
    </Stack>
  );
}
