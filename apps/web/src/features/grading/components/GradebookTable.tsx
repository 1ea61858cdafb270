import { Link } from 'react-router';
import { Anchor, Box, Progress, Stack, Table, Text } from '@mantine/core';
import { EmptyState } from '@/components/Feedback';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { plural } from '@/lib/format';
import { paths } from '@/paths';
import { formatScore, handedIn, round2, statusLabel, type SubmissionStatus } from '../model';

export const GradebookTableFragment = graphql(`
  fragment GradebookTable_gradebook on Gradebook {
    assignments {
      id
      title
      points
      dueAt
      session {
        id
        number
      }
    }
    rows {
      completed
      student {
        id
        displayName
        email
      }
      cells {
        assignmentId
        status
        late
        score
      }
    }
  }
`);

const sticky = { position: 'sticky', left: 0, zIndex: 1, background: 'var(--mantine-color-body)', minWidth: '11rem', maxWidth: '16rem' } as const;

/**
 * Students × published assignments: a score or a status per cell (each a link to the
 * grading queue at that student), how much each student has handed in, and a summary per
 * assignment. The first column stays put while the table scrolls sideways in its box.
 */
export function GradebookTable({ gradebook: ref, title }: { gradebook: FragmentType<typeof GradebookTableFragment>; title: string }) {
  const gradebook = getFragmentData(GradebookTableFragment, ref);
  const { assignments, rows } = gradebook;
  if (rows.length === 0) return <EmptyState>No students are enrolled yet: the gradebook fills in as they join and hand work in.</EmptyState>;
  if (assignments.length === 0) return <EmptyState>No published assignments yet. Set homework on a session’s plan page and publish it; it shows here.</EmptyState>;

  const summary = assignments.map((a, i) => {
    const cells = rows.map((r) => r.cells.find((c) => c.assignmentId === a.id) ?? r.cells[i]);
    const scores = cells.map((c) => c?.score).filter((s): s is number => typeof s === 'number');
    const inCount = cells.filter((c) => c && handedIn(c.status as SubmissionStatus)).length;
    return { average: scores.length ? round2(scores.reduce((s, n) => s + n, 0) / scores.length) : null, graded: scores.length, handedIn: inCount };
  });

  return (
    <Box
      component="div"
      role="region"
      aria-label={`${title}: gradebook table (scrolls sideways)`}
      tabIndex={0}
      style={{ overflowX: 'auto', maxWidth: '100%' }}
      data-testid="gradebook-scroll"
    >
      <Table withTableBorder withColumnBorders striped highlightOnHover verticalSpacing="xs" style={{ minWidth: `${12 + assignments.length * 9 + 10}rem` }}>
        <caption style={{ textAlign: 'left', captionSide: 'top', paddingBottom: 'var(--mantine-spacing-xs)' }}>
          <Text size="sm" span>
            {plural(rows.length, 'student')} × {plural(assignments.length, 'published assignment')}. Select a cell to grade that student’s work.
          </Text>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" style={sticky}>
              Student
            </Table.Th>
            {assignments.map((a) => (
              <Table.Th key={a.id} scope="col" style={{ minWidth: '8rem' }}>
                <Stack gap={0}>
                  <Anchor component={Link} to={paths.gradeAssignment.to(a.id)} size="sm" fw={700} style={{ overflowWrap: 'anywhere' }}>
                    {a.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    Session {a.session.number} · {a.points === null || a.points === undefined ? 'ungraded' : `out of ${a.points}`}
                  </Text>
                </Stack>
              </Table.Th>
            ))}
            <Table.Th scope="col" style={{ minWidth: '10rem' }}>
              Handed in
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const pct = assignments.length ? Math.round((100 * Math.min(r.completed, assignments.length)) / assignments.length) : 0;
            return (
              <Table.Tr key={r.student.id} data-testid="gradebook-row">
                <Table.Th scope="row" style={sticky}>
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {r.student.displayName}
                  </Text>
                </Table.Th>
                {assignments.map((a, i) => {
                  const cell = r.cells.find((c) => c.assignmentId === a.id) ?? r.cells[i];
                  if (!cell) return <Table.Td key={a.id}>—</Table.Td>;
                  const status = cell.status as SubmissionStatus;
                  const text = typeof cell.score === 'number' ? formatScore(cell.score) : statusLabel(status, cell.late);
                  const detail = typeof cell.score === 'number' ? `${statusLabel(status, cell.late)}${cell.late && status === 'RETURNED' ? ', late' : ''}` : null;
                  return (
                    <Table.Td key={a.id} data-testid="gradebook-cell" data-status={status}>
                      <Anchor
                        component={Link}
                        to={paths.gradeAssignment.to(a.id, r.student.id)}
                        size="sm"
                        aria-label={`${text}${detail ? ` (${detail})` : ''}: ${r.student.displayName}, ${a.title}`}
                        c={status === 'MISSING' ? 'red.9' : undefined}
                      >
                        {text}
                      </Anchor>
                      {detail ? (
                        <Text size="xs" c="dimmed">
                          {detail}
                        </Text>
                      ) : null}
                    </Table.Td>
                  );
                })}
                <Table.Td>
                  <Stack gap={2}>
                    <Progress.Root
                      size="md"
                      role="progressbar"
                      aria-label={`${r.student.displayName}: assignments handed in`}
                      aria-valuemin={0}
                      aria-valuemax={assignments.length}
                      aria-valuenow={Math.min(r.completed, assignments.length)}
                      aria-valuetext={`${r.completed} of ${assignments.length}`}
                    >
                      <Progress.Section value={pct} color={r.completed >= assignments.length ? 'green.9' : 'blue.8'} withAria={false} />
                    </Progress.Root>
                    <Text size="xs">
                      {r.completed} of {assignments.length}
                    </Text>
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr data-testid="gradebook-summary">
            <Table.Th scope="row" style={sticky}>
              Summary
            </Table.Th>
            {assignments.map((a, i) => {
              const s = summary[i]!;
              return (
                <Table.Td key={a.id}>
                  <Text size="xs">
                    {s.handedIn} of {rows.length} handed in
                  </Text>
                  {a.points !== null && a.points !== undefined ? (
                    <Text size="xs">{s.average === null ? 'No grades yet' : `Average ${formatScore(s.average)} of ${a.points} (${s.graded} graded)`}</Text>
                  ) : null}
                </Table.Td>
              );
            })}
            <Table.Td>
              <Text size="xs">{plural(rows.filter((r) => r.completed >= assignments.length).length, 'student')} handed everything in</Text>
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Box>
  );
}
