import { useRef, useState, type ReactNode } from 'react';
import { Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ConfirmDialog, focusSoon } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/Feedback';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { describeError } from '@/lib/errors';
import { useDeleteAssignment, useMoveAssignment, useSetAssignmentPublished } from '../hooks/useAssignmentMutations';
import type { SessionOption } from '../model';
import { AssignmentForm, type QuizEditorSlotProps } from './AssignmentForm';
import { AssignmentRow, readRow, type AssignmentRowData } from './AssignmentRow';

export const SessionAssignmentsFragment = graphql(`
  fragment SessionAssignments_session on CohortSession {
    id
    number
    assignments {
      id
      position
      ...AssignmentRow_assignment
      ...AssignmentForm_assignment
    }
  }
`);

interface Props {
  session: FragmentType<typeof SessionAssignmentsFragment>;
  cohortId: string;
  /** Every session of the cohort, for due times relative to one. */
  sessions: readonly SessionOption[];
  viewerZone: string;
  cohortZone: string;
  /** Re-read the page (after someone else saved an assignment first). */
  onReload: () => Promise<unknown>;
  /** The practice quiz editor (the QUIZ kind is offered only with one). */
  renderQuizEditor?: (props: QuizEditorSlotProps) => ReactNode;
}

/**
 * The homework set at one session, for its mentors: each assignment with its status, due
 * time and how the class stands, in the order students see them; a form to create or
 * edit one in place; publish, reorder and delete.
 */
export function SessionAssignments({ session: ref, cohortId, sessions, viewerZone, cohortZone, onReload, renderQuizEditor }: Props) {
  const session = getFragmentData(SessionAssignmentsFragment, ref);
  const assignments = [...session.assignments].sort((a, b) => a.position - b.position);
  const rows = assignments.map((a) => ({ ref: a, row: readRow(a) }));
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [deleting, setDeleting] = useState<AssignmentRowData | null>(null);
  const [publishingId, setPublishingId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const { move, loading: moving } = useMoveAssignment();
  const { setPublished } = useSetAssignmentPublished();
  const { remove } = useDeleteAssignment();
  const listRef = useRef<HTMLDivElement>(null);
  const newButtonRef = useRef<HTMLButtonElement>(null);

  const button = (id: string, action: string) => listRef.current?.querySelector<HTMLElement>(`[data-assignment="${id}"] [data-action="${action}"]`);

  const close = (focusId: string | null) => {
    setEditing(null);
    focusSoon(() => (focusId ? button(focusId, 'edit') : newButtonRef.current));
  };

  const onMove = async (a: AssignmentRowData, index: number, delta: -1 | 1) => {
    if (moving) return;
    const to = index + delta;
    if (to < 0 || to >= rows.length) return;
    try {
      await move(a.id, to);
      setAnnouncement(`${a.title} moved to position ${to + 1} of ${rows.length}.`);
      // At an end its button in that direction is disabled: keep focus on the other one.
      const edge = to === 0 ? 'down' : to === rows.length - 1 ? 'up' : delta < 0 ? 'up' : 'down';
      focusSoon(() => button(a.id, edge));
    } catch (e) {
      notifications.show({ color: 'red', title: `Could not move ${a.title}`, message: describeError(e).message });
    }
  };

  const onPublish = async (a: AssignmentRowData, published: boolean) => {
    setPublishingId(a.id);
    try {
      await setPublished(a, published);
    } catch (e) {
      notifications.show({ color: 'red', title: `Could not ${published ? 'publish' : 'unpublish'} ${a.title}`, message: describeError(e).message });
      if (describeError(e).code === 'CONFLICT') await onReload();
    } finally {
      setPublishingId(null);
    }
  };

  const formProps = { cohortId, sessionId: session.id, sessions, viewerZone, cohortZone, onConflict: onReload, renderQuizEditor };

  return (
    <Stack gap="sm">
      <VisuallyHidden aria-live="polite" data-testid="assignment-announcer">
        {announcement}
      </VisuallyHidden>
      {rows.length === 0 && editing !== 'new' ? <EmptyState>No homework on this session yet.</EmptyState> : null}
      {rows.length ? (
        <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }} aria-label={`Homework set at session ${session.number}`} ref={listRef}>
          {rows.map(({ ref: a, row }, i) =>
            editing === row.id ? (
              <li key={row.id}>
                <Paper withBorder p="md" my="sm">
                  <Title order={3} size="h4" mb="sm">
                    Edit assignment
                  </Title>
                  <AssignmentForm {...formProps} assignment={a} onSaved={(id) => close(id)} onCancel={() => close(row.id)} />
                </Paper>
              </li>
            ) : (
              <AssignmentRow
                key={row.id}
                assignment={row}
                index={i}
                count={rows.length}
                viewerZone={viewerZone}
                cohortZone={cohortZone}
                busy={publishingId === row.id}
                onEdit={() => setEditing(row.id)}
                onMove={(delta) => void onMove(row, i, delta)}
                onPublish={(p) => void onPublish(row, p)}
                onDelete={() => setDeleting(row)}
              />
            ),
          )}
        </Stack>
      ) : null}
      {editing === 'new' ? (
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="sm">
            New assignment
          </Title>
          <AssignmentForm {...formProps} onSaved={(id) => close(id)} onCancel={() => close(null)} />
        </Paper>
      ) : (
        <Group>
          <Button ref={newButtonRef} onClick={() => setEditing('new')} disabled={editing !== null}>
            New assignment
          </Button>
        </Group>
      )}

      <ConfirmDialog
        opened={deleting !== null}
        title={deleting ? `Delete “${deleting.title}”?` : 'Delete assignment?'}
        confirmLabel="Delete assignment"
        danger
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (deleting) await remove(deleting);
        }}
        returnFocusTo={(confirmed) => (confirmed ? newButtonRef.current : deleting ? button(deleting.id, 'edit') : null)}
      >
        <Text size="sm">Students no longer see it, and it leaves the gradebook. Once anyone has submitted it, it can no longer be deleted: unpublish it instead.</Text>
      </ConfirmDialog>
    </Stack>
  );
}
