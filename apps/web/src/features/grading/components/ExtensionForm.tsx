import { useState } from 'react';
import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { DateTime, describeForViewer, isValidLocalDate, localToInstant, parseLocalTime, zoneLabel } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import { SessionTime } from '@/components/SessionTime';
import { applyServerErrors, describeError } from '@/lib/errors';
import { useGrantExtension, useRevokeExtension } from '../hooks/useGradingMutations';

interface Props {
  assignmentId: string;
  studentId: string;
  studentName: string;
  /** The assignment's own due time. */
  dueAt: string;
  extensionDueAt: string | null;
  viewerZone: string;
  cohortZone: string;
  /** Re-read the queue (extensions are part of its entries). */
  onChanged: () => Promise<unknown>;
}

interface Values {
  date: string;
  time: string;
}

function instantOf(v: Values, zone: string): string | null {
  if (!isValidLocalDate(v.date) || !parseLocalTime(v.time)) return null;
  try {
    return localToInstant(v.date, v.time, zone).instant.toUTC().toISO();
  } catch {
    return null;
  }
}

/**
 * A later due time for one student, entered as a date and time in the cohort's zone (and
 * shown back in the viewer's); or take it back.
 */
export function ExtensionForm({ assignmentId, studentId, studentName, dueAt, extensionDueAt, viewerZone, cohortZone, onChanged }: Props) {
  const { grant, loading: granting } = useGrantExtension();
  const { revoke, loading: revoking } = useRevokeExtension();
  const [formError, setFormError] = useState<string | null>(null);
  const start = DateTime.fromISO(extensionDueAt ?? dueAt, { zone: 'UTC' })
    .setZone(cohortZone)
    .plus({ days: extensionDueAt ? 0 : 2 });
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { date: start.toISODate() ?? '', time: start.toFormat('HH:mm') },
    validate: (v) => {
      const errors: Record<string, string> = {};
      if (!isValidLocalDate(v.date)) errors.date = 'Choose a date.';
      if (!parseLocalTime(v.time)) errors.time = 'Choose a time.';
      const at = instantOf(v, cohortZone);
      if (at && DateTime.fromISO(at) <= DateTime.fromISO(dueAt)) errors.date = 'An extension is later than the assignment’s due time.';
      return errors;
    },
  });
  const at = instantOf(form.getValues(), cohortZone);
  const preview = at ? describeForViewer(at, viewerZone, cohortZone) : null;

  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    const instant = instantOf(v, cohortZone);
    if (!instant) return;
    try {
      await grant(assignmentId, studentId, instant, studentName);
      await onChanged();
    } catch (e) {
      setFormError(applyServerErrors(form, e, { dueAt: 'date' }));
    }
  });

  const onRevoke = async () => {
    setFormError(null);
    try {
      await revoke(assignmentId, studentId, studentName);
      await onChanged();
    } catch (e) {
      setFormError(describeError(e).message);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label={`Extension for ${studentName}`}>
      <Stack gap="sm">
        <Text size="sm">
          {extensionDueAt ? (
            <>
              {studentName} has an extension to <SessionTime startsAt={extensionDueAt} viewerZone={viewerZone} cohortZone={cohortZone} />.
            </>
          ) : (
            <>
              {studentName} has no extension: their work is due <SessionTime startsAt={dueAt} viewerZone={viewerZone} cohortZone={cohortZone} />.
            </>
          )}
        </Text>
        <FormError message={formError} title="Could not save the extension" />
        <Text size="sm">Date and time in the cohort’s zone, {zoneLabel(cohortZone)}.</Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} maw={420}>
          <TextInput type="date" label="Extended due date (cohort time)" required {...form.getInputProps('date')} />
          <TextInput type="time" label="Extended due time (cohort time)" required {...form.getInputProps('time')} />
        </SimpleGrid>
        {preview && at ? (
          <Text size="sm" data-testid="extension-preview">
            That is <time dateTime={at}>{preview.viewer}</time>
            {preview.cohort ? ` (${preview.cohort})` : ''} for you.
          </Text>
        ) : null}
        <Group gap="sm" wrap="wrap">
          <Button type="submit" variant="default" loading={granting}>
            {extensionDueAt ? 'Change extension' : 'Grant extension'}
          </Button>
          {extensionDueAt ? (
            <Button variant="default" c="red.9" loading={revoking} onClick={() => void onRevoke()}>
              Revoke extension
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
