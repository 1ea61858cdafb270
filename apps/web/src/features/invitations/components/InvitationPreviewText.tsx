import { Alert, Text } from '@mantine/core';
import { formatInstant } from '@gantry/shared';
import { getFragmentData, graphql, type FragmentType } from '@/gql';

export const InvitationPreviewFragment = graphql(`
  fragment InvitationPreview_preview on InvitationPreview {
    chapterName
    chapterSlug
    role
    maskedEmail
    status
    expiresAt
  }
`);

const ROLE: Record<string, string> = { MENTOR: 'a mentor', CHAPTER_ADMIN: 'an admin' };

/** What an emailed invitation link is for, said before anyone signs in. */
export function InvitationPreviewText({ preview: ref, viewerZone }: { preview: FragmentType<typeof InvitationPreviewFragment>; viewerZone: string }) {
  const p = getFragmentData(InvitationPreviewFragment, ref);
  if (p.status !== 'PENDING') {
    const why =
      p.status === 'ACCEPTED' ? 'It has already been accepted.' : p.status === 'EXPIRED' ? 'It has expired.' : 'The chapter withdrew it.';
    return (
      <Alert color="yellow" variant="light" role="alert" title="This invitation can no longer be used">
        <Text size="sm">
          This link invited {p.maskedEmail} to be {ROLE[p.role] ?? p.role.toLowerCase()} of {p.chapterName}. {why} Ask the chapter for a new invitation if you still need one.
        </Text>
      </Alert>
    );
  }
  return (
    <Text data-testid="invitation-preview">
      <strong>{p.chapterName}</strong> invites <strong>{p.maskedEmail}</strong> to be {ROLE[p.role] ?? p.role.toLowerCase()} of the chapter on Gantry. The invitation is valid
      until {formatInstant(p.expiresAt, viewerZone)}.
    </Text>
  );
}
