import { Group, Select, Tabs, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../ui/api';
import { DashboardTab } from './DashboardTab';
import { ExperimentsTab } from './ExperimentsTab';
import { FairnessTab } from './FairnessTab';

export interface WindowChoice {
  from?: string;
  until?: string;
}

const PRESETS = [
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 90 days' },
  { value: '180', label: 'Last 6 months' },
  { value: '365', label: 'Last 12 months' },
  { value: 'custom', label: 'Choose dates' },
];

/**
 * The window as query parameters. A preset counts back from the end of the server's default
 * window (the day after the server's clock, like `kindly analytics`), not the browser's clock.
 */
export function windowQuery(preset: string, from: string, until: string, serverUntil: string | undefined): string {
  if (preset === 'custom') {
    const p = new URLSearchParams();
    if (from) p.set('from', from);
    if (until) p.set('until', until);
    return p.toString();
  }
  if (preset === '90') return '';
  if (!serverUntil) return '';
  const end = new Date(serverUntil);
  const start = new Date(end.getTime() - Number(preset) * 86_400_000);
  return new URLSearchParams({ from: start.toISOString().slice(0, 10), until: end.toISOString().slice(0, 10) }).toString();
}

export function AnalyticsPage() {
  const [preset, setPreset] = useState('90');
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  // The server's clock may be simulated (demos): its default window says where "now" is.
  const anchor = useQuery({ queryKey: ['analytics-anchor'], queryFn: () => api<{ until: string }>('/api/v1/analytics') });
  const qs = windowQuery(preset, from, until, anchor.data?.until);
  return (
    <>
      <Group justify="space-between" align="flex-end" mb="md" wrap="wrap" gap="sm">
        <Title order={2}>Analytics</Title>
        <Group gap="sm" wrap="wrap" align="flex-end">
          <Select label="Period" data={PRESETS} value={preset} onChange={(v) => setPreset(v ?? '90')} allowDeselect={false} w={170} />
          {preset === 'custom' && (
            <>
              <TextInput type="date" label="From" value={from} onChange={(e) => setFrom(e.currentTarget.value)} w={160} />
              <TextInput type="date" label="Until (not included)" value={until} onChange={(e) => setUntil(e.currentTarget.value)} w={160} />
            </>
          )}
        </Group>
      </Group>
      <Tabs defaultValue="outcomes" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="outcomes">Outcomes</Tabs.Tab>
          <Tabs.Tab value="fairness">Fairness</Tabs.Tab>
          <Tabs.Tab value="experiments">Experiments</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="outcomes"><DashboardTab qs={qs} /></Tabs.Panel>
        <Tabs.Panel value="fairness"><FairnessTab qs={qs} /></Tabs.Panel>
        <Tabs.Panel value="experiments"><ExperimentsTab /></Tabs.Panel>
      </Tabs>
    </>
  );
}
