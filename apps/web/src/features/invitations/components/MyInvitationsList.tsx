import { useState } from 'react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatInstant } from '@gantry/shared';
import { EmptyState } from '@/components/Feedback';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { describeError } from '@/lib/errors';
import { useAcceptInvitation } from '../hooks/useAcceptInvitation';

export const MyInvitationFragment = graphql(`
  fragment MyInvitation_invitation on Invitation {
    id
    role
    expiresAt
    chapter {
      id
      name
      regionName
    }
  }
`);

const ROLE_LABEL = { CHAPTER_ADMIN: 'chapter admin', MENTOR: 'mentor' } as const;

/** Invitations addressed to the viewer's email, each with Accept. */
export function MyInvitationsList({
  invitations,
  viewerZone,
  showEmpty = true,
}: {
  invitations: readonly FragmentType<typeof MyInvitationFragment>[];
  viewerZone: string;
  showEmpty?: boolean;
}) {
  const { accept } = useAcceptInvitation();
  const [busy, setBusy] = useState<string | null>(null);
  const items = invitations.map((i) => getFragmentData(MyInvitationFragment, i));

  if (items.length === 0) return showEmpty ? <EmptyState>You have no pending chapter invitations.</EmptyState> : null;

  return (
    <Stack gap="sm">
      {items.map((inv) => (
        <Card key={inv.id} withBorder padding="md" component="article" aria-labelledby={`invitation-${inv.id}`}>
          <Group justify="space-between" align="center" wrap="wrap">
            <Stack gap={2}>
              <Title order={3} size="h5" id={`invitation-${inv.id}`}>
                {inv.chapter.name}
              </Title>
              <Text size="sm">
                Invited as {ROLE_LABEL[inv.role]} · {inv.chapter.regionName} · expires {formatInstant(inv.expiresAt, viewerZone)}
              </Text>
            </Stack>
            <Button
              loading={busy === inv.id}
              onClick={async () => {
                setBusy(inv.id);
                try {
                  await accept({ id: inv.id });
                } catch (e) {
                  notifications.show({ color: 'red', title: 'Could not accept the invitation', message: describeError(e).message });
                } finally {
                  setBusy(null);
                }
              }}
              aria-label={`Accept the invitation from ${inv.chapter.name}`}
            >
              Accept
            </Button>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
