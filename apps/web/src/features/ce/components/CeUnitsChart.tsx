import '@mantine/charts/styles.css';
import { useState } from 'react';
import { BarChart } from '@mantine/charts';
import { SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { num, type YearUnits } from '../model';

function UnitsTable({ rows }: { rows: YearUnits[] }) {
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped data-testid="units-table">
        <Table.Caption>Units by year of completion, from Gantry certificates and from elsewhere</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Year</Table.Th>
            <Table.Th scope="col" ta="right">
              Gantry
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Elsewhere
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Total
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.year}>
              <Table.Th scope="row">{r.year}</Table.Th>
              <Table.Td ta="right">{num(r.gantry)}</Table.Td>
              <Table.Td ta="right">{num(r.other)}</Table.Td>
              <Table.Td ta="right">{num(r.gantry + r.other)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * Units per year, stacked by source, as a chart or (for the numbers, and for screen
 * readers) a table. The chart is a picture of the table; its label summarizes it.
 */
export function CeUnitsChart({ rows }: { rows: YearUnits[] }) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  if (!rows.length) return <Text size="sm">No hours yet: certificates from Gantry cohorts and the hours you add show here by year.</Text>;
  const total = rows.reduce((s, r) => s + r.gantry + r.other, 0);
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label="Show units as"
        value={view}
        onChange={(v) => setView(v as 'chart' | 'table')}
        data={[
          { value: 'chart', label: 'Chart' },
          { value: 'table', label: 'Table' },
        ]}
      />
      {view === 'chart' ? (
        <div
          role="img"
          aria-label={`Units by year, ${rows[0]!.year} to ${rows[rows.length - 1]!.year}: ${num(total)} in all. Switch to the table view for the numbers.`}
        >
          <BarChart
            h={220}
            data={rows.map((r) => ({ year: r.year, Gantry: r.gantry, Elsewhere: r.other }))}
            dataKey="year"
            type="stacked"
            series={[
              { name: 'Gantry', color: 'blue.8' },
              { name: 'Elsewhere', color: 'teal.8' },
            ]}
            withLegend
            accessibilityLayer={false}
            tooltipAnimationDuration={0}
            gridAxis="y"
            minBarSize={0}
          />
        </div>
      ) : (
        <UnitsTable rows={rows} />
      )}
    </Stack>
  );
}
