import { useRef, useState } from 'react';
import { Badge, Button, Group, Menu, Modal, NumberInput, Stack, Table, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { DateTime, ErrorCode, rescheduleSessionSchema, SESSION_MINUTES_MAX, SESSION_MINUTES_MIN, shiftKeepingLocalTime, shiftSessionsSchema } from '@gantry/shared';
import { ConfirmDialog, focusSoon } from '@/components/ConfirmDialog';
import { FormError } from '@/components/Feedback';
import { SessionTime } from '@/components/SessionTime';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { ScheduleEditorSession_SessionFragment } from '@/gql/graphql';
import { applyServerErrors, describeError } from '@/lib/errors';
import { formatLength } from '@/lib/format';
import { ScheduleSessionFields } from '../api/documents';
import { useAddMakeupSession, useCancelSession, useRescheduleSession, useShiftSessions } from '../hooks/useCohortMutations';

export const ScheduleEditorFragment = graphql(`
  fragment ScheduleEditor_cohort on Cohort {
    id
    status
    timeZone
    localTime
    durationMinutes
    sessions {
      id
      ...ScheduleEditorSession_session
    }
  }
`);

type Session = ScheduleEditorSession_SessionFragment;
type Dialog = { kind: 'reschedule' | 'cancel' | 'shift'; session: Session } | { kind: 'makeup' } | null;

function zoneName(zone: string) {
  return zone.replace(/_/g, ' ');
}

/**
 * The mentor's schedule: every session with its time in the viewer's zone (cohort time
 * beside it), and per session: reschedule (local date and time in the cohort's zone),
 * cancel with a reason, or shift it and every later one by whole days. Plus make-up
 * sessions. Each dialog returns focus to the button that opened it.
 */
export function ScheduleEditor({ cohort: ref, viewerZone, onReload }: { cohort: FragmentType<typeof ScheduleEditorFragment>; viewerZone: string; onReload: () => void }) {
  const cohort = getFragmentData(ScheduleEditorFragment, ref);
  // Numbered by start time, cancelled ones included, as the API numbers them (and
  // correct at once after a move, before the other sessions are re-read).
  const sessions = cohort.sessions
    .map((s) => getFragmentData(ScheduleSessionFields, s))
    .sort((a, b) => DateTime.fromISO(a.startsAt).toMillis() - DateTime.fromISO(b.startsAt).toMillis())
    .map((s, i) => ({ ...s, number: i + 1 }));
  const [dialog, setDialog] = useState<Dialog>(null);
  const { cancel } = useCancelSession();
  const [reason, setReason] = useState('');
  const closed = cohort.status === 'CANCELLED' || cohort.status === 'COMPLETED';
  const now = DateTime.utc();
  const root = useRef<HTMLDivElement>(null);

  /**
   * The dialogs open from a menu item, which is gone once they close: focus goes back to
   * the session's "Change…" button, or (when the session can no longer change, e.g. it
   * was cancelled) to "Add a make-up session".
   */
  const focusAfter = (sessionId?: string) => () =>
    root.current?.querySelector<HTMLElement>(`[data-session-trigger="${sessionId ?? ''}"]`) ??
    root.current?.querySelector<HTMLElement>('[data-makeup-trigger]') ??
    root.current?.querySelector<HTMLElement>('table');
  const closeDialog = () => {
    const id = dialog && 'session' in dialog ? dialog.session.id : undefined;
    setDialog(null);
    focusSoon(focusAfter(id));
  };

  return (
    <Stack gap="sm" ref={root}>
      <Text size="sm">
        Sessions are planned in the cohort’s zone, {zoneName(cohort.timeZone)}. Students are told about every change and their calendar feeds update.
      </Text>
      <Table.ScrollContainer minWidth={480}>
        <Table striped aria-label="Sessions of this cohort" data-testid="schedule-editor">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">#</Table.Th>
              <Table.Th scope="col">Session</Table.Th>
              <Table.Th scope="col">When</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((s) => {
              const cancelled = s.status === 'CANCELLED';
              const past = DateTime.fromISO(s.endsAt) <= now;
              return (
                <Table.Tr key={s.id} data-testid="editor-session">
                  <Table.Td>{s.number}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600} td={cancelled ? 'line-through' : undefined}>
                      {s.title}
                    </Text>
                    <Group gap={4}>
                      {cancelled ? (
                        <Badge size="sm" color="red.9" variant="outline">
                          Cancelled
                        </Badge>
                      ) : null}
                      {s.isMakeup ? (
                        <Badge size="sm" color="grape.9" variant="outline">
                          Make-up
                        </Badge>
                      ) : null}
                      {past && !cancelled ? (
                        <Badge size="sm" color="gray.8" variant="outline">
                          Done
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <SessionTime startsAt={s.startsAt} viewerZone={viewerZone} cohortZone={cohort.timeZone} cancelled={cancelled} />
                    <Text size="xs" c="dimmed">
                      {formatLength(s.durationMinutes)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {!cancelled && !past && !closed ? (
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <Button size="xs" variant="default" aria-label={`Change session ${s.number}`} data-session-trigger={s.id}>
                            Change…
                          </Button>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item onClick={() => setDialog({ kind: 'reschedule', session: s })}>Reschedule</Menu.Item>
                          <Menu.Item onClick={() => setDialog({ kind: 'shift', session: s })}>Shift this and later sessions</Menu.Item>
                          <Menu.Item
                            color="red.9"
                            onClick={() => {
                              setReason('');
                              setDialog({ kind: 'cancel', session: s });
                            }}
                          >
                            Cancel session
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!closed ? (
        <Group>
          <Button variant="default" onClick={() => setDialog({ kind: 'makeup' })} data-makeup-trigger>
            Add a make-up session
          </Button>
        </Group>
      ) : null}

      <Modal opened={dialog?.kind === 'reschedule'} onClose={closeDialog} title="Reschedule a session" centered returnFocus={false}>
        {dialog?.kind === 'reschedule' ? (
          <SessionTimeForm mode="reschedule" cohortId={cohort.id} zone={cohort.timeZone} session={dialog.session} onDone={closeDialog} onReload={onReload} />
        ) : null}
      </Modal>
      <Modal opened={dialog?.kind === 'makeup'} onClose={closeDialog} title="Add a make-up session" centered returnFocus={false}>
        {dialog?.kind === 'makeup' ? (
          <SessionTimeForm
            mode="makeup"
            cohortId={cohort.id}
            zone={cohort.timeZone}
            defaults={{ localTime: cohort.localTime, durationMinutes: cohort.durationMinutes, after: sessions.at(-1)?.startsAt }}
            onDone={closeDialog}
            onReload={onReload}
          />
        ) : null}
      </Modal>
      <Modal opened={dialog?.kind === 'shift'} onClose={closeDialog} title="Shift sessions" centered returnFocus={false}>
        {dialog?.kind === 'shift' ? (
          <ShiftForm cohortId={cohort.id} zone={cohort.timeZone} session={dialog.session} later={sessions.filter((x) => x.status === 'SCHEDULED' && x.startsAt >= dialog.session.startsAt)} onDone={closeDialog} />
        ) : null}
      </Modal>
      <ConfirmDialog
        opened={dialog?.kind === 'cancel'}
        title="Cancel this session?"
        confirmLabel="Cancel the session"
        danger
        onClose={() => setDialog(null)}
        returnFocusTo={focusAfter(dialog && 'session' in dialog ? dialog.session.id : undefined)}
        onConfirm={() => cancel((dialog as { session: Session }).session.id, reason)}
      >
        {dialog?.kind === 'cancel' ? (
          <Stack gap="xs">
            <Text>
              Session {dialog.session.number}, <strong>{dialog.session.title}</strong>, on <SessionTime startsAt={dialog.session.startsAt} viewerZone={viewerZone} cohortZone={cohort.timeZone} /> is
              cancelled. Students are told by email; calendars show it as cancelled. To replace it, add a make-up session.
            </Text>
            <Textarea label="Reason (optional, sent to students)" value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={500} autosize minRows={2} />
          </Stack>
        ) : null}
      </ConfirmDialog>
    </Stack>
  );
}

interface TimeValues {
  localDate: string;
  localTime: string;
  durationMinutes: number | string;
  title: string;
}

/** Date, time and length in the cohort's zone, for rescheduling a session or adding a make-up. */
function SessionTimeForm({
  mode,
  cohortId,
  zone,
  session,
  defaults,
  onDone,
  onReload,
}: {
  mode: 'reschedule' | 'makeup';
  cohortId: string;
  zone: string;
  session?: Session;
  defaults?: { localTime: string; durationMinutes: number; after?: string };
  onDone: () => void;
  onReload: () => void;
}) {
  const { reschedule, loading: moving } = useRescheduleSession();
  const { addMakeup, loading: adding } = useAddMakeupSession();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const start = session ? DateTime.fromISO(session.startsAt).setZone(zone) : null;
  const suggested = defaults?.after ? DateTime.fromISO(defaults.after).setZone(zone).plus({ weeks: 1 }) : DateTime.utc().setZone(zone).plus({ weeks: 1 });
  const form = useForm<TimeValues>({
    mode: 'controlled',
    initialValues: {
      localDate: start ? start.toISODate()! : suggested.toISODate()!,
      localTime: start ? start.toFormat('HH:mm') : (defaults?.localTime ?? '19:00'),
      durationMinutes: session?.durationMinutes ?? defaults?.durationMinutes ?? 120,
      title: session?.title ?? '',
    },
    validate: (v) => {
      const r = rescheduleSessionSchema.safeParse({ ...v, durationMinutes: Number(v.durationMinutes === '' ? Number.NaN : v.durationMinutes) });
      const errors: Record<string, string> = {};
      if (!r.success) for (const i of r.error.issues) errors[i.path.join('.')] ??= i.message;
      return errors;
    },
  });

  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    setConflict(false);
    const common = { localDate: v.localDate, localTime: v.localTime, durationMinutes: Number(v.durationMinutes), title: v.title.trim() || null };
    try {
      if (mode === 'reschedule' && session) await reschedule(cohortId, { ...common, sessionId: session.id, expectedVersion: session.version });
      else await addMakeup({ ...common, cohortId });
      onDone();
    } catch (e) {
      setConflict(describeError(e).code === ErrorCode.Conflict);
      setFormError(applyServerErrors(form, e));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={mode === 'reschedule' ? 'Reschedule the session' : 'New make-up session'}>
      <Stack gap="sm">
        <Text size="sm">Date and time in the cohort’s zone, {zoneName(zone)}.</Text>
        <FormError message={formError} title="Could not save">
          {conflict ? (
            <Button
              mt="xs"
              size="xs"
              variant="default"
              onClick={() => {
                onReload();
                onDone();
              }}
            >
              Reload the schedule
            </Button>
          ) : null}
        </FormError>
        <TextInput type="date" label="Date" required data-autofocus {...form.getInputProps('localDate')} />
        <TextInput type="time" label="Start time" required {...form.getInputProps('localTime')} />
        <NumberInput label="Length (minutes)" min={SESSION_MINUTES_MIN} max={SESSION_MINUTES_MAX} step={15} allowDecimal={false} required {...form.getInputProps('durationMinutes')} />
        <TextInput label="Title" placeholder={mode === 'makeup' ? 'Make-up session' : undefined} {...form.getInputProps('title')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={moving || adding}>
            {mode === 'reschedule' ? 'Move the session' : 'Add the session'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Move a session and every later one by whole days, keeping their local times. */
function ShiftForm({ cohortId, zone, session, later, onDone }: { cohortId: string; zone: string; session: Session; later: Session[]; onDone: () => void }) {
  const { shift, loading } = useShiftSessions();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<{ days: number | string }>({
    mode: 'controlled',
    initialValues: { days: 7 },
    validate: (v) => {
      const r = shiftSessionsSchema.safeParse({ days: v.days === '' ? Number.NaN : Number(v.days) });
      return r.success ? {} : { days: r.error.issues[0]?.message ?? 'Enter a number of days.' };
    },
  });
  const days = Number(form.getValues().days);
  const firstNew = Number.isInteger(days) && days !== 0 ? shiftKeepingLocalTime(session.startsAt, zone, days) : null;
  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    try {
      await shift(cohortId, session.id, Number(v.days));
      onDone();
    } catch (e) {
      setFormError(applyServerErrors(form, e));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Shift sessions">
      <Stack gap="sm">
        <Text size="sm">
          Session {session.number} and the {later.length - 1 === 1 ? 'one' : `${Math.max(0, later.length - 1)}`} after it move by the same number of days, each keeping its local time in {zoneName(zone)}.
        </Text>
        <FormError message={formError} title="Could not shift" />
        <NumberInput label="Days (negative for earlier)" min={-90} max={90} allowDecimal={false} required data-autofocus {...form.getInputProps('days')} />
        {firstNew ? (
          <Text size="sm" data-testid="shift-preview">
            Session {session.number} would be on {DateTime.fromISO(firstNew).setZone(zone).setLocale('en-US').toFormat('cccc, LLL d, yyyy, h:mm a ZZZZ')}.
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Shift sessions
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
