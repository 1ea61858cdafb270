import { useState } from 'react';
import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from 'react-router';
import { requestPasswordResetSchema } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import { applyServerErrors } from '@/lib/errors';
import { validateWith } from '@/lib/form';
import { paths } from '@/paths';
import { useRequestPasswordReset } from '../hooks/useAuthMutations';

/** Never says whether the address has an account: the answer is the same either way. */
export function ForgotPasswordForm() {
  const { requestReset, loading } = useRequestPasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '' },
    validate: validateWith(requestPasswordResetSchema),
    validateInputOnBlur: true,
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await requestReset(values.email.trim());
      setSentTo(values.email.trim());
    } catch (e) {
      setFormError(applyServerErrors(form, e));
    }
  });

  if (sentTo) {
    return (
      <Stack>
        <Alert color="green" variant="light" role="status" title="Check your email">
          <Text size="sm">If an account exists for that email, we sent a link to reset its password. The link works for a limited time.</Text>
        </Alert>
        <Group>
          <Anchor component={Link} to={paths.signIn.to()}>
            Back to sign in
          </Anchor>
          <Anchor component="button" type="button" onClick={() => setSentTo(null)}>
            Use another email
          </Anchor>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Reset your password">
      <Stack>
        <Text>Enter the email you signed up with. We will send a link to choose a new password.</Text>
        <FormError title="Could not send the link" message={formError} />
        <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
        <Group justify="space-between">
          <Anchor component={Link} to={paths.signIn.to()} size="sm">
            Back to sign in
          </Anchor>
          <Button type="submit" loading={loading}>
            Send reset link
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
