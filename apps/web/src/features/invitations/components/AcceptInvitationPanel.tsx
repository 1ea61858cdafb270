import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { describeError } from '@/lib/errors';
import { useAcceptInvitation } from '../hooks/useAcceptInvitation';

/** Accept an emailed invitation as the signed-in user. */
export function AcceptInvitationPanel({ token, email, onAccepted }: { token: string; email: string; onAccepted: () => void }) {
  const { accept, loading } = useAcceptInvitation();
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack>
      <Text>
        You were invited to help run a chapter on Gantry. Accepting adds the chapter to your account, <strong>{email}</strong>.
      </Text>
      {error ? (
        <Alert color="red" variant="light" role="alert" title="Could not accept">
          <Text size="sm">{error}</Text>
        </Alert>
      ) : null}
      <Group>
        <Button
          loading={loading}
          onClick={async () => {
            setError(null);
            try {
              await accept({ token });
              onAccepted();
            } catch (e) {
              setError(describeError(e).message);
            }
          }}
        >
          Accept invitation
        </Button>
      </Group>
    </Stack>
  );
}
