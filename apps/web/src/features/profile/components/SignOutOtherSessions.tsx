import { Button, Stack, Text } from '@mantine/core';
import { useSignOutOtherSessions } from '../hooks/useProfileMutations';

export function SignOutOtherSessions() {
  const { signOutOthers, loading } = useSignOutOtherSessions();
  return (
    <Stack align="flex-start">
      <Text>Signed in on a shared or lost computer? End every session except this one.</Text>
      <Button variant="default" loading={loading} onClick={() => void signOutOthers()}>
        Sign out other devices
      </Button>
    </Stack>
  );
}
