import type { ChapterRole, InvitationStatus } from '@/gql/graphql';

export const chapterRoleLabel: Record<ChapterRole, string> = { CHAPTER_ADMIN: 'Chapter admin', MENTOR: 'Mentor' };

/** The colour of a status badge's dot (its text stays dark for contrast). */
export const invitationStatusColor: Record<InvitationStatus, string> = {
  PENDING: 'blue',
  ACCEPTED: 'green',
  EXPIRED: 'gray',
  REVOKED: 'red',
};

export const invitationStatusLabel: Record<InvitationStatus, string> = {
  PENDING: 'Pending',
  ACCEPTED: 'Accepted',
  EXPIRED: 'Expired',
  REVOKED: 'Revoked',
};
