import { ActionIcon, Alert, Badge, Button, Card, Group, Loader, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api, ApiError, formatCents, may, type Me } from '../ui/api';
import { label, labelOptions, signalLabel } from '../ui/labels';
import { openNextAccount } from './OutcomePanel';
import { FcrPanel, TeamsPanel } from './SupervisorPanels';
import type { SavedView, WorklistItem, WorklistPage as WorklistResponse } from '@contracts/workspace';

interface Filters {
  status: string | null;
  aging: string | null;
  language: string | null;
  minDollars: number | string;
  maxDollars: number | string;
  /** 'me' or 'team:<id>': accounts with an open task assigned to me or to my team. */
  assigned: string | null;
}

const NO_FILTERS: Filters = { status: null, aging: null, language: null, minDollars: '', maxDollars: '', assigned: null };

function toSaved(f: Filters): SavedView['filters'] {
  const out: SavedView['filters'] = {};
  if (f.status) out.status = f.status;
  if (f.aging) out.aging = f.aging;
  if (f.language) out.language = f.language;
  if (f.minDollars !== '') out.minBalanceCents = Math.round(Number(f.minDollars) * 100);
  if (f.maxDollars !== '') out.maxBalanceCents = Math.round(Number(f.maxDollars) * 100);
  if (f.assigned) out.assigned = f.assigned;
  return out;
}

function fromSaved(v: SavedView['filters']): Filters {
  return {
    status: v.status ?? null,
    aging: v.aging ?? null,
    language: v.language ?? null,
    minDollars: v.minBalanceCents !== undefined ? v.minBalanceCents / 100 : '',
    maxDollars: v.maxBalanceCents !== undefined ? v.maxBalanceCents / 100 : '',
    assigned: v.assigned ?? null,
  };
}

const AGING = ['current', '1-30', '31-60', '61-90', '91-120', '120+'];

function query(filters: Filters, search: string, after: string | null, limit = 25): string {
  const p = new URLSearchParams({ limit: String(limit) });
  if (filters.status) p.set('status', filters.status);
  if (filters.aging) p.set('aging', filters.aging);
  if (filters.language) p.set('language', filters.language);
  if (filters.assigned) p.set('assigned', filters.assigned);
  if (filters.minDollars !== '' && filters.minDollars !== undefined) p.set('minBalanceCents', String(Math.round(Number(filters.minDollars) * 100)));
  if (filters.maxDollars !== '' && filters.maxDollars !== undefined) p.set('maxBalanceCents', String(Math.round(Number(filters.maxDollars) * 100)));
  if (search.trim()) p.set('search', search.trim());
  if (after) p.set('after', after);
  return `/api/v1/worklist?${p}`;
}

function nextCallText(iso: string): string {
  return new Date(iso).toLocaleString('en-US', { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
}

function CallStatus({ a }: { a: WorklistItem }) {
  if (a.callable) return <Badge color="#1b5e20" variant="filled">Call now</Badge>;
  return (
    <Text size="sm">
      {a.nextCallAt ? `Not before ${nextCallText(a.nextCallAt)}` : 'Do not call'}
      {a.blockedBy[0] && <Text span size="xs" c="dimmed" display="block">{label('reason', a.blockedBy[0])}</Text>}
    </Text>
  );
}

/** On a phone each account is a card: who, how much, why now and whether to call, without scrolling sideways. */
function WorklistCard({ a }: { a: WorklistItem }) {
  return (
    <Card withBorder component="li" data-testid="account-row" padding="sm">
      <Group justify="space-between" wrap="nowrap">
        <Link to={`/workspace/accounts/${a.accountId}`}>{a.personName}</Link>
        <Text fw={600}>{formatCents(a.patientDueCents)}</Text>
      </Group>
      <Text size="xs" c="dimmed">{a.externalRef} · {label('aging', a.aging)} · priority {a.priority}</Text>
      <Group gap={4} mt={6}>
        {a.signals.map((s) => <Badge key={s} variant="outline" color="dark" size="sm">{signalLabel(s)}</Badge>)}
        <CallStatus a={a} />
      </Group>
    </Card>
  );
}

/** The prioritized queue: who to call first, and whether a call is allowed right now. */
export function WorklistPage() {
  const navigate = useNavigate();
  const phone = useMediaQuery('(max-width: 48em)');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const qc = useQueryClient();
  const me = useQuery({ queryKey: ['me'], queryFn: () => api<Me>('/api/v1/me') });
  const teams = useQuery({ queryKey: ['teams'], queryFn: () => api<{ items: Array<{ id: string; name: string }> }>('/api/v1/workspace/teams') });
  const views = useQuery({ queryKey: ['worklist-views'], queryFn: () => api<{ items: SavedView[] }>('/api/v1/workspace/views') });
  const [viewId, setViewId] = useState<string | null>(null);
  const [viewName, setViewName] = useState('');
  const [viewError, setViewError] = useState<string | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  // Cursors of the pages before this one, so "Previous" is as cheap as "Next" (keyset paging).
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors.at(-1) ?? null;
  const q = useQuery({
    queryKey: ['worklist', filters, debounced, after],
    queryFn: () => api<WorklistResponse>(query(filters, debounced, after)),
    placeholderData: keepPreviousData,
  });
  const setFilter = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setCursors([null]);
  };

  async function nextBest() {
    await openNextAccount(navigate);
  }
  function applyView(id: string | null) {
    setViewId(id);
    const v = views.data?.items.find((x) => x.id === id);
    setFilters(v ? fromSaved(v.filters) : NO_FILTERS);
    setCursors([null]);
  }
  async function saveCurrentView() {
    setViewError(null);
    try {
      const v = await api<SavedView>('/api/v1/workspace/views', { method: 'POST', json: { name: viewName.trim(), filters: toSaved(filters) } });
      setViewName('');
      await qc.invalidateQueries({ queryKey: ['worklist-views'] });
      setViewId(v.id);
    } catch (e) {
      setViewError(e instanceof ApiError ? e.userMessage : String(e));
    }
  }
  async function deleteCurrentView() {
    if (!viewId) return;
    await api(`/api/v1/workspace/views/${viewId}`, { method: 'DELETE' });
    setViewId(null);
    await qc.invalidateQueries({ queryKey: ['worklist-views'] });
  }
  const assignedOptions = [{ value: 'me', label: 'Assigned to me' }, ...(teams.data?.items ?? []).map((t) => ({ value: `team:${t.id}`, label: `Team: ${t.name}` }))];

  const searching = debounced.trim().length > 0;
  // On a phone the filters fold away behind one button, so the queue starts on the first screen.
  const activeFilters = Object.keys(toSaved(filters)).length;
  const filterControls = (
    <>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select label="Status" placeholder="Any" clearable w={190} data={labelOptions('accountStatus', ['patient_due', 'plan'])} value={filters.status} onChange={(v) => setFilter({ status: v })} />
        <Select label="Past due" placeholder="Any" clearable w={210} data={labelOptions('aging', AGING)} value={filters.aging} onChange={(v) => setFilter({ aging: v })} />
        <NumberInput label="Owes at least ($)" w={150} min={0} value={filters.minDollars} onChange={(v) => setFilter({ minDollars: v })} />
        <NumberInput label="Owes at most ($)" w={150} min={0} value={filters.maxDollars} onChange={(v) => setFilter({ maxDollars: v })} />
        <Select label="Language" placeholder="Any" clearable w={150} data={labelOptions('language', ['en', 'es'])} value={filters.language} onChange={(v) => setFilter({ language: v })} />
        <Select label="Queue" placeholder="Everyone's" clearable w={200} data={assignedOptions} value={filters.assigned} onChange={(v) => setFilter({ assigned: v })} />
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select label="Saved view" placeholder={views.data?.items.length ? 'Choose a view' : 'No saved views yet'} clearable w={220} data={(views.data?.items ?? []).map((v) => ({ value: v.id, label: v.name }))} value={viewId} onChange={applyView} />
        {viewId && <ActionIcon variant="default" size="lg" aria-label="Delete this saved view" onClick={() => void deleteCurrentView()}>×</ActionIcon>}
        <TextInput label="Save these filters as" placeholder="e.g. Spanish, over $500" w={220} value={viewName} onChange={(e) => setViewName(e.currentTarget.value)} />
        <Button variant="default" disabled={!viewName.trim()} onClick={() => void saveCurrentView()}>Save view</Button>
        {viewError && <Text size="sm" c="red.8" role="alert">{viewError}</Text>}
      </Group>
    </>
  );
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">Worklist</Title>
        <Button onClick={nextBest}>Next best account</Button>
      </Group>
      <Text size="sm" c="dimmed">
        Accounts with something waiting (a callback, a missed plan payment, a reply) come first, then the largest and oldest balances. Paid accounts are not listed.
      </Text>
      <TextInput
        label="Search"
        description="Name (accents not needed), last name, phone, email, account number or MRN"
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          setCursors([null]);
        }}
      />
      {phone ? (
        <>
          <Button variant="default" onClick={() => setFiltersOpen((o) => !o)} aria-expanded={filtersOpen} aria-controls="worklist-filters" style={{ alignSelf: 'flex-start' }}>
            {filtersOpen ? 'Hide filters' : activeFilters ? `Filters (${activeFilters} on)` : 'Filters and saved views'}
          </Button>
          {filtersOpen && <Stack id="worklist-filters">{filterControls}</Stack>}
        </>
      ) : (
        filterControls
      )}
      {q.isLoading && <Loader role="status" aria-label="Loading the worklist" />}
      {q.error && <Alert color="red" title="The worklist did not load">{(q.error as Error).message} Try again in a moment.</Alert>}
      {q.data && q.data.items.length === 0 && (
        <Alert color="gray" title={searching ? 'No results' : 'Nothing to work'}>
          {searching ? `No account matches "${debounced.trim()}". Check the spelling, or search by phone, email, account number or MRN.` : 'No open patient balances match these filters.'}
        </Alert>
      )}
      {q.data && q.data.items.length > 0 && phone && (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Worklist">
          {q.data.items.map((a) => <WorklistCard key={a.accountId} a={a} />)}
        </Stack>
      )}
      {q.data && q.data.items.length > 0 && !phone && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover aria-label="Worklist">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Patient</Table.Th>
                <Table.Th>Account</Table.Th>
                <Table.Th ta="right">Owes</Table.Th>
                <Table.Th>Past due</Table.Th>
                <Table.Th>Why now</Table.Th>
                <Table.Th>Call</Table.Th>
                <Table.Th ta="right">Priority</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.items.map((a) => (
                <Table.Tr key={a.accountId} data-testid="account-row">
                  <Table.Td><Link to={`/workspace/accounts/${a.accountId}`}>{a.personName}</Link></Table.Td>
                  <Table.Td>{a.externalRef}<Text size="xs" c="dimmed">{label('accountStatus', a.status)}</Text></Table.Td>
                  <Table.Td ta="right">{formatCents(a.patientDueCents)}</Table.Td>
                  <Table.Td>{label('aging', a.aging)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {a.signals.map((s) => (
                        <Badge key={s} variant="outline" color="dark" size="sm">{signalLabel(s)}</Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td><CallStatus a={a} /></Table.Td>
                  <Table.Td ta="right">{a.priority}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        <Button variant="default" disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>Previous page</Button>
        <Button variant="default" disabled={!q.data?.next} onClick={() => q.data?.next && setCursors((c) => [...c, q.data!.next])}>Next page</Button>
      </Group>
      {may(me.data, 'workspace.supervise') && <FcrPanel />}
      {may(me.data, 'teams.manage') && <TeamsPanel />}
    </Stack>
  );
}
