import { useState } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { inviteCodeSchema } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import { applyServerErrors } from '@/lib/errors';
import { useJoinByCode, type EnrollmentOutcome } from '../hooks/useEnrollment';

function validateCode(code: string): string | null {
  const r = inviteCodeSchema.safeParse(code);
  return r.success ? null : (r.error.issues[0]?.message ?? 'Check the code.');
}

/** "Have an invite code?": joins the mentor's cohort directly (no approval step, works after enrollment closes). */
export function JoinByCodeForm({ onJoined }: { onJoined: (outcome: EnrollmentOutcome) => void }) {
  const { join, loading } = useJoinByCode();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ mode: 'controlled', initialValues: { code: '' }, validate: { code: validateCode } });
  const submit = form.onSubmit(async ({ code }) => {
    setFormError(null);
    try {
      const outcome = await join(code.trim().toUpperCase());
      if (outcome) {
        form.reset();
        onJoined(outcome);
      }
    } catch (e) {
      setFormError(applyServerErrors(form, e));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Join with an invite code">
      <Stack gap="xs">
        <Text size="sm">Your mentor can give you a code that enrolls you directly.</Text>
        <FormError message={formError} title="Could not join" />
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TextInput label="Invite code" autoComplete="off" autoCapitalize="characters" spellCheck={false} style={{ flex: 1, minWidth: 0 }} {...form.getInputProps('code')} />
          <Button type="submit" loading={loading} mt={25}>
            Join
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
