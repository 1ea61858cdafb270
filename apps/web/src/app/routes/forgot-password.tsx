import { Paper, Stack } from '@mantine/core';
import { PageTitle } from '@/components/PageTitle';
import { ForgotPasswordForm } from '@/features/auth/components/ForgotPasswordForm';

export function Component() {
  return (
    <Stack maw={480} mx="auto" mt="lg">
      <PageTitle>Forgot your password?</PageTitle>
      <Paper withBorder p="lg">
        <ForgotPasswordForm />
      </Paper>
    </Stack>
  );
}
