import '@mantine/charts/styles.css';
import { useState } from 'react';
import { BarChart } from '@mantine/charts';
import { SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { attended } from '../model';
import type { AttendanceGridData } from './AttendanceGridTable';

export interface SessionTally {
  sessionId: string;
  label: string;
  attended: number;
  late: number;
  absent: number;
  excused: number;
  noRecord: number;
}

/** Per session: how many of the listed students attended (late among them), were absent, excused, or have no record. */
export function tallySessions(grid: Pick<AttendanceGridData, 'sessions' | 'rows'>): SessionTally[] {
  return grid.sessions.map((s, i) => {
    const t: SessionTally = { sessionId: s.id, label: `Session ${s.number}`, attended: 0, late: 0, absent: 0, excused: 0, noRecord: 0 };
    for (const r of grid.rows) {
      const status = r.cells[i]?.status;
      if (!status) t.noRecord++;
      else if (attended(status)) {
        t.attended++;
        if (status === 'LATE') t.late++;
      } else if (status === 'ABSENT') t.absent++;
      else t.excused++;
    }
    return t;
  });
}

/**
 * Attendance per session as stacked bars, or (for reading the numbers, and for screen
 * readers) the same as a table. Counts cover the students loaded so far.
 */
export function AttendanceChart({ grid, partial }: { grid: Pick<AttendanceGridData, 'sessions' | 'rows'>; partial: boolean }) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const tallies = tallySessions(grid).filter((_, i) => grid.sessions[i]?.status !== 'CANCELLED');
  const scope = partial ? `the ${grid.rows.length} students loaded` : `all ${grid.rows.length} students`;
  const caption = `Attendance per session, of ${scope}`;
  if (tallies.length === 0) return null;
  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label="Show attendance per session as"
        value={view}
        onChange={(v) => setView(v as 'chart' | 'table')}
        data={[
          { value: 'chart', label: 'Chart' },
          { value: 'table', label: 'Table' },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {view === 'chart' ? (
        // The bars are a picture of the table (one switch away); screen readers get a summary.
        <div
          role="img"
          aria-label={`${caption}: ${tallies.map((t) => `${t.label}, ${t.attended} attended`).join('; ')}. Switch to the table view for every number.`}
          data-testid="attendance-chart"
        >
          <BarChart
            h={220}
            data={tallies.map((t) => ({ label: t.label, Attended: t.attended, Absent: t.absent, Excused: t.excused, 'No record': t.noRecord }))}
            dataKey="label"
            type="stacked"
            series={[
              { name: 'Attended', color: 'green.8' },
              { name: 'Absent', color: 'red.8' },
              { name: 'Excused', color: 'gray.6' },
              { name: 'No record', color: 'gray.3' },
            ]}
            withLegend
            accessibilityLayer={false}
            tooltipAnimationDuration={0}
            minBarSize={0}
          />
        </div>
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table striped data-testid="attendance-chart-table">
            <Table.Caption>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Session</Table.Th>
                <Table.Th scope="col" ta="right">
                  Attended
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Of whom late
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Absent
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Excused
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  No record
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tallies.map((t) => (
                <Table.Tr key={t.sessionId}>
                  <Table.Th scope="row">{t.label}</Table.Th>
                  <Table.Td ta="right">{t.attended}</Table.Td>
                  <Table.Td ta="right">{t.late}</Table.Td>
                  <Table.Td ta="right">{t.absent}</Table.Td>
                  <Table.Td ta="right">{t.excused}</Table.Td>
                  <Table.Td ta="right">{t.noRecord}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="xs" c="dimmed">
        Attended counts present, late and left early.
      </Text>
    </Stack>
  );
}
