import { Alert, Button, Card, Collapse, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError } from '../ui/api';
import type { DisputeList, HoldList, HoldView as Hold } from '@contracts/disputes';
import { DisputePanel } from './DisputePanel';
import { can, CATEGORY_LABEL, HOLD_LABEL, MUTED, shortDate, useMe } from './labels';


const RELEASABLE = ['attorney', 'bankruptcy', 'deceased', 'cease_communication'];

/** On the account page: its disputes, recording one from a call, and the person's holds (officers release them). */
export function AccountDisputes({ accountId, personId }: { accountId: string; personId: string | null }) {
  const me = useMe();
  const qc = useQueryClient();
  const disputes = useQuery({ queryKey: ['disputes', 'account', accountId], queryFn: () => api<DisputeList>(`/api/v1/accounts/${accountId}/disputes`) });
  const holds = useQuery({ queryKey: ['holds', personId], enabled: Boolean(personId), queryFn: () => api<HoldList>(`/api/v1/persons/${personId}/holds`) });
  const [open, setOpen] = useState(false);
  const [category, setCategory] = useState('amount');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hasOpen = disputes.data?.items.some((d) => d.status === 'open') ?? false;

  async function record() {
    setError(null);
    setBusy(true);
    try {
      await api(`/api/v1/accounts/${accountId}/disputes`, { method: 'POST', json: { category, description } });
      setOpen(false);
      setDescription('');
      await qc.invalidateQueries({ queryKey: ['disputes'] });
      await qc.invalidateQueries({ queryKey: ['account', accountId] });
      await qc.invalidateQueries({ queryKey: ['holds', personId] });
    } catch (e) {
      setError(e instanceof ApiError ? e.userMessage : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>Disputes and holds</Text>
        {can(me.data, 'record') && !hasOpen && <Button size="xs" variant="light" onClick={() => setOpen((o) => !o)}>Record a dispute from this call</Button>}
      </Group>
      <Collapse expanded={open}>
        <Stack gap="xs" mb="sm">
          <NativeSelect label="What the patient says is wrong" value={category} onChange={(e) => setCategory(e.currentTarget.value)} data={Object.entries(CATEGORY_LABEL).map(([value, label]) => ({ value, label }))} />
          <Textarea label="In the patient's words" value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} />
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <Button onClick={record} loading={busy} disabled={description.trim().length < 3} w={{ base: '100%', sm: 260 }}>Record the dispute and pause collection</Button>
        </Stack>
      </Collapse>
      {disputes.error && <Alert color="red">Could not load disputes. Reload the page to try again.</Alert>}
      {disputes.data && disputes.data.items.length === 0 && <Text size="sm" c={MUTED}>No disputes on this account.</Text>}
      <Stack gap="md">
        {disputes.data?.items.map((d) => <DisputePanel key={d.id} dispute={d} />)}
      </Stack>
      {holds.data && holds.data.items.length > 0 && (
        <Stack gap={4} mt="md">
          <Text fw={600} size="sm">Holds</Text>
          {holds.data.items.map((h) => <HoldRow key={h.id} hold={h} canRelease={can(me.data, 'release')} personId={personId} />)}
        </Stack>
      )}
    </Card>
  );
}

function HoldRow({ hold: h, canRelease, personId }: { hold: Hold; canRelease: boolean; personId: string | null }) {
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  async function release() {
    setError(null);
    try {
      await api(`/api/v1/holds/${h.id}/release`, { method: 'POST', json: { reason } });
      await qc.invalidateQueries({ queryKey: ['holds', personId] });
      await qc.invalidateQueries({ queryKey: ['account'] });
    } catch (e) {
      setError(e instanceof ApiError ? e.userMessage : String(e));
    }
  }
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Text size="sm">{HOLD_LABEL[h.type] ?? h.type} · since {shortDate(h.since)} · {h.resolvedAt ? `ended ${shortDate(h.resolvedAt)}` : 'active'}</Text>
        {h.releaseReason && <Text size="xs" c={MUTED}>released: {h.releaseReason}</Text>}
        {!h.resolvedAt && canRelease && RELEASABLE.includes(h.type) && !editing && <Button size="compact-xs" variant="subtle" onClick={() => setEditing(true)}>Release…</Button>}
      </Group>
      {editing && (
        <Group align="end">
          <TextInput label="Why this hold may end" description="At least 10 characters; recorded in the audit log." value={reason} onChange={(e) => setReason(e.currentTarget.value)} style={{ flex: 1 }} />
          <Button size="xs" color="red" onClick={release} disabled={reason.trim().length < 10}>Release hold</Button>
        </Group>
      )}
      {error && <Alert color="red" role="alert">{error}</Alert>}
    </Stack>
  );
}
