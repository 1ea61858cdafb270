/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ChapterPage($slug: String!) {\n    chapter(slug: $slug) {\n      id\n      name\n      ...ChapterPublic_chapter\n    }\n  }\n": typeof types.ChapterPageDocument,
    "\n  query HomePage($withMyChapters: Boolean!, $withAllChapters: Boolean!, $chaptersFirst: Int, $chaptersAfter: String) {\n    viewer {\n      id\n      memberships {\n        id\n        role\n        chapterId\n      }\n    }\n    myInvitations {\n      id\n      ...MyInvitation_invitation\n    }\n    myCohorts {\n      id\n      ...MyCohortCard_cohort\n    }\n    myChapters @include(if: $withMyChapters) {\n      id\n      ...ChapterSummary_chapter\n      ...ChapterAdminPanel_chapter\n    }\n    chapters(first: $chaptersFirst, after: $chaptersAfter) @include(if: $withAllChapters) {\n      nodes {\n        id\n        ...ChapterRow_chapter\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  query OutboxPage($to: String, $first: Int, $after: String) {\n    outboxMessages(to: $to, first: $first, after: $after) {\n      nodes {\n        id\n        ...OutboxMessage_message\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.OutboxPageDocument,
    "\n  query ProfilePage {\n    viewer {\n      id\n      version\n      ...ProfileForm_me\n    }\n  }\n": typeof types.ProfilePageDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      ...ViewerFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      ...ViewerFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query ChapterMembers($chapterId: ID!, $first: Int, $after: String) {\n    chapterMembers(chapterId: $chapterId, first: $first, after: $after) {\n      nodes {\n        membershipId\n        ...MemberRow_member\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ChapterMembersDocument,
    "\n  query ChapterInvitations($chapterId: ID!, $first: Int, $after: String) {\n    chapterInvitations(chapterId: $chapterId, first: $first, after: $after) {\n      nodes {\n        id\n        ...InvitationRow_invitation\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ChapterInvitationsDocument,
    "\n  mutation CreateChapter($input: CreateChapterInput!) {\n    createChapter(input: $input) {\n      id\n      name\n      ...ChapterRow_chapter\n    }\n  }\n": typeof types.CreateChapterDocument,
    "\n  mutation UpdateChapter($input: UpdateChapterInput!) {\n    updateChapter(input: $input) {\n      id\n      ...ChapterEditForm_chapter\n      ...ChapterAdminPanel_chapter\n    }\n  }\n": typeof types.UpdateChapterDocument,
    "\n  mutation InviteToChapter($input: InviteToChapterInput!) {\n    inviteToChapter(input: $input) {\n      id\n      email\n      ...InvitationRow_invitation\n    }\n  }\n": typeof types.InviteToChapterDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n      ...InvitationRow_invitation\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation RemoveChapterMember($membershipId: ID!) {\n    removeChapterMember(membershipId: $membershipId) {\n      id\n      chapterId\n    }\n  }\n": typeof types.RemoveChapterMemberDocument,
    "\n  fragment ChapterAdminPanel_chapter on Chapter {\n    id\n    name\n    slug\n    regionName\n    timeZone\n    description\n    createdAt\n    version\n    ...ChapterEditForm_chapter\n  }\n": typeof types.ChapterAdminPanel_ChapterFragmentDoc,
    "\n  fragment ChapterEditForm_chapter on Chapter {\n    id\n    name\n    region\n    timeZone\n    description\n    version\n  }\n": typeof types.ChapterEditForm_ChapterFragmentDoc,
    "\n  fragment InvitationRow_invitation on Invitation {\n    id\n    email\n    role\n    status\n    createdAt\n    expiresAt\n  }\n": typeof types.InvitationRow_InvitationFragmentDoc,
    "\n  fragment MemberRow_member on ChapterMember {\n    membershipId\n    userId\n    displayName\n    email\n    role\n    since\n  }\n": typeof types.MemberRow_MemberFragmentDoc,
    "\n  fragment ChapterPublic_chapter on Chapter {\n    id\n    name\n    slug\n    region\n    regionName\n    timeZone\n    description\n    createdAt\n  }\n": typeof types.ChapterPublic_ChapterFragmentDoc,
    "\n  fragment ChapterSummary_chapter on Chapter {\n    id\n    name\n    slug\n    regionName\n    timeZone\n  }\n": typeof types.ChapterSummary_ChapterFragmentDoc,
    "\n  fragment ChapterRow_chapter on Chapter {\n    id\n    name\n    slug\n    region\n    timeZone\n    createdAt\n  }\n": typeof types.ChapterRow_ChapterFragmentDoc,
    "\n  fragment MyCohortCard_cohort on Cohort {\n    id\n    title\n    status\n    viewerCanManage\n    chapter {\n      id\n      name\n      slug\n    }\n    viewerEnrollment {\n      id\n      status\n      waitlistPosition\n    }\n    nextSession {\n      id\n      number\n      title\n      startsAt\n    }\n  }\n": typeof types.MyCohortCard_CohortFragmentDoc,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      role\n      chapter {\n        id\n        name\n        slug\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment MyInvitation_invitation on Invitation {\n    id\n    role\n    expiresAt\n    chapter {\n      id\n      name\n      regionName\n    }\n  }\n": typeof types.MyInvitation_InvitationFragmentDoc,
    "\n  fragment OutboxMessage_message on OutboxMessage {\n    id\n    to\n    subject\n    status\n    kind\n    createdAt\n    sentAt\n    attempts\n    lastError\n    textBody\n  }\n": typeof types.OutboxMessage_MessageFragmentDoc,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      ...ViewerFields\n      ...ProfileForm_me\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignOutOtherSessions {\n    signOutOtherSessions\n  }\n": typeof types.SignOutOtherSessionsDocument,
    "\n  fragment ProfileForm_me on Me {\n    id\n    email\n    displayName\n    timeZone\n    version\n  }\n": typeof types.ProfileForm_MeFragmentDoc,
    "\n  fragment ViewerFields on Me {\n    id\n    email\n    displayName\n    timeZone\n    roles\n    isPlatformAdmin\n    version\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      id\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  query ChapterPage($slug: String!) {\n    chapter(slug: $slug) {\n      id\n      name\n      ...ChapterPublic_chapter\n    }\n  }\n": types.ChapterPageDocument,
    "\n  query HomePage($withMyChapters: Boolean!, $withAllChapters: Boolean!, $chaptersFirst: Int, $chaptersAfter: String) {\n    viewer {\n      id\n      memberships {\n        id\n        role\n        chapterId\n      }\n    }\n    myInvitations {\n      id\n      ...MyInvitation_invitation\n    }\n    myCohorts {\n      id\n      ...MyCohortCard_cohort\n    }\n    myChapters @include(if: $withMyChapters) {\n      id\n      ...ChapterSummary_chapter\n      ...ChapterAdminPanel_chapter\n    }\n    chapters(first: $chaptersFirst, after: $chaptersAfter) @include(if: $withAllChapters) {\n      nodes {\n        id\n        ...ChapterRow_chapter\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.HomePageDocument,
    "\n  query OutboxPage($to: String, $first: Int, $after: String) {\n    outboxMessages(to: $to, first: $first, after: $after) {\n      nodes {\n        id\n        ...OutboxMessage_message\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.OutboxPageDocument,
    "\n  query ProfilePage {\n    viewer {\n      id\n      version\n      ...ProfileForm_me\n    }\n  }\n": types.ProfilePageDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      ...ViewerFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      ...ViewerFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query ChapterMembers($chapterId: ID!, $first: Int, $after: String) {\n    chapterMembers(chapterId: $chapterId, first: $first, after: $after) {\n      nodes {\n        membershipId\n        ...MemberRow_member\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ChapterMembersDocument,
    "\n  query ChapterInvitations($chapterId: ID!, $first: Int, $after: String) {\n    chapterInvitations(chapterId: $chapterId, first: $first, after: $after) {\n      nodes {\n        id\n        ...InvitationRow_invitation\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ChapterInvitationsDocument,
    "\n  mutation CreateChapter($input: CreateChapterInput!) {\n    createChapter(input: $input) {\n      id\n      name\n      ...ChapterRow_chapter\n    }\n  }\n": types.CreateChapterDocument,
    "\n  mutation UpdateChapter($input: UpdateChapterInput!) {\n    updateChapter(input: $input) {\n      id\n      ...ChapterEditForm_chapter\n      ...ChapterAdminPanel_chapter\n    }\n  }\n": types.UpdateChapterDocument,
    "\n  mutation InviteToChapter($input: InviteToChapterInput!) {\n    inviteToChapter(input: $input) {\n      id\n      email\n      ...InvitationRow_invitation\n    }\n  }\n": types.InviteToChapterDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n      ...InvitationRow_invitation\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation RemoveChapterMember($membershipId: ID!) {\n    removeChapterMember(membershipId: $membershipId) {\n      id\n      chapterId\n    }\n  }\n": types.RemoveChapterMemberDocument,
    "\n  fragment ChapterAdminPanel_chapter on Chapter {\n    id\n    name\n    slug\n    regionName\n    timeZone\n    description\n    createdAt\n    version\n    ...ChapterEditForm_chapter\n  }\n": types.ChapterAdminPanel_ChapterFragmentDoc,
    "\n  fragment ChapterEditForm_chapter on Chapter {\n    id\n    name\n    region\n    timeZone\n    description\n    version\n  }\n": types.ChapterEditForm_ChapterFragmentDoc,
    "\n  fragment InvitationRow_invitation on Invitation {\n    id\n    email\n    role\n    status\n    createdAt\n    expiresAt\n  }\n": types.InvitationRow_InvitationFragmentDoc,
    "\n  fragment MemberRow_member on ChapterMember {\n    membershipId\n    userId\n    displayName\n    email\n    role\n    since\n  }\n": types.MemberRow_MemberFragmentDoc,
    "\n  fragment ChapterPublic_chapter on Chapter {\n    id\n    name\n    slug\n    region\n    regionName\n    timeZone\n    description\n    createdAt\n  }\n": types.ChapterPublic_ChapterFragmentDoc,
    "\n  fragment ChapterSummary_chapter on Chapter {\n    id\n    name\n    slug\n    regionName\n    timeZone\n  }\n": types.ChapterSummary_ChapterFragmentDoc,
    "\n  fragment ChapterRow_chapter on Chapter {\n    id\n    name\n    slug\n    region\n    timeZone\n    createdAt\n  }\n": types.ChapterRow_ChapterFragmentDoc,
    "\n  fragment MyCohortCard_cohort on Cohort {\n    id\n    title\n    status\n    viewerCanManage\n    chapter {\n      id\n      name\n      slug\n    }\n    viewerEnrollment {\n      id\n      status\n      waitlistPosition\n    }\n    nextSession {\n      id\n      number\n      title\n      startsAt\n    }\n  }\n": types.MyCohortCard_CohortFragmentDoc,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      role\n      chapter {\n        id\n        name\n        slug\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment MyInvitation_invitation on Invitation {\n    id\n    role\n    expiresAt\n    chapter {\n      id\n      name\n      regionName\n    }\n  }\n": types.MyInvitation_InvitationFragmentDoc,
    "\n  fragment OutboxMessage_message on OutboxMessage {\n    id\n    to\n    subject\n    status\n    kind\n    createdAt\n    sentAt\n    attempts\n    lastError\n    textBody\n  }\n": types.OutboxMessage_MessageFragmentDoc,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      ...ViewerFields\n      ...ProfileForm_me\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignOutOtherSessions {\n    signOutOtherSessions\n  }\n": types.SignOutOtherSessionsDocument,
    "\n  fragment ProfileForm_me on Me {\n    id\n    email\n    displayName\n    timeZone\n    version\n  }\n": types.ProfileForm_MeFragmentDoc,
    "\n  fragment ViewerFields on Me {\n    id\n    email\n    displayName\n    timeZone\n    roles\n    isPlatformAdmin\n    version\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      id\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChapterPage($slug: String!) {\n    chapter(slug: $slug) {\n      id\n      name\n      ...ChapterPublic_chapter\n    }\n  }\n"): (typeof documents)["\n  query ChapterPage($slug: String!) {\n    chapter(slug: $slug) {\n      id\n      name\n      ...ChapterPublic_chapter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage($withMyChapters: Boolean!, $withAllChapters: Boolean!, $chaptersFirst: Int, $chaptersAfter: String) {\n    viewer {\n      id\n      memberships {\n        id\n        role\n        chapterId\n      }\n    }\n    myInvitations {\n      id\n      ...MyInvitation_invitation\n    }\n    myCohorts {\n      id\n      ...MyCohortCard_cohort\n    }\n    myChapters @include(if: $withMyChapters) {\n      id\n      ...ChapterSummary_chapter\n      ...ChapterAdminPanel_chapter\n    }\n    chapters(first: $chaptersFirst, after: $chaptersAfter) @include(if: $withAllChapters) {\n      nodes {\n        id\n        ...ChapterRow_chapter\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query HomePage($withMyChapters: Boolean!, $withAllChapters: Boolean!, $chaptersFirst: Int, $chaptersAfter: String) {\n    viewer {\n      id\n      memberships {\n        id\n        role\n        chapterId\n      }\n    }\n    myInvitations {\n      id\n      ...MyInvitation_invitation\n    }\n    myCohorts {\n      id\n      ...MyCohortCard_cohort\n    }\n    myChapters @include(if: $withMyChapters) {\n      id\n      ...ChapterSummary_chapter\n      ...ChapterAdminPanel_chapter\n    }\n    chapters(first: $chaptersFirst, after: $chaptersAfter) @include(if: $withAllChapters) {\n      nodes {\n        id\n        ...ChapterRow_chapter\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxPage($to: String, $first: Int, $after: String) {\n    outboxMessages(to: $to, first: $first, after: $after) {\n      nodes {\n        id\n        ...OutboxMessage_message\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query OutboxPage($to: String, $first: Int, $after: String) {\n    outboxMessages(to: $to, first: $first, after: $after) {\n      nodes {\n        id\n        ...OutboxMessage_message\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfilePage {\n    viewer {\n      id\n      version\n      ...ProfileForm_me\n    }\n  }\n"): (typeof documents)["\n  query ProfilePage {\n    viewer {\n      id\n      version\n      ...ProfileForm_me\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChapterMembers($chapterId: ID!, $first: Int, $after: String) {\n    chapterMembers(chapterId: $chapterId, first: $first, after: $after) {\n      nodes {\n        membershipId\n        ...MemberRow_member\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ChapterMembers($chapterId: ID!, $first: Int, $after: String) {\n    chapterMembers(chapterId: $chapterId, first: $first, after: $after) {\n      nodes {\n        membershipId\n        ...MemberRow_member\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChapterInvitations($chapterId: ID!, $first: Int, $after: String) {\n    chapterInvitations(chapterId: $chapterId, first: $first, after: $after) {\n      nodes {\n        id\n        ...InvitationRow_invitation\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ChapterInvitations($chapterId: ID!, $first: Int, $after: String) {\n    chapterInvitations(chapterId: $chapterId, first: $first, after: $after) {\n      nodes {\n        id\n        ...InvitationRow_invitation\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChapter($input: CreateChapterInput!) {\n    createChapter(input: $input) {\n      id\n      name\n      ...ChapterRow_chapter\n    }\n  }\n"): (typeof documents)["\n  mutation CreateChapter($input: CreateChapterInput!) {\n    createChapter(input: $input) {\n      id\n      name\n      ...ChapterRow_chapter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChapter($input: UpdateChapterInput!) {\n    updateChapter(input: $input) {\n      id\n      ...ChapterEditForm_chapter\n      ...ChapterAdminPanel_chapter\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChapter($input: UpdateChapterInput!) {\n    updateChapter(input: $input) {\n      id\n      ...ChapterEditForm_chapter\n      ...ChapterAdminPanel_chapter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToChapter($input: InviteToChapterInput!) {\n    inviteToChapter(input: $input) {\n      id\n      email\n      ...InvitationRow_invitation\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToChapter($input: InviteToChapterInput!) {\n    inviteToChapter(input: $input) {\n      id\n      email\n      ...InvitationRow_invitation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n      ...InvitationRow_invitation\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n      ...InvitationRow_invitation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveChapterMember($membershipId: ID!) {\n    removeChapterMember(membershipId: $membershipId) {\n      id\n      chapterId\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveChapterMember($membershipId: ID!) {\n    removeChapterMember(membershipId: $membershipId) {\n      id\n      chapterId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChapterAdminPanel_chapter on Chapter {\n    id\n    name\n    slug\n    regionName\n    timeZone\n    description\n    createdAt\n    version\n    ...ChapterEditForm_chapter\n  }\n"): (typeof documents)["\n  fragment ChapterAdminPanel_chapter on Chapter {\n    id\n    name\n    slug\n    regionName\n    timeZone\n    description\n    createdAt\n    version\n    ...ChapterEditForm_chapter\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChapterEditForm_chapter on Chapter {\n    id\n    name\n    region\n    timeZone\n    description\n    version\n  }\n"): (typeof documents)["\n  fragment ChapterEditForm_chapter on Chapter {\n    id\n    name\n    region\n    timeZone\n    description\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationRow_invitation on Invitation {\n    id\n    email\n    role\n    status\n    createdAt\n    expiresAt\n  }\n"): (typeof documents)["\n  fragment InvitationRow_invitation on Invitation {\n    id\n    email\n    role\n    status\n    createdAt\n    expiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberRow_member on ChapterMember {\n    membershipId\n    userId\n    displayName\n    email\n    role\n    since\n  }\n"): (typeof documents)["\n  fragment MemberRow_member on ChapterMember {\n    membershipId\n    userId\n    displayName\n    email\n    role\n    since\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChapterPublic_chapter on Chapter {\n    id\n    name\n    slug\n    region\n    regionName\n    timeZone\n    description\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ChapterPublic_chapter on Chapter {\n    id\n    name\n    slug\n    region\n    regionName\n    timeZone\n    description\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChapterSummary_chapter on Chapter {\n    id\n    name\n    slug\n    regionName\n    timeZone\n  }\n"): (typeof documents)["\n  fragment ChapterSummary_chapter on Chapter {\n    id\n    name\n    slug\n    regionName\n    timeZone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChapterRow_chapter on Chapter {\n    id\n    name\n    slug\n    region\n    timeZone\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ChapterRow_chapter on Chapter {\n    id\n    name\n    slug\n    region\n    timeZone\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyCohortCard_cohort on Cohort {\n    id\n    title\n    status\n    viewerCanManage\n    chapter {\n      id\n      name\n      slug\n    }\n    viewerEnrollment {\n      id\n      status\n      waitlistPosition\n    }\n    nextSession {\n      id\n      number\n      title\n      startsAt\n    }\n  }\n"): (typeof documents)["\n  fragment MyCohortCard_cohort on Cohort {\n    id\n    title\n    status\n    viewerCanManage\n    chapter {\n      id\n      name\n      slug\n    }\n    viewerEnrollment {\n      id\n      status\n      waitlistPosition\n    }\n    nextSession {\n      id\n      number\n      title\n      startsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      role\n      chapter {\n        id\n        name\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      role\n      chapter {\n        id\n        name\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyInvitation_invitation on Invitation {\n    id\n    role\n    expiresAt\n    chapter {\n      id\n      name\n      regionName\n    }\n  }\n"): (typeof documents)["\n  fragment MyInvitation_invitation on Invitation {\n    id\n    role\n    expiresAt\n    chapter {\n      id\n      name\n      regionName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutboxMessage_message on OutboxMessage {\n    id\n    to\n    subject\n    status\n    kind\n    createdAt\n    sentAt\n    attempts\n    lastError\n    textBody\n  }\n"): (typeof documents)["\n  fragment OutboxMessage_message on OutboxMessage {\n    id\n    to\n    subject\n    status\n    kind\n    createdAt\n    sentAt\n    attempts\n    lastError\n    textBody\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      ...ViewerFields\n      ...ProfileForm_me\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      ...ViewerFields\n      ...ProfileForm_me\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutOtherSessions {\n    signOutOtherSessions\n  }\n"): (typeof documents)["\n  mutation SignOutOtherSessions {\n    signOutOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileForm_me on Me {\n    id\n    email\n    displayName\n    timeZone\n    version\n  }\n"): (typeof documents)["\n  fragment ProfileForm_me on Me {\n    id\n    email\n    displayName\n    timeZone\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Me {\n    id\n    email\n    displayName\n    timeZone\n    roles\n    isPlatformAdmin\n    version\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Me {\n    id\n    email\n    displayName\n    timeZone\n    roles\n    isPlatformAdmin\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      ...ViewerFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;