import { useState } from 'react';
import { Alert, Button, Group, Modal, NativeSelect, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorCode } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import type { AttendanceRecordFieldsFragment, AttendanceStatus } from '@/gql/graphql';
import { applyServerErrors, describeError } from '@/lib/errors';
import { useSetAttendance } from '../hooks/useAttendanceMutations';
import { attended, intIn, STATUS_LABEL, STATUSES } from '../model';

interface Values {
  status: AttendanceStatus;
  minutes: number | string;
  note: string;
}

interface Props {
  sessionId: string;
  durationMinutes: number;
  student: { id: string; displayName: string };
  /** The record as the roster shows it now (it follows live updates while the dialog is open). */
  record: AttendanceRecordFieldsFragment | null;
  onClose: () => void;
  /** Read the roster again; resolves to this student's latest record. */
  onReload: () => Promise<AttendanceRecordFieldsFragment | null>;
}

function describe(r: AttendanceRecordFieldsFragment | null): string {
  if (!r) return 'no record';
  return `${STATUS_LABEL[r.status]}, ${r.minutes} min${r.updatedBy ? ` (${r.updatedBy.displayName})` : r.source === 'SELF_CHECK_IN' ? ' (checked in)' : ''}`;
}

/**
 * Mark or override one student's attendance: status, minutes and a note. Saving sends the
 * version the mentor started from; if someone (another mentor, the student checking in,
 * a Zoom import) changed the record meanwhile, the API says CONFLICT, the form keeps what
 * the mentor entered, shows what is there now, and the next save replaces it.
 */
export function AttendanceEditDialog({ sessionId, durationMinutes, student, record, onClose, onReload }: Props) {
  const { save, loading } = useSetAttendance();
  // The version the mentor started from; 0 = there was no record.
  const [baseVersion, setBaseVersion] = useState<number>(record?.version ?? 0);
  const [conflict, setConflict] = useState<AttendanceRecordFieldsFragment | null | undefined>(undefined);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      status: record?.status ?? 'PRESENT',
      minutes: record ? record.minutes : durationMinutes,
      note: record?.note ?? '',
    },
    validate: {
      minutes: (v) => (intIn(v, 0, 1440) === null ? 'Enter whole minutes, from 0 to 1440.' : null),
      note: (v) => (v.length > 500 ? 'Keep the note to 500 characters.' : null),
    },
  });
  // Someone changed the record since the dialog opened (seen live, before saving).
  const changedMeanwhile = !!record && record.version !== baseVersion && conflict === undefined;

  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    try {
      const saved = await save(
        {
          sessionId,
          userId: student.id,
          status: v.status,
          minutes: intIn(v.minutes, 0, 1440) ?? 0,
          note: v.note.trim() || null,
          expectedVersion: baseVersion,
        },
        student.displayName,
      );
      if (saved) onClose();
    } catch (e) {
      if (describeError(e).code === ErrorCode.Conflict) {
        const latest = await onReload().catch(() => record);
        setConflict(latest ?? null);
        setBaseVersion(latest?.version ?? 0);
      } else {
        setFormError(applyServerErrors(form, e));
      }
    }
  });

  return (
    <Modal opened onClose={onClose} title={`Attendance: ${student.displayName}`} centered>
      <form onSubmit={submit} noValidate aria-label={`Attendance for ${student.displayName}`}>
        <Stack gap="sm">
          {conflict !== undefined ? (
            <Alert color="orange" variant="light" role="alert" title="Not saved: it changed meanwhile" data-testid="attendance-conflict">
              <Text size="sm">
                Someone else changed {student.displayName}’s attendance while you were editing. It is now: {describe(conflict)}. Your entry is still in the form:
                save again to replace it, or cancel to keep theirs.
              </Text>
            </Alert>
          ) : changedMeanwhile ? (
            <Text size="sm" fw={600} role="status">
              Changed since you opened this: now {describe(record)}.
            </Text>
          ) : null}
          <FormError message={formError} />
          <NativeSelect
            label="Status"
            data={STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] }))}
            {...form.getInputProps('status')}
            onChange={(e) => {
              const status = e.currentTarget.value as AttendanceStatus;
              const before = form.getValues();
              form.setFieldValue('status', status);
              // Absent or excused means no minutes; back from there, start from the whole session.
              if (!attended(status)) form.setFieldValue('minutes', 0);
              else if (!attended(before.status) && intIn(before.minutes, 0, 1440) === 0) form.setFieldValue('minutes', durationMinutes);
            }}
          />
          <NumberInput
            label="Minutes attended"
            description={`The session is ${durationMinutes} minutes long.`}
            min={0}
            max={1440}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('minutes')}
          />
          <Textarea label="Note (optional)" autosize minRows={2} maxLength={500} {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              {conflict !== undefined ? 'Save anyway' : 'Save'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
