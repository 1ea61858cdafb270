import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Paper, Stack, Text } from '@mantine/core';
import { Loading } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { SignUpForm } from '@/features/auth/components/SignUpForm';
import { useViewer } from '@/lib/viewer';
import { paths, safeNext } from '@/paths';

export function Component() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { viewer, loading } = useViewer();
  const next = safeNext(params.get('next'));

  if (loading) return <Loading />;
  // After a successful sign-up the form navigates itself; this is for visitors already signed in.
  if (viewer) return <Navigate to={next ?? paths.home.to()} replace />;

  return (
    <Stack maw={480} mx="auto" mt="lg">
      <PageTitle>Create your account</PageTitle>
      <Text>Join a CRES study group run by a biomedical equipment chapter near you, or anywhere online.</Text>
      <Paper withBorder p="lg">
        <SignUpForm next={next} onSignedUp={() => navigate(next ?? paths.home.to(), { replace: true })} />
      </Paper>
    </Stack>
  );
}
