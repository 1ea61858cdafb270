import { useState } from 'react';
import { Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from 'react-router';
import { signInSchema } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import { applyServerErrors } from '@/lib/errors';
import { validateWith } from '@/lib/form';
import { paths } from '@/paths';
import { useSignIn } from '../hooks/useAuthMutations';

export function SignInForm({ next, onSignedIn }: { next?: string; onSignedIn: () => void }) {
  const { signIn, loading } = useSignIn();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    validate: validateWith(signInSchema),
    validateInputOnBlur: true,
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await signIn({ email: values.email.trim(), password: values.password });
      onSignedIn();
    } catch (e) {
      setFormError(applyServerErrors(form, e));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Sign in">
      <Stack>
        <FormError title="Could not sign in" message={formError} />
        <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
        <PasswordInput label="Password" autoComplete="current-password" required {...form.getInputProps('password')} />
        <Group justify="space-between" wrap="wrap">
          <Anchor component={Link} to={paths.forgotPassword.to()} size="sm">
            Forgot your password?
          </Anchor>
          <Button type="submit" loading={loading}>
            Sign in
          </Button>
        </Group>
        <Anchor component={Link} to={paths.signUp.to(next)} size="sm">
          New to Gantry? Create an account
        </Anchor>
      </Stack>
    </form>
  );
}
