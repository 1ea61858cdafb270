import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Loading } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { AcceptInvitationPanel } from '@/features/invitations/components/AcceptInvitationPanel';
import { useViewer } from '@/lib/viewer';
import { paths } from '@/paths';

/** The emailed invitation link. Signed-out visitors sign in or sign up, then come back. */
export function Component() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = params.get('token') ?? '';
  const { viewer, loading } = useViewer();
  const here = paths.acceptInvitation.to(token);

  return (
    <Stack maw={560} mx="auto" mt="lg">
      <PageTitle>Chapter invitation</PageTitle>
      {!token ? (
        <Alert color="red" variant="light" role="alert" title="This link is incomplete">
          <Text size="sm">Open the link from the invitation email exactly as it was sent.</Text>
        </Alert>
      ) : loading ? (
        <Loading />
      ) : viewer ? (
        <Paper withBorder p="lg">
          <AcceptInvitationPanel token={token} email={viewer.email} onAccepted={() => navigate(paths.home.to(), { replace: true })} />
        </Paper>
      ) : (
        <Paper withBorder p="lg">
          <Stack>
            <Text>You were invited to help run a chapter on Gantry. Sign in with the email address the invitation was sent to, or create an account with it.</Text>
            <Group>
              <Button component={Link} to={paths.signIn.to(here)}>
                Sign in to accept
              </Button>
              <Button component={Link} to={paths.signUp.to(here)} variant="default">
                Create an account
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
