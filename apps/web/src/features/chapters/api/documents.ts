import { graphql } from '@/gql';

/** The members of one chapter, a page at a time (chapter admins and platform admins). */
export const ChapterMembersQuery = graphql(`
  query ChapterMembers($chapterId: ID!, $first: Int, $after: String) {
    chapterMembers(chapterId: $chapterId, first: $first, after: $after) {
      nodes {
        membershipId
        ...MemberRow_member
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

/** Invitations one chapter sent, newest first. */
export const ChapterInvitationsQuery = graphql(`
  query ChapterInvitations($chapterId: ID!, $first: Int, $after: String) {
    chapterInvitations(chapterId: $chapterId, first: $first, after: $after) {
      nodes {
        id
        ...InvitationRow_invitation
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const CreateChapterMutation = graphql(`
  mutation CreateChapter($input: CreateChapterInput!) {
    createChapter(input: $input) {
      id
      name
      ...ChapterRow_chapter
    }
  }
`);

export const UpdateChapterMutation = graphql(`
  mutation UpdateChapter($input: UpdateChapterInput!) {
    updateChapter(input: $input) {
      id
      ...ChapterEditForm_chapter
      ...ChapterAdminPanel_chapter
    }
  }
`);

export const InviteToChapterMutation = graphql(`
  mutation InviteToChapter($input: InviteToChapterInput!) {
    inviteToChapter(input: $input) {
      id
      email
      ...InvitationRow_invitation
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      status
      ...InvitationRow_invitation
    }
  }
`);

export const RemoveChapterMemberMutation = graphql(`
  mutation RemoveChapterMember($membershipId: ID!) {
    removeChapterMember(membershipId: $membershipId) {
      id
      chapterId
    }
  }
`);

export const MEMBERS_PAGE_SIZE = 20;
export const INVITATIONS_PAGE_SIZE = 10;
