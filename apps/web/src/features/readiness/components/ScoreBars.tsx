import '@mantine/charts/styles.css';
import { useState } from 'react';
import { BarChart } from '@mantine/charts';
import { SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { formatPercent, type ScoreRow } from '../model';

function ScoreTable({ caption, what, rows, testId }: { caption: string; what: string; rows: readonly ScoreRow[]; testId: string }) {
  return (
    <Table.ScrollContainer minWidth={300}>
      <Table striped data-testid={`${testId}-table`}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{what}</Table.Th>
            <Table.Th scope="col" ta="right">
              Score
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Correct
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Answered
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key} data-testid={`${testId}-row`}>
              <Table.Th scope="row" fw={400}>
                {r.label}
              </Table.Th>
              <Table.Td ta="right">{formatPercent(r.percent)}</Table.Td>
              <Table.Td ta="right">{r.correct}</Table.Td>
              <Table.Td ta="right">{r.total}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * Percent correct per domain (or modality) as horizontal bars or, for reading the
 * numbers (and for screen readers), a table with the counts behind each percent. The
 * chart is a picture of the table; its label summarizes it.
 */
export function ScoreBars({
  rows,
  caption,
  what,
  testId,
  compact = false,
}: {
  rows: readonly ScoreRow[];
  /** Names the chart and captions the table: "Score by exam domain". */
  caption: string;
  /** The first column's header: "Exam domain". */
  what: string;
  testId: string;
  /** Smaller bars, for a row of several charts. */
  compact?: boolean;
}) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const scored = rows.filter((r) => r.total > 0);
  const summary = `${caption}: ${rows.map((r) => `${r.label} ${r.total ? formatPercent(r.percent) : 'no answers'}`).join('; ')}.`;
  if (scored.length === 0) return <Text size="sm">No answers yet.</Text>;
  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label={`Show ${caption.toLowerCase()} as`}
        value={view}
        onChange={(v) => setView(v as 'chart' | 'table')}
        data={[
          { value: 'chart', label: 'Chart' },
          { value: 'table', label: 'Table' },
        ]}
        size={compact ? 'xs' : 'sm'}
        style={{ alignSelf: 'flex-start' }}
      />
      {view === 'chart' ? (
        // The bars are a picture of the table (one switch away); screen readers get a summary.
        // Clipped: Recharts leaves its hidden tooltip where it last was, which must not widen a phone's page.
        <div
          role="img"
          aria-label={`${summary} Switch to the table view for the counts.`}
          data-testid={`${testId}-chart`}
          style={{ overflow: 'hidden' }}
        >
          <BarChart
            h={Math.max(compact ? 100 : 140, rows.length * (compact ? 30 : 44) + 40)}
            data={rows.map((r) => ({ label: r.label, Score: r.total ? (r.percent ?? 0) : null }))}
            dataKey="label"
            orientation="vertical"
            series={[{ name: 'Score', color: 'blue.8', label: 'Percent correct' }]}
            xAxisProps={{ domain: [0, 100], ticks: [0, 25, 50, 75, 100] }}
            yAxisProps={{ width: compact ? 120 : 170, interval: 0, tick: { fontSize: 11, fill: 'currentColor' } }}
            valueFormatter={(v) => `${v} %`}
            accessibilityLayer={false}
            tooltipAnimationDuration={0}
            gridAxis="x"
            // A scored 0 % still shows a sliver (no bar at all means no answers), and every bar its number.
            minBarSize={2}
            withBarValueLabel
            valueLabelProps={{ position: 'right', fill: 'currentColor', fontSize: 11 }}
          />
        </div>
      ) : (
        <ScoreTable caption={caption} what={what} rows={rows} testId={testId} />
      )}
      {!compact && scored.length < rows.length ? (
        <Text size="xs" c="dimmed">
          No bar means no answers yet.
        </Text>
      ) : null}
    </Stack>
  );
}
