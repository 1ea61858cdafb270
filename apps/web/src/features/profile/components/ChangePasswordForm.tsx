import { useState } from 'react';
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { changePasswordSchema, PASSWORD_MIN } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import { applyServerErrors } from '@/lib/errors';
import { validateWith } from '@/lib/form';
import { useChangePassword } from '../hooks/useProfileMutations';

export function ChangePasswordForm() {
  const { changePassword, loading } = useChangePassword();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '' },
    validate: validateWith(changePasswordSchema),
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await changePassword(values);
      form.reset();
    } catch (e) {
      setFormError(applyServerErrors(form, e));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Change password">
      <Stack>
        <FormError title="Could not change the password" message={formError} />
        <PasswordInput label="Current password" autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
        <PasswordInput
          label="New password"
          description={`At least ${PASSWORD_MIN} characters. Your other sessions will be signed out.`}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
