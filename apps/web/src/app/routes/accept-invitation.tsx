import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { ErrorCode, runtimeTimeZone } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { graphql } from '@/gql';
import { AcceptInvitationPanel } from '@/features/invitations/components/AcceptInvitationPanel';
import { InvitationPreviewText } from '@/features/invitations/components/InvitationPreviewText';
import { errorCode } from '@/lib/errors';
import { useViewer } from '@/lib/viewer';
import { paths } from '@/paths';

const AcceptInvitationPageQuery = graphql(`
  query AcceptInvitationPage($token: String!) {
    invitationPreview(token: $token) {
      status
      ...InvitationPreview_preview
    }
  }
`);

/** The emailed invitation link. It says what it is for; signed-out visitors sign in or sign up, then come back. */
export function Component() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = params.get('token') ?? '';
  const { viewer, loading } = useViewer();
  const here = paths.acceptInvitation.to(token);
  const zone = viewer?.timeZone ?? runtimeTimeZone();
  const { data, error, refetch } = useQuery(AcceptInvitationPageQuery, { variables: { token }, skip: !token });
  const preview = data?.invitationPreview;
  const invalid = errorCode(error) === ErrorCode.NotFound || errorCode(error) === ErrorCode.BadUserInput;

  return (
    <Stack maw={560} mx="auto" mt="lg">
      <PageTitle>Chapter invitation</PageTitle>
      {!token || invalid ? (
        <Alert color="red" variant="light" role="alert" title={token ? 'This link is not valid' : 'This link is incomplete'}>
          <Text size="sm">Open the link from the invitation email exactly as it was sent. If it still does not work, ask the chapter to invite you again.</Text>
        </Alert>
      ) : error && !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : loading || !preview ? (
        <Loading />
      ) : (
        <Paper withBorder p="lg">
          <Stack>
            <InvitationPreviewText preview={preview} viewerZone={zone} />
            {preview.status !== 'PENDING' ? null : viewer ? (
              <AcceptInvitationPanel token={token} email={viewer.email} onAccepted={() => navigate(paths.home.to(), { replace: true })} />
            ) : (
              <>
                <Text>Sign in with the invited email address, or create an account with it.</Text>
                <Group>
                  <Button component={Link} to={paths.signIn.to(here)}>
                    Sign in to accept
                  </Button>
                  <Button component={Link} to={paths.signUp.to(here)} variant="default">
                    Create an account
                  </Button>
                </Group>
              </>
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
