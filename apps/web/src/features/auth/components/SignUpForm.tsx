import { useState } from 'react';
import { Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from 'react-router';
import { PASSWORD_MIN, runtimeTimeZone, signUpSchema } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import { TimeZoneSelect } from '@/components/TimeZoneSelect';
import { applyServerErrors } from '@/lib/errors';
import { validateWith } from '@/lib/form';
import { paths } from '@/paths';
import { useSignUp } from '../hooks/useAuthMutations';

export function SignUpForm({ next, onSignedUp }: { next?: string; onSignedUp: () => void }) {
  const { signUp, loading } = useSignUp();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { displayName: '', email: '', password: '', timeZone: runtimeTimeZone() },
    validate: validateWith(signUpSchema),
    validateInputOnBlur: true,
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await signUp({ displayName: values.displayName.trim(), email: values.email.trim(), password: values.password, timeZone: values.timeZone });
      onSignedUp();
    } catch (e) {
      setFormError(applyServerErrors(form, e));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Create an account">
      <Stack>
        <FormError title="Could not create the account" message={formError} />
        <TextInput label="Your name" description="As your study group will see it." autoComplete="name" required {...form.getInputProps('displayName')} />
        <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
        <PasswordInput
          label="Password"
          description={`At least ${PASSWORD_MIN} characters.`}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <TimeZoneSelect description="Every session time is shown in this zone." required {...form.getInputProps('timeZone')} />
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            Create account
          </Button>
        </Group>
        <Text size="sm">
          Already have an account?{' '}
          <Anchor component={Link} to={paths.signIn.to(next)}>
            Sign in
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
