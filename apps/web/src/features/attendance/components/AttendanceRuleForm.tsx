import { useState } from 'react';
import { Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormError } from '@/components/Feedback';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { applyServerErrors } from '@/lib/errors';
import { useSetAttendanceRule } from '../hooks/useAttendanceMutations';
import { intIn } from '../model';

export const AttendanceRuleFormFragment = graphql(`
  fragment AttendanceRuleForm_cohort on Cohort {
    id
    attendanceRule {
      presentPercent
      lateAfterMinutes
      certificateMinPercent
    }
  }
`);

interface Values {
  presentPercent: number | string;
  lateAfterMinutes: number | string;
  certificateMinPercent: number | string;
}

/**
 * The cohort's attendance rule: present when attending at least N % of a session, late
 * when joining more than N minutes after the start, and the share of all session time a
 * certificate of attendance needs. The same limits as the API, checked before sending.
 */
export function AttendanceRuleForm({ cohort: ref }: { cohort: FragmentType<typeof AttendanceRuleFormFragment> }) {
  const cohort = getFragmentData(AttendanceRuleFormFragment, ref);
  const rule = cohort.attendanceRule;
  const { save, loading } = useSetAttendanceRule();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { ...rule },
    validate: {
      presentPercent: (v) => (intIn(v, 1, 100) === null ? 'Use a whole percentage, 1 to 100.' : null),
      lateAfterMinutes: (v) => (intIn(v, 0, 240) === null ? 'Use whole minutes, 0 to 240.' : null),
      certificateMinPercent: (v) => (intIn(v, 0, 100) === null ? 'Use a whole percentage, 0 to 100.' : null),
    },
  });
  const values = form.getValues();
  const dirty =
    Number(values.presentPercent) !== rule.presentPercent ||
    Number(values.lateAfterMinutes) !== rule.lateAfterMinutes ||
    Number(values.certificateMinPercent) !== rule.certificateMinPercent;

  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    try {
      await save(cohort.id, {
        presentPercent: Number(v.presentPercent),
        lateAfterMinutes: Number(v.lateAfterMinutes),
        certificateMinPercent: Number(v.certificateMinPercent),
      });
      form.resetDirty();
    } catch (e) {
      setFormError(applyServerErrors(form, e));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Attendance rule">
      <Stack gap="sm">
        <FormError message={formError} title="Could not save the rule" />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NumberInput
            label="Present from (% of a session)"
            description="Less counts as left early."
            min={1}
            max={100}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('presentPercent')}
          />
          <NumberInput
            label="Late after (minutes)"
            description="Joining later than this after the start."
            min={0}
            max={240}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('lateAfterMinutes')}
          />
          <NumberInput
            label="Certificate needs (% of all sessions)"
            description="Of the cohort’s total session time."
            min={0}
            max={100}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('certificateMinPercent')}
          />
        </SimpleGrid>
        <Group gap="sm">
          <Button type="submit" loading={loading} disabled={!dirty}>
            Save rule
          </Button>
          <Text size="xs" c="dimmed">
            Check-ins and Zoom imports classify students by this rule.
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
