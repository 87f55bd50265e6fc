import { Alert, Button, Card, Checkbox, Group, Modal, NumberInput, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, ApiError, formatCents } from '../ui/api';
import type { Disposition } from '@contracts/workspace';

export function dateText(iso: string): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00`) : new Date(iso);
  return d.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
}

export function dateTimeText(iso: string): string {
  return new Date(iso).toLocaleString('en-US', { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
}

/** Accounts worked in this sitting, so "next account" does not reopen one just saved. */
const WORKED_KEY = 'kindly.worked';
function worked(): string[] {
  try {
    return JSON.parse(sessionStorage.getItem(WORKED_KEY) ?? '[]') as string[];
  } catch {
    return [];
  }
}

/** Opens the highest-priority account not worked in this sitting. */
export async function openNextAccount(navigate: (to: string) => void, currentId?: string): Promise<boolean> {
  const done = new Set([...worked(), ...(currentId ? [currentId] : [])]);
  const page = await api<{ items: Array<{ accountId: string }> }>('/api/v1/worklist?limit=50');
  const next = page.items.find((i) => !done.has(i.accountId));
  if (next) navigate(`/workspace/accounts/${next.accountId}`);
  return Boolean(next);
}

/**
 * What came of the contact: the outcome from the organization's list, a promise (date and amount)
 * or a callback time when the outcome needs one, and a note. Saving asks for confirmation, records
 * the call attempt (counted toward the federal call limit) and offers the next account.
 */
export function OutcomePanel(props: { accountId: string; dispositions: Disposition[]; callNow: { allowed: boolean }; openedAt: Date; owesCents: number; onSaved: () => void }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [code, setCode] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [called, setCalled] = useState(props.callNow.allowed);
  const [promiseOn, setPromiseOn] = useState('');
  const [promiseDollars, setPromiseDollars] = useState<number | string>('');
  const [callbackAt, setCallbackAt] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [noMore, setNoMore] = useState(false);
  const d = props.dispositions.find((x) => x.code === code);
  const ready = d && (d.needs !== 'promise' || (promiseOn && Number(promiseDollars) > 0)) && (d.needs !== 'callback' || callbackAt);

  const save = async () => {
    setConfirming(false);
    setError(null);
    try {
      await api(`/api/v1/workspace/accounts/${props.accountId}/outcomes`, {
        method: 'POST',
        json: {
          disposition: code,
          note: note.trim() || null,
          startedAt: props.openedAt.toISOString(),
          called,
          promise: d?.needs === 'promise' ? { amountCents: Math.round(Number(promiseDollars) * 100), dueOn: promiseOn } : null,
          callbackAt: d?.needs === 'callback' ? new Date(callbackAt).toISOString() : null,
        },
      });
      sessionStorage.setItem(WORKED_KEY, JSON.stringify([...worked(), props.accountId].slice(-200)));
      setSaved(d!.label);
      setCode(null);
      setNote('');
      setPromiseOn('');
      setPromiseDollars('');
      setCallbackAt('');
      props.onSaved();
      await qc.invalidateQueries({ queryKey: ['account360', props.accountId] });
      void qc.invalidateQueries({ queryKey: ['worklist'] });
    } catch (e) {
      setError(e instanceof ApiError ? (e.issues.length ? `${e.userMessage} ${e.issues.map((i) => i.message).join('; ')}` : e.userMessage) : String(e));
    }
  };

  return (
    <Card withBorder component="section" aria-label="Record the outcome">
      <Title order={2} size="h4" mb="xs">Record the outcome</Title>
      {saved && (
        <Alert color="teal" role="status" mb="sm" title="Outcome saved">
          <Text size="sm" mb="xs">{saved}.</Text>
          <Button size="sm" onClick={() => void openNextAccount(navigate, props.accountId).then((found) => setNoMore(!found))}>Next account</Button>
          {noMore && <Text size="sm" mt="xs">Nothing else is waiting in the worklist.</Text>}
        </Alert>
      )}
      <Stack gap="sm">
        <Select label="What happened?" placeholder="Choose an outcome" data={props.dispositions.map((x) => ({ value: x.code, label: x.label }))} value={code} onChange={setCode} />
        {d?.needs === 'promise' && (
          <Group grow align="flex-start">
            <TextInput type="date" label="Will pay by" value={promiseOn} onChange={(e) => setPromiseOn(e.currentTarget.value)} />
            <NumberInput label="Amount ($)" min={0.01} max={props.owesCents / 100} decimalScale={2} value={promiseDollars} onChange={setPromiseDollars} />
          </Group>
        )}
        {d?.needs === 'callback' && <TextInput type="datetime-local" label="Call back at (your time)" value={callbackAt} onChange={(e) => setCallbackAt(e.currentTarget.value)} />}
        <Textarea label="Note" description="What the patient said and what was agreed" autosize minRows={2} maxLength={4000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <Checkbox label="I called the patient (counts toward the weekly call limit)" checked={called} onChange={(e) => setCalled(e.currentTarget.checked)} />
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Button disabled={!ready} onClick={() => setConfirming(true)}>Save outcome</Button>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Save this outcome?">
        <Stack gap="xs">
          <Text size="sm"><b>{d?.label}</b></Text>
          {d?.needs === 'promise' && <Text size="sm">The patient promises {formatCents(Math.round(Number(promiseDollars) * 100))} by {promiseOn ? dateText(promiseOn) : ''}. We will check it is paid by then; if not, a follow-up task opens.</Text>}
          {d?.needs === 'callback' && callbackAt && <Text size="sm">A callback task opens for {dateTimeText(new Date(callbackAt).toISOString())}.</Text>}
          <Text size="sm">{called ? 'The call is recorded now and counts toward the federal limit of 7 calls in 7 days.' : 'No call is recorded.'}</Text>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>Cancel</Button>
            <Button onClick={() => void save()}>Save</Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
