import { useState } from 'react';
import { Button, Checkbox, Group, MultiSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorCode, updateCohortSchema, zoneLabel } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import { TimeZoneSelect } from '@/components/TimeZoneSelect';
import type { FragmentType } from '@/gql';
import type { UpdateCohortInput } from '@/gql/graphql';
import { applyServerErrors, describeError } from '@/lib/errors';
import { useUpdateCohort } from '../hooks/useCohortMutations';
import { readSettings, toUpdateInput, type CohortSettingsFragment } from './cohortSettings';
import { isoToLocalDateTime, localDateTimeToIso } from './wizardModel';

interface Values {
  title: string;
  description: string;
  modalityCodes: string[];
  capacity: number | string;
  timeZone: string;
  meetingUrl: string;
  meetingPasscode: string;
  requiresApproval: boolean;
  enrollmentOpensAt: string;
  enrollmentClosesAt: string;
}

function toInput(v: Values, base: UpdateCohortInput): UpdateCohortInput {
  return {
    ...base,
    title: v.title.trim(),
    description: v.description.trim(),
    modalityCodes: v.modalityCodes,
    capacity: typeof v.capacity === 'number' ? v.capacity : Number(v.capacity || Number.NaN),
    timeZone: v.timeZone,
    meetingUrl: v.meetingUrl.trim() || null,
    meetingPasscode: v.meetingPasscode.trim() || null,
    requiresApproval: v.requiresApproval,
    enrollmentOpensAt: localDateTimeToIso(v.enrollmentOpensAt, v.timeZone),
    enrollmentClosesAt: localDateTimeToIso(v.enrollmentClosesAt, v.timeZone),
  };
}

/**
 * Edit a cohort's details. Saves with the version it was loaded at: if someone else
 * saved meanwhile the API answers CONFLICT and the mentor is offered a reload. A
 * capacity below the students already enrolled comes back as an error on that field.
 */
export function CohortDetailsForm({
  cohort: ref,
  modalities,
  onDone,
  onReload,
}: {
  cohort: FragmentType<typeof CohortSettingsFragment>;
  modalities: readonly { code: string; name: string }[];
  onDone: () => void;
  onReload: () => void;
}) {
  const cohort = readSettings(ref);
  const base = toUpdateInput(cohort);
  const { update, loading } = useUpdateCohort();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      title: cohort.title,
      description: cohort.description,
      modalityCodes: cohort.modalities.map((m) => m.code),
      capacity: cohort.capacity,
      timeZone: cohort.timeZone,
      meetingUrl: cohort.meeting?.url ?? '',
      meetingPasscode: cohort.meeting?.passcode ?? '',
      requiresApproval: cohort.requiresApproval,
      enrollmentOpensAt: isoToLocalDateTime(cohort.enrollmentOpensAt, cohort.timeZone),
      enrollmentClosesAt: isoToLocalDateTime(cohort.enrollmentClosesAt, cohort.timeZone),
    },
    validate: (v) => {
      const r = updateCohortSchema.safeParse(toInput(v, base));
      const errors: Record<string, string> = {};
      if (!r.success) for (const i of r.error.issues) errors[i.path.join('.')] ??= i.message;
      if (v.capacity === '') errors.capacity = 'Enter how many students can enroll.';
      return errors;
    },
  });
  const values = form.getValues();

  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    setConflict(false);
    try {
      await update(toInput(v, base));
      onDone();
    } catch (e) {
      setConflict(describeError(e).code === ErrorCode.Conflict);
      setFormError(applyServerErrors(form, e));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Cohort details">
      <Stack>
        <FormError message={formError}>
          {conflict ? (
            <Button mt="xs" size="xs" variant="default" onClick={onReload}>
              Reload the cohort
            </Button>
          ) : null}
        </FormError>
        <TextInput label="Title" required {...form.getInputProps('title')} />
        <Textarea label="Description" autosize minRows={3} maxRows={12} {...form.getInputProps('description')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect
            label="Modalities"
            data={modalities.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }))}
            required
            searchable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('modalityCodes')}
          />
          <NumberInput label="Seats" min={1} max={500} allowDecimal={false} required {...form.getInputProps('capacity')} />
        </SimpleGrid>
        <TimeZoneSelect
          label="Cohort time zone"
          description="Changing it keeps each session at the same moment; its local time in the new zone may differ."
          required
          {...form.getInputProps('timeZone')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Meeting link" type="url" placeholder="https://zoom.us/j/…" {...form.getInputProps('meetingUrl')} />
          <TextInput label="Meeting passcode" {...form.getInputProps('meetingPasscode')} />
        </SimpleGrid>
        <Checkbox label="I approve each student before they get a seat" {...form.getInputProps('requiresApproval', { type: 'checkbox' })} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="datetime-local" label="Enrollment opens (optional)" description={`In ${zoneLabel(values.timeZone)}`} {...form.getInputProps('enrollmentOpensAt')} />
          <TextInput type="datetime-local" label="Enrollment closes (optional)" description={`In ${zoneLabel(values.timeZone)}`} {...form.getInputProps('enrollmentClosesAt')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Save details
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
