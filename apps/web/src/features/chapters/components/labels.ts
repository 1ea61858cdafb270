import type { ChapterRole, InvitationStatus } from '@/gql/graphql';

export const chapterRoleLabel: Record<ChapterRole, string> = { CHAPTER_ADMIN: 'Chapter admin', MENTOR: 'Mentor' };

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
