import { Link } from 'react-router';
import { Anchor, Box, Progress, Stack, Table, Text } from '@mantine/core';
import { EmptyState } from '@/components/Feedback';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { AttendanceGridTable_GridFragment } from '@/gql/graphql';
import { plural } from '@/lib/format';
import { paths } from '@/paths';
import { formatHours, minutesAsHours, STATUS_LABEL } from '../model';

export const AttendanceGridTableFragment = graphql(`
  fragment AttendanceGridTable_grid on AttendanceGrid {
    sessions {
      id
      number
      title
      startsAt
      durationMinutes
      status
    }
    rows {
      student {
        id
        displayName
      }
      cells {
        id
        status
        minutes
      }
      hours {
        minutes
        hours
        possibleMinutes
        percent
        certificateEligible
      }
    }
    totalCount
  }
`);

export type AttendanceGridData = AttendanceGridTable_GridFragment;

export function readGrid(ref: FragmentType<typeof AttendanceGridTableFragment>): AttendanceGridData {
  return getFragmentData(AttendanceGridTableFragment, ref);
}

const sticky = { position: 'sticky', left: 0, zIndex: 1, background: 'var(--mantine-color-body)', minWidth: '10rem', maxWidth: '14rem' } as const;

const CELL_COLOR: Record<string, string | undefined> = { ABSENT: 'red.9' };

/**
 * Students × sessions: each cell the student's status and minutes for that session, the
 * last column their contact hours against all the cohort's session time, with a progress
 * bar and whether they have enough for a certificate. The student column stays put while
 * the table scrolls sideways in its own box (375 px phones included).
 */
export function AttendanceGridTable({
  grid,
  cohortId,
  title,
  certificateMinPercent,
}: {
  grid: AttendanceGridData;
  cohortId: string;
  title: string;
  certificateMinPercent: number;
}) {
  const { sessions, rows } = grid;
  if (rows.length === 0) return <EmptyState>No students are enrolled yet: their attendance shows here once they join.</EmptyState>;
  if (sessions.length === 0) return <EmptyState>This cohort has no sessions yet.</EmptyState>;
  return (
    <Box
      component="div"
      role="region"
      aria-label={`${title}: attendance table (scrolls sideways)`}
      tabIndex={0}
      style={{ overflowX: 'auto', maxWidth: '100%' }}
      data-testid="attendance-scroll"
    >
      <Table withTableBorder withColumnBorders striped verticalSpacing="xs" style={{ minWidth: `${11 + sessions.length * 8 + 11}rem` }}>
        <caption style={{ textAlign: 'left', captionSide: 'top', paddingBottom: 'var(--mantine-spacing-xs)' }}>
          <Text size="sm" span>
            {plural(grid.totalCount, 'student')} × {plural(sessions.length, 'session')}: status and minutes attended. A certificate needs {certificateMinPercent} % of
            all session time.
          </Text>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" style={sticky}>
              Student
            </Table.Th>
            {sessions.map((s) => (
              <Table.Th key={s.id} scope="col" style={{ minWidth: '7.5rem' }}>
                <Stack gap={0}>
                  <Anchor component={Link} to={paths.sessionRoster.to(cohortId, s.id)} size="sm" fw={700} aria-label={`Session ${s.number}: ${s.title} (roster)`}>
                    Session {s.number}
                  </Anchor>
                  <Text size="xs" c="dimmed" td={s.status === 'CANCELLED' ? 'line-through' : undefined}>
                    {s.status === 'CANCELLED' ? 'Cancelled' : `${s.durationMinutes} min`}
                  </Text>
                  <Anchor component={Link} to={paths.zoomImport.to(cohortId, s.id)} size="xs" aria-label={`Import Zoom report for session ${s.number}`}>
                    Import Zoom report
                  </Anchor>
                </Stack>
              </Table.Th>
            ))}
            <Table.Th scope="col" style={{ minWidth: '10rem' }}>
              Contact hours
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const pct = Math.max(0, Math.min(100, r.hours.percent));
            const text = `${formatHours(r.hours.hours)} of ${minutesAsHours(r.hours.possibleMinutes)} hours`;
            return (
              <Table.Tr key={r.student.id} data-testid="attendance-row">
                <Table.Th scope="row" style={sticky}>
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {r.student.displayName}
                  </Text>
                </Table.Th>
                {sessions.map((s, i) => {
                  const cell = r.cells[i];
                  return (
                    <Table.Td key={s.id} data-testid="attendance-cell" data-status={cell?.status ?? 'NONE'}>
                      {cell ? (
                        <>
                          <Text size="sm" fw={600} c={CELL_COLOR[cell.status]}>
                            {STATUS_LABEL[cell.status]}
                          </Text>
                          <Text size="xs">{cell.minutes} min</Text>
                        </>
                      ) : (
                        <Text size="sm" c="dimmed" aria-label="No record">
                          —
                        </Text>
                      )}
                    </Table.Td>
                  );
                })}
                <Table.Td>
                  <Stack gap={2}>
                    <Progress.Root
                      size="md"
                      role="progressbar"
                      aria-label={`${r.student.displayName}: contact hours`}
                      aria-valuemin={0}
                      aria-valuemax={100}
                      aria-valuenow={pct}
                      aria-valuetext={`${text} (${pct} %)`}
                    >
                      <Progress.Section value={pct} color={r.hours.certificateEligible ? 'teal.9' : 'blue.8'} withAria={false} />
                    </Progress.Root>
                    <Text size="xs">
                      {text} · {pct} %
                    </Text>
                    <Text size="xs" fw={600}>
                      {r.hours.certificateEligible ? 'Enough for a certificate' : 'Not enough yet'}
                    </Text>
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
