import { useEffect, useState } from 'react';
import { Badge, Box, Button, Group, Paper, SimpleGrid, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { DateTime } from '@gantry/shared';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/Feedback';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { AttendanceRecordFieldsFragment } from '@/gql/graphql';
import { useNow } from '@/hooks/useNow';
import { plural } from '@/lib/format';
import { AttendanceRecordFields, AttendanceStudentFields } from '../api/documents';
import { useMarkMissingAbsent } from '../hooks/useAttendanceMutations';
import { useLiveRoster } from '../hooks/useLiveRoster';
import { clockTime, rosterCounts, SOURCE_LABEL } from '../model';
import { AttendanceBadge } from './AttendanceBadge';
import { AttendanceEditDialog } from './AttendanceEditDialog';

export const SessionRosterFragment = graphql(`
  fragment SessionRoster_roster on SessionRoster {
    rows {
      student {
        id
        ...AttendanceStudentFields
      }
      record {
        id
        ...AttendanceRecordFields
      }
    }
  }
`);

export interface RosterSession {
  id: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
}

interface Row {
  student: { id: string; displayName: string; email: string };
  record: AttendanceRecordFieldsFragment | null;
}

function unmask(ref: FragmentType<typeof SessionRosterFragment>): Row[] {
  return getFragmentData(SessionRosterFragment, ref).rows.map((r) => ({
    student: getFragmentData(AttendanceStudentFields, r.student),
    record: r.record ? getFragmentData(AttendanceRecordFields, r.record) : null,
  }));
}

function Count({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Paper withBorder p="xs" data-testid={testId}>
      <Text size="xl" fw={700} lh={1.1}>
        {value}
      </Text>
      <Text size="sm">{label}</Text>
    </Paper>
  );
}

interface Props {
  roster: FragmentType<typeof SessionRosterFragment>;
  session: RosterSession;
  viewerZone: string;
  /** Read the roster again (after a conflict, or while live updates are down). */
  onReload: () => Promise<FragmentType<typeof SessionRosterFragment> | null>;
  /** Re-read the roster every so often while live updates are down. */
  onLiveChange?: (live: boolean) => void;
}

/**
 * The mentor's live roster of one session: counts (in, late, missing, absent, excused),
 * every enrolled student with their status, join time (viewer's zone), minutes, source
 * and who changed it last; mark or override anyone; mark everyone still missing absent.
 * Check-ins and other changes arrive live and are announced politely.
 */
export function SessionRoster({ roster: ref, session, viewerZone, onReload, onLiveChange }: Props) {
  const rows = unmask(ref);
  const known = rows.map((r) => ({ studentId: r.student.id, record: r.record }));
  const { live, announcement, reconnect } = useLiveRoster(session.id, known, onReload);
  const counts = rosterCounts(rows);
  const now = useNow(30_000, [session.startsAt]);
  const started = DateTime.fromISO(session.startsAt) <= now;
  const [editing, setEditing] = useState<string | null>(null);
  const [confirmAbsent, setConfirmAbsent] = useState(false);
  const { markMissingAbsent } = useMarkMissingAbsent();

  useEffect(() => onLiveChange?.(live), [live, onLiveChange]);

  const editingRow = editing ? rows.find((r) => r.student.id === editing) : undefined;
  const reloadRecord = async (studentId: string) => {
    const fresh = await onReload();
    return fresh ? (unmask(fresh).find((r) => r.student.id === studentId)?.record ?? null) : null;
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center" wrap="wrap" gap="xs">
        <Group gap={6} data-testid="live-indicator" data-live={live}>
          <Box
            aria-hidden
            w={10}
            h={10}
            style={{ borderRadius: '50%', background: live ? 'var(--mantine-color-green-8)' : 'var(--mantine-color-gray-6)' }}
          />
          <Text size="sm" fw={600}>
            {live ? 'Live: check-ins appear as they happen' : 'Live updates paused: the roster is re-read every 20 seconds'}
          </Text>
          {live ? null : (
            <Button size="compact-sm" variant="default" onClick={reconnect}>
              Reconnect
            </Button>
          )}
        </Group>
        <Button variant="default" size="sm" disabled={!started || counts.missing === 0} onClick={() => setConfirmAbsent(true)}>
          Mark everyone missing absent
        </Button>
      </Group>
      {!started ? (
        <Text size="sm" c="dimmed">
          Before the start, students can check in from 15 minutes ahead; marking the missing absent opens at the start.
        </Text>
      ) : null}

      <SimpleGrid cols={{ base: 2, xs: 3, sm: 5 }} spacing="xs" aria-label="Counts" component="section" data-testid="roster-counts">
        <Count label="In" value={counts.in} testId="count-in" />
        <Count label="Late" value={counts.late} testId="count-late" />
        <Count label="Missing" value={counts.missing} testId="count-missing" />
        <Count label="Absent" value={counts.absent} testId="count-absent" />
        <Count label="Excused" value={counts.excused} testId="count-excused" />
      </SimpleGrid>

      <Text size="sm" role="status" aria-live="polite" aria-atomic data-testid="roster-announcer">
        {announcement}
      </Text>

      {rows.length === 0 ? (
        <EmptyState>No students are enrolled in this cohort.</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover verticalSpacing="xs">
            <Table.Caption>
              {plural(counts.total, 'student')}: {counts.in} in, {counts.missing} missing. Times in your zone.
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Student</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Joined at</Table.Th>
                <Table.Th scope="col" ta="right">
                  Minutes
                </Table.Th>
                <Table.Th scope="col">Source</Table.Th>
                <Table.Th scope="col">Last changed by</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ student, record }) => (
                <Table.Tr key={student.id} data-testid="roster-row" data-student={student.id} data-status={record?.status ?? 'MISSING'}>
                  <Table.Th scope="row">
                    <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {student.displayName}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    {record ? (
                      <AttendanceBadge status={record.status} />
                    ) : (
                      <Badge variant="outline" color="gray.8" style={{ textTransform: 'none' }} data-testid="attendance-status" data-status="MISSING">
                        Not checked in
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{record?.joinedAt ? clockTime(record.joinedAt, viewerZone) : '—'}</Table.Td>
                  <Table.Td ta="right">{record ? record.minutes : '—'}</Table.Td>
                  <Table.Td>{record ? SOURCE_LABEL[record.source] : '—'}</Table.Td>
                  <Table.Td>
                    {record ? (
                      <Text size="sm">
                        {record.updatedBy?.displayName ?? (record.source === 'SELF_CHECK_IN' ? 'The student' : '—')}
                        <Text span size="xs" c="dimmed">
                          {' '}
                          · {clockTime(record.updatedAt, viewerZone)}
                        </Text>
                      </Text>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="default" onClick={() => setEditing(student.id)} aria-label={`${record ? 'Change' : 'Mark'} attendance: ${student.displayName}`}>
                      {record ? 'Change' : 'Mark'}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      {editingRow ? (
        <AttendanceEditDialog
          key={editingRow.student.id}
          sessionId={session.id}
          durationMinutes={session.durationMinutes}
          student={editingRow.student}
          record={editingRow.record}
          onClose={() => setEditing(null)}
          onReload={() => reloadRecord(editingRow.student.id)}
        />
      ) : null}

      <ConfirmDialog
        opened={confirmAbsent}
        title="Mark everyone missing absent?"
        confirmLabel={`Mark ${plural(counts.missing, 'student')} absent`}
        cancelLabel="Not yet"
        onClose={() => setConfirmAbsent(false)}
        onConfirm={() => markMissingAbsent(session.id, counts.missing)}
      >
        <Text size="sm">
          {plural(counts.missing, 'student has', 'students have')} not checked in and {counts.missing === 1 ? 'is' : 'are'} not marked. They become absent; you can
          still change anyone afterwards, and a Zoom report import corrects it for people who were there.
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}
