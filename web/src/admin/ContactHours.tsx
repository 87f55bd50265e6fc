import { Alert, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { SavedRules, SavedRuleSet } from '@contracts/compliance';
import { can, useMe } from '../disputes/labels';
import { api, ApiError } from '../ui/api';

const LEGAL = { start: '08:00', end: '21:00' };
const RULES = ['policy.inconvenient_time', 'reg_f.inconvenient_time'];

/**
 * The tenant's contact hours (local time of the patient, every time zone they may be in). Saving
 * makes a new version of the tenant's rules: the next outreach pass and every send after it use it.
 * The law's 8:00-21:00 window can be narrowed, never widened.
 */
export function ContactHours({ history }: { history: SavedRuleSet[] }) {
  const me = useMe();
  const qc = useQueryClient();
  const latest = history[0]?.overrides;
  const current = (latest?.override?.['policy.inconvenient_time'] ?? {}) as { start?: string; end?: string };
  const [start, setStart] = useState(current.start ?? LEGAL.start);
  const [end, setEnd] = useState(current.end ?? LEGAL.end);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const editable = can(me.data, 'rules');

  async function save() {
    setError(null);
    setSaved(null);
    if (!/^\d{2}:\d{2}$/.test(start) || !/^\d{2}:\d{2}$/.test(end)) return setError('Write both times as HH:MM, for example 09:00.');
    if (start < LEGAL.start || end > LEGAL.end) return setError('Contact hours must stay within 8:00 to 21:00, the hours the law allows.');
    if (start >= end) return setError('The earliest time must come before the latest.');
    setBusy(true);
    try {
      // A saved version replaces the previous one whole: carry the tenant's other rules forward.
      const { version: _previous, ...rest } = latest ?? { version: '' };
      const override: Record<string, Record<string, unknown>> = { ...(rest.override ?? {}) };
      for (const id of RULES) override[id] = { ...(override[id] ?? {}), start, end };
      const version = `hours-${new Date().toISOString().replace(/[-:.TZ]/g, '').slice(0, 14)}`;
      const r = await api<SavedRules>('/api/v1/compliance/rules', { method: 'PUT', json: { ...rest, version, override } });
      setSaved(r.ruleSetVersion);
      await qc.invalidateQueries({ queryKey: ['rules'] });
    } catch (e) {
      setError(e instanceof ApiError ? e.userMessage : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder>
      <Text fw={600}>Contact hours</Text>
      <Text size="sm" c="dimmed" mb="xs">Calls, texts and emails go out only between these times, in the patient's local time. Letters are not affected.</Text>
      <Stack gap="xs">
        <Group align="end">
          <TextInput label="Earliest" value={start} onChange={(e) => setStart(e.currentTarget.value)} disabled={!editable} w={120} />
          <TextInput label="Latest" value={end} onChange={(e) => setEnd(e.currentTarget.value)} disabled={!editable} w={120} />
          {editable && <Button onClick={save} loading={busy}>Save contact hours</Button>}
        </Group>
        {!editable && <Text size="sm" c="dimmed">Only a compliance officer or an administrator can change these.</Text>}
        {error && <Alert color="red" role="alert">{error}</Alert>}
        {saved && <Alert color="green" data-testid="hours-saved">Saved as rules {saved}. The next outreach pass and every message sent from now on use them.</Alert>}
      </Stack>
    </Card>
  );
}
