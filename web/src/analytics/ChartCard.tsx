import { Button, Card, Group, SegmentedControl, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { downloadText, toCsv, type Column } from './csv';

/**
 * A chart with its table view and a CSV download of the same rows; an empty state in plain words
 * when there is nothing to show.
 */
export function ChartCard<T>(props: { title: string; description: string; rows: T[]; columns: Column<T>[]; fileName: string; empty: string; chart: ReactNode }) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const id = props.fileName.replace(/[^a-z0-9-]/gi, '-');
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={`${id}-title`}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs" mb="xs">
        <div style={{ minWidth: 0, flex: '1 1 200px' }}>
          <Title order={3} size="h5" id={`${id}-title`}>{props.title}</Title>
          <Text size="sm" c="gray.7">{props.description}</Text>
        </div>
        <Group gap="xs">
          <SegmentedControl
            size="xs"
            value={view}
            onChange={(v) => setView(v as 'chart' | 'table')}
            data={[{ value: 'chart', label: 'Chart' }, { value: 'table', label: 'Table' }]}
            aria-label={`${props.title}: chart or table`}
          />
          <Button size="xs" variant="default" disabled={props.rows.length === 0} onClick={() => downloadText(`${props.fileName}.csv`, toCsv(props.rows, props.columns))}>
            Download CSV
          </Button>
        </Group>
      </Group>
      {props.rows.length === 0 ? (
        <Text size="sm" c="gray.7" py="lg" ta="center">{props.empty}</Text>
      ) : view === 'chart' ? (
        <div role="img" aria-label={`${props.title} chart; switch to Table for the numbers`} style={{ width: '100%', height: 240 }}>{props.chart}</div>
      ) : (
        <Table.ScrollContainer minWidth={320} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
          <Table striped aria-label={props.title}>
            <Table.Thead>
              <Table.Tr>{props.columns.map((c) => <Table.Th key={c.key}>{c.label}</Table.Th>)}</Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.rows.map((r, i) => (
                <Table.Tr key={i}>
                  {props.columns.map((c) => <Table.Td key={c.key}>{c.format ? c.format(r[c.key], r) : String(r[c.key] ?? '—')}</Table.Td>)}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
