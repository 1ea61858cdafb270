import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert, Anchor, Paper, Stack, Text } from '@mantine/core';
import { PageTitle } from '@/components/PageTitle';
import { ResetPasswordForm } from '@/features/auth/components/ResetPasswordForm';
import { paths } from '@/paths';
import type { SignInNotice } from './sign-in';

export function Component() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = params.get('token') ?? '';

  return (
    <Stack maw={480} mx="auto" mt="lg">
      <PageTitle>Choose a new password</PageTitle>
      {token ? (
        <Paper withBorder p="lg">
          <ResetPasswordForm
            token={token}
            onReset={() =>
              navigate(paths.signIn.to(), {
                replace: true,
                state: { notice: 'Your password was changed, and every session was signed out. Sign in with your new password.' } satisfies SignInNotice,
              })
            }
          />
        </Paper>
      ) : (
        <Alert color="red" variant="light" role="alert" title="This link is incomplete">
          <Text size="sm">
            Open the link from the email exactly as it was sent, or{' '}
            <Anchor component={Link} to={paths.forgotPassword.to()}>
              ask for a new one
            </Anchor>
            .
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
