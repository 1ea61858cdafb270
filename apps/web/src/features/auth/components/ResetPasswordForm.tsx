import { useState } from 'react';
import { Anchor, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from 'react-router';
import { ErrorCode, PASSWORD_MIN, passwordSchema } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import { applyServerErrors, describeError } from '@/lib/errors';
import { paths } from '@/paths';
import { useResetPassword } from '../hooks/useAuthMutations';

export function ResetPasswordForm({ token, onReset }: { token: string; onReset: () => void }) {
  const { resetPassword, loading } = useResetPassword();
  const [formError, setFormError] = useState<string | null>(null);
  const [linkInvalid, setLinkInvalid] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { newPassword: '', confirmPassword: '' },
    validate: {
      newPassword: (v) => {
        const r = passwordSchema.safeParse(v);
        return r.success ? null : r.error.issues[0]?.message;
      },
      confirmPassword: (v, values) => (v === values.newPassword ? null : 'The two passwords do not match.'),
    },
    validateInputOnBlur: true,
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await resetPassword(token, values.newPassword);
      onReset();
    } catch (e) {
      if (describeError(e).code === ErrorCode.InvalidToken) setLinkInvalid(true);
      setFormError(applyServerErrors(form, e, { token: '_token' }));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Choose a new password">
      <Stack>
        <FormError title="Could not change the password" message={formError}>
          {linkInvalid ? (
            <Anchor component={Link} to={paths.forgotPassword.to()} size="sm">
              Ask for a new link
            </Anchor>
          ) : null}
        </FormError>
        <PasswordInput
          label="New password"
          description={`At least ${PASSWORD_MIN} characters.`}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput label="Repeat the new password" autoComplete="new-password" required {...form.getInputProps('confirmPassword')} />
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            Set new password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
