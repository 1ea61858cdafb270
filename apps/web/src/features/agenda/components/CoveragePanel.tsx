import '@mantine/charts/styles.css';
import { useState } from 'react';
import { BarChart } from '@mantine/charts';
import { Badge, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '@/gql';

/**
 * Loaded only by the plan page (a lazy route), so the chart library stays out of every
 * other page's bundle.
 */
export const CoveragePanelFragment = graphql(`
  fragment CoveragePanel_cohort on Cohort {
    id
    modalities {
      id
      code
    }
    coverage {
      kind
      code
      name
      items
      sessionIds
    }
  }
`);

interface Row {
  code: string;
  name: string;
  items: number;
  sessions: number;
  /** One of the cohort's own modalities. */
  focus: boolean;
}

function CoverageTable({ caption, rows, what }: { caption: string; rows: Row[]; what: string }) {
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped data-testid="coverage-table">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{what}</Table.Th>
            <Table.Th scope="col" ta="right">
              Items
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Sessions
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.code} data-testid="coverage-row" data-covered={r.items > 0}>
              <Table.Th scope="row" fw={r.focus ? 700 : 400}>
                {r.name}
                {r.focus ? ' (cohort focus)' : ''}
                {r.items === 0 ? (
                  <Badge ml={6} size="xs" color="red.9" variant="outline">
                    Not covered
                  </Badge>
                ) : null}
              </Table.Th>
              <Table.Td ta="right">{r.items}</Table.Td>
              <Table.Td ta="right">{r.sessions}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function CoverageChart({ label, rows }: { label: string; rows: Row[] }) {
  const covered = rows.filter((r) => r.items > 0).length;
  return (
    // The bars are a picture of the table (one switch away); screen readers get a summary.
    <div role="img" aria-label={`${label}: ${covered} of ${rows.length} covered. Switch to the table view for the numbers.`}>
      <BarChart
        h={Math.max(160, rows.length * 34)}
        // Codes (IMAGING_EQUIPMENT) as words, every one of them on the axis.
        data={rows.map((r) => ({ label: r.code.replace(/_/g, ' '), Items: r.items, Sessions: r.sessions }))}
        dataKey="label"
        orientation="vertical"
        yAxisProps={{ width: 136, interval: 0, tick: { transform: 'translate(-10, 0)', fontSize: 11, fill: 'currentColor' } }}
        series={[
          { name: 'Items', color: 'blue.8' },
          { name: 'Sessions', color: 'teal.8' },
        ]}
        withLegend
        accessibilityLayer={false}
        tooltipAnimationDuration={0}
        gridAxis="x"
        minBarSize={0}
      />
    </div>
  );
}

/**
 * What the cohort's agendas cover, by modality and by exam domain: how many items and
 * how many sessions touch each, with the uncovered ones at zero so the gaps show. As a
 * chart or, for reading the numbers (and screen readers), a table.
 */
export function CoveragePanel({ cohort: ref }: { cohort: FragmentType<typeof CoveragePanelFragment> }) {
  const cohort = getFragmentData(CoveragePanelFragment, ref);
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const focus = new Set(cohort.modalities.map((m) => m.code));
  const rows = (kind: string): Row[] =>
    cohort.coverage
      .filter((r) => r.kind === kind)
      .map((r) => ({ code: r.code, name: r.name, items: r.items, sessions: r.sessionIds.length, focus: kind === 'MODALITY' && focus.has(r.code) }));
  const modalities = rows('MODALITY');
  const domains = rows('DOMAIN');
  const gaps = [...modalities.filter((r) => r.focus && r.items === 0), ...domains.filter((r) => r.items === 0)];

  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label="Show coverage as"
        value={view}
        onChange={(v) => setView(v as 'chart' | 'table')}
        data={[
          { value: 'chart', label: 'Chart' },
          { value: 'table', label: 'Table' },
        ]}
      />
      <Text size="sm" data-testid="coverage-gaps">
        {gaps.length
          ? `Not covered yet: ${gaps.map((g) => g.name).join(', ')}.`
          : 'Every exam domain and every modality of this cohort is on some session’s agenda.'}
      </Text>
      {[
        { title: 'Modalities', what: 'Modality', rows: modalities },
        { title: 'Exam domains', what: 'Exam domain', rows: domains },
      ].map((g) => (
        <Stack key={g.title} gap={4}>
          <Group justify="space-between" align="baseline">
            <Title order={3} size="h5">
              {g.title}
            </Title>
            <Text size="xs" c="dimmed">
              {g.rows.filter((r) => r.items > 0).length} of {g.rows.length} covered
            </Text>
          </Group>
          {view === 'chart' ? (
            <CoverageChart label={`Coverage by ${g.what.toLowerCase()}`} rows={g.rows} />
          ) : (
            <CoverageTable caption={`Coverage by ${g.what.toLowerCase()}: items and sessions on the agendas`} rows={g.rows} what={g.what} />
          )}
        </Stack>
      ))}
    </Stack>
  );
}
