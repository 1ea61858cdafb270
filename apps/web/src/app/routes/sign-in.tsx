import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Alert, Paper, Stack, Text } from '@mantine/core';
import { Loading } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { SignInForm } from '@/features/auth/components/SignInForm';
import { useViewer } from '@/lib/viewer';
import { paths, safeNext } from '@/paths';

/** Router state another page can pass to show a message here (e.g. after a password reset). */
export interface SignInNotice {
  notice?: string;
}

export function Component() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { viewer, loading } = useViewer();
  const next = safeNext(params.get('next'));
  const notice = (location.state as SignInNotice | null)?.notice;

  if (loading) return <Loading />;
  if (viewer) return <Navigate to={next ?? paths.home.to()} replace />;

  return (
    <Stack maw={440} mx="auto" mt="lg">
      <PageTitle>Sign in</PageTitle>
      {notice ? (
        <Alert color="green" variant="light" role="status">
          <Text size="sm">{notice}</Text>
        </Alert>
      ) : null}
      {next ? <Text>Sign in to continue.</Text> : null}
      <Paper withBorder p="lg">
        <SignInForm next={next} onSignedIn={() => navigate(next ?? paths.home.to(), { replace: true })} />
      </Paper>
    </Stack>
  );
}
