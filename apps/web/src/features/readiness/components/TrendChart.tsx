import '@mantine/charts/styles.css';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { LineChart } from '@mantine/charts';
import { Anchor, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { formatInstant, inZone } from '@gantry/shared';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { paths } from '@/paths';

export const TrendChartFragment = graphql(`
  fragment TrendChart_point on TrendPoint {
    attemptId
    at
    kind
    percent
    title
  }
`);

const KIND_LABEL: Record<string, string> = { PRACTICE: 'Practice quiz', MOCK: 'Mock exam' };

/**
 * The score of each submitted attempt, oldest first, as a line or (for the numbers, and
 * for screen readers) a table whose rows open the attempt. Clicking a point opens it too.
 */
export function TrendChart({ points: refs, viewerZone }: { points: readonly FragmentType<typeof TrendChartFragment>[]; viewerZone: string }) {
  const points = getFragmentData(TrendChartFragment, refs);
  const navigate = useNavigate();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  if (points.length === 0) return <Text size="sm">Your score on each quiz and mock exam shows here once you submit one.</Text>;

  const first = points[0]!;
  const last = points[points.length - 1]!;
  const data = points.map((p, i) => ({
    // Unique per point even when two attempts share a day.
    label: `${inZone(p.at, viewerZone).toFormat('LLL d')}${points.filter((q) => inZone(q.at, viewerZone).hasSame(inZone(p.at, viewerZone), 'day')).length > 1 ? ` (${i + 1})` : ''}`,
    Score: p.percent,
    attemptId: p.attemptId,
  }));
  const summary =
    points.length === 1
      ? `Score over attempts: one attempt, ${first.percent} %.`
      : `Score over ${points.length} attempts: from ${first.percent} % to ${last.percent} %, lowest ${Math.min(...points.map((p) => p.percent))} %, highest ${Math.max(...points.map((p) => p.percent))} %.`;

  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label="Show score over attempts as"
        value={view}
        onChange={(v) => setView(v as 'chart' | 'table')}
        data={[
          { value: 'chart', label: 'Chart' },
          { value: 'table', label: 'Table' },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {view === 'chart' ? (
        // Clipped: Recharts leaves its hidden tooltip where it last was, which must not widen a phone's page.
        <div
          role="img"
          aria-label={`${summary} Switch to the table view to open each attempt.`}
          data-testid="trend-chart"
          style={{ overflow: 'hidden' }}
        >
          <LineChart
            h={220}
            data={data}
            dataKey="label"
            series={[{ name: 'Score', color: 'blue.8', label: 'Percent correct' }]}
            yAxisProps={{ domain: [0, 100], ticks: [0, 25, 50, 75, 100] }}
            valueFormatter={(v) => `${v} %`}
            curveType="linear"
            // A point opens its attempt (the table view has the same as links, for the keyboard).
            dotProps={{ r: 5, style: { cursor: 'pointer' } }}
            activeDotProps={{
              r: 7,
              style: { cursor: 'pointer' },
              onClick: (dot) => {
                // Recharts hands the active dot its data point as `payload`.
                const attemptId = (dot as { payload?: { attemptId?: string } }).payload?.attemptId;
                if (attemptId) void navigate(paths.attempt.to(attemptId));
              },
            }}
            accessibilityLayer={false}
            tooltipAnimationDuration={0}
            gridAxis="y"
          />
        </div>
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table striped data-testid="trend-table">
            <Table.Caption>Score on each submitted attempt, oldest first (your time)</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Attempt</Table.Th>
                <Table.Th scope="col">Submitted</Table.Th>
                <Table.Th scope="col">Kind</Table.Th>
                <Table.Th scope="col" ta="right">
                  Score
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {points.map((p) => (
                <Table.Tr key={p.attemptId} data-testid="trend-row">
                  <Table.Th scope="row" fw={400}>
                    <Anchor component={Link} to={paths.attempt.to(p.attemptId)} size="sm">
                      {p.title}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{formatInstant(p.at, viewerZone)}</Table.Td>
                  <Table.Td>{KIND_LABEL[p.kind] ?? p.kind}</Table.Td>
                  <Table.Td ta="right">{p.percent} %</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
