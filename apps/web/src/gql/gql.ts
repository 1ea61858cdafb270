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
    "\n  query AcceptInvitationPage($token: String!) {\n    invitationPreview(token: $token) {\n      status\n      ...InvitationPreview_preview\n    }\n  }\n": typeof types.AcceptInvitationPageDocument,
    "\n  query CatalogPage($filter: CatalogFilterInput, $first: Int, $after: String) {\n    catalog(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        ...CatalogCard_cohort\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    modalities {\n      id\n      code\n      name\n    }\n  }\n": typeof types.CatalogPageDocument,
    "\n  query ChapterPage($slug: String!) {\n    chapter(slug: $slug) {\n      id\n      name\n      ...ChapterPublic_chapter\n    }\n  }\n": typeof types.ChapterPageDocument,
    "\n  query CohortPage($id: ID!) {\n    cohort(id: $id) {\n      id\n      title\n      description\n      status\n      timeZone\n      viewerCanManage\n      chapter {\n        id\n        name\n        slug\n        regionName\n      }\n      mentors {\n        userId\n        displayName\n        isLead\n      }\n      modalities {\n        id\n        code\n        name\n      }\n      viewerEnrollment {\n        id\n        status\n      }\n      nextSession {\n        id\n        ...NextSessionCard_session\n      }\n      ...CohortSessionsList_cohort\n      ...EnrollPanel_cohort\n    }\n  }\n": typeof types.CohortPageDocument,
    "\n  query HomePage($withMyChapters: Boolean!, $withAllChapters: Boolean!, $chaptersFirst: Int, $chaptersAfter: String) {\n    viewer {\n      id\n      memberships {\n        id\n        role\n        chapterId\n      }\n    }\n    myInvitations {\n      id\n      ...MyInvitation_invitation\n    }\n    myCohorts {\n      id\n      ...MyCohortCard_cohort\n    }\n    nextSession {\n      id\n      ...NextSessionCard_session\n    }\n    myChapters @include(if: $withMyChapters) {\n      id\n      name\n      ...ChapterSummary_chapter\n      ...ChapterAdminPanel_chapter\n    }\n    chapters(first: $chaptersFirst, after: $chaptersAfter) @include(if: $withAllChapters) {\n      nodes {\n        id\n        ...ChapterRow_chapter\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  query CohortManagePage($id: ID!) {\n    cohort(id: $id) {\n      id\n      title\n      status\n      version\n      viewerCanManage\n      description\n      chapter {\n        id\n        name\n        slug\n      }\n      seats {\n        capacity\n        enrolled\n        left\n        pending\n        waitlisted\n      }\n      ...CohortStatusActions_cohort\n      ...EnrollmentControls_cohort\n      ...CohortSettings_cohort\n      ...ScheduleEditor_cohort\n      ...CoMentors_cohort\n    }\n    modalities {\n      id\n      code\n      name\n    }\n    myCohorts {\n      id\n      title\n      status\n      viewerCanManage\n    }\n  }\n": typeof types.CohortManagePageDocument,
    "\n  query NewCohortPage {\n    myChapters {\n      id\n      name\n      timeZone\n    }\n    modalities {\n      id\n      code\n      name\n    }\n    cohortTemplates {\n      id\n      ...WizardTemplate_template\n    }\n  }\n": typeof types.NewCohortPageDocument,
    "\n  query OutboxPage($to: String, $first: Int, $after: String) {\n    outboxMessages(to: $to, first: $first, after: $after) {\n      nodes {\n        id\n        ...OutboxMessage_message\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.OutboxPageDocument,
    "\n  query ProfilePage {\n    viewer {\n      id\n      version\n      timeZone\n      ...ProfileForm_me\n    }\n    calendarFeed {\n      ...CalendarFeed_feed\n    }\n  }\n": typeof types.ProfilePageDocument,
    "\n  query SchedulePage($from: DateTime!, $to: DateTime!) {\n    mySchedule(from: $from, to: $to) {\n      id\n      ...ScheduleSession_session\n    }\n    nextSession {\n      id\n      ...NextSessionCard_session\n    }\n  }\n": typeof types.SchedulePageDocument,
    "\n  query CohortAnnouncements($cohortId: ID!, $first: Int, $after: String) {\n    cohort(id: $cohortId) {\n      id\n      announcements(first: $first, after: $after) {\n        nodes {\n          id\n          ...AnnouncementItem_announcement\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.CohortAnnouncementsDocument,
    "\n  mutation PostAnnouncement($cohortId: ID!, $body: String!) {\n    postAnnouncement(cohortId: $cohortId, body: $body) {\n      id\n      cohortId\n      ...AnnouncementItem_announcement\n    }\n  }\n": typeof types.PostAnnouncementDocument,
    "\n  fragment AnnouncementItem_announcement on Announcement {\n    id\n    body\n    kind\n    authorName\n    createdAt\n  }\n": typeof types.AnnouncementItem_AnnouncementFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      ...ViewerFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      ...ViewerFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      ...CalendarFeed_feed\n    }\n  }\n": typeof types.CalendarFeedDocument,
    "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed {\n      ...CalendarFeed_feed\n    }\n  }\n": typeof types.ResetCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  fragment CalendarFeed_feed on CalendarFeed {\n    url\n    createdAt\n  }\n": typeof types.CalendarFeed_FeedFragmentDoc,
    "\n  fragment CatalogCard_cohort on Cohort {\n    id\n    title\n    timeZone\n    requiresApproval\n    chapter {\n      id\n      name\n      region\n      regionName\n    }\n    modalities {\n      id\n      code\n      name\n    }\n    seats {\n      left\n      capacity\n      waitlisted\n    }\n    sessions {\n      id\n      number\n      title\n      startsAt\n      status\n    }\n  }\n": typeof types.CatalogCard_CohortFragmentDoc,
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
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.CreateCohortDocument,
    "\n  mutation UpdateCohort($input: UpdateCohortInput!) {\n    updateCohort(input: $input) {\n      id\n      version\n      ...CohortSettings_cohort\n      seats {\n        capacity\n        enrolled\n        left\n        pending\n        waitlisted\n      }\n    }\n  }\n": typeof types.UpdateCohortDocument,
    "\n  mutation SetCohortStatus($id: ID!, $status: CohortStatus!) {\n    setCohortStatus(id: $id, status: $status) {\n      id\n      status\n      version\n      sessions {\n        id\n        status\n        sequence\n      }\n    }\n  }\n": typeof types.SetCohortStatusDocument,
    "\n  fragment ScheduleEditorSession_session on CohortSession {\n    id\n    number\n    title\n    startsAt\n    endsAt\n    durationMinutes\n    status\n    isMakeup\n    version\n  }\n": typeof types.ScheduleEditorSession_SessionFragmentDoc,
    "\n  mutation RescheduleSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      id\n      ...ScheduleEditorSession_session\n    }\n  }\n": typeof types.RescheduleSessionDocument,
    "\n  mutation CancelSession($sessionId: ID!, $reason: String) {\n    cancelSession(sessionId: $sessionId, reason: $reason) {\n      id\n      ...ScheduleEditorSession_session\n    }\n  }\n": typeof types.CancelSessionDocument,
    "\n  mutation AddMakeupSession($input: MakeupSessionInput!) {\n    addMakeupSession(input: $input) {\n      id\n      cohortId\n      ...ScheduleEditorSession_session\n    }\n  }\n": typeof types.AddMakeupSessionDocument,
    "\n  mutation ShiftSessions($input: ShiftSessionsInput!) {\n    shiftSessions(input: $input) {\n      id\n      cohortId\n      ...ScheduleEditorSession_session\n    }\n  }\n": typeof types.ShiftSessionsDocument,
    "\n  mutation RegenerateInviteCode($cohortId: ID!) {\n    regenerateInviteCode(cohortId: $cohortId) {\n      id\n      inviteCode\n    }\n  }\n": typeof types.RegenerateInviteCodeDocument,
    "\n  mutation AddCoMentor($cohortId: ID!, $email: String!) {\n    addCoMentor(cohortId: $cohortId, email: $email) {\n      id\n      mentors {\n        userId\n        displayName\n        isLead\n      }\n    }\n  }\n": typeof types.AddCoMentorDocument,
    "\n  mutation RemoveCoMentor($cohortId: ID!, $userId: ID!) {\n    removeCoMentor(cohortId: $cohortId, userId: $userId) {\n      id\n      mentors {\n        userId\n        displayName\n        isLead\n      }\n    }\n  }\n": typeof types.RemoveCoMentorDocument,
    "\n  mutation SaveCohortTemplate($cohortId: ID!, $name: String!) {\n    saveCohortTemplate(cohortId: $cohortId, name: $name) {\n      id\n      ...WizardTemplate_template\n    }\n  }\n": typeof types.SaveCohortTemplateDocument,
    "\n  query ChapterCohorts($chapterId: ID!, $first: Int, $after: String) {\n    chapterCohorts(chapterId: $chapterId, first: $first, after: $after) {\n      nodes {\n        id\n        ...ChapterCohortRow_cohort\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ChapterCohortsDocument,
    "\n  fragment ChapterCohortRow_cohort on Cohort {\n    id\n    title\n    status\n    timeZone\n    seats {\n      capacity\n      enrolled\n      waitlisted\n    }\n    nextSession {\n      id\n      number\n      startsAt\n    }\n  }\n": typeof types.ChapterCohortRow_CohortFragmentDoc,
    "\n  fragment CoMentors_cohort on Cohort {\n    id\n    mentors {\n      userId\n      displayName\n      isLead\n    }\n  }\n": typeof types.CoMentors_CohortFragmentDoc,
    "\n  fragment CohortStatusActions_cohort on Cohort {\n    id\n    title\n    status\n    seats {\n      enrolled\n      pending\n      waitlisted\n    }\n  }\n": typeof types.CohortStatusActions_CohortFragmentDoc,
    "\n  fragment WizardTemplate_template on CohortTemplate {\n    id\n    name\n    chapterId\n    title\n    description\n    capacity\n    timeZone\n    localTime\n    durationMinutes\n    cadence\n    weekday\n    sessionCount\n    sessionTitles\n    modalityCodes\n    requiresApproval\n  }\n": typeof types.WizardTemplate_TemplateFragmentDoc,
    "\n  fragment EnrollmentControls_cohort on Cohort {\n    id\n    title\n    status\n    inviteCode\n    enrollmentClosed\n    seats {\n      capacity\n      enrolled\n      left\n      pending\n      waitlisted\n    }\n    ...CohortSettings_cohort\n  }\n": typeof types.EnrollmentControls_CohortFragmentDoc,
    "\n  fragment ScheduleEditor_cohort on Cohort {\n    id\n    status\n    timeZone\n    localTime\n    durationMinutes\n    sessions {\n      id\n      ...ScheduleEditorSession_session\n    }\n  }\n": typeof types.ScheduleEditor_CohortFragmentDoc,
    "\n  fragment CohortSettings_cohort on Cohort {\n    id\n    version\n    title\n    description\n    capacity\n    timeZone\n    requiresApproval\n    enrollmentClosed\n    enrollmentOpensAt\n    enrollmentClosesAt\n    meeting {\n      url\n      passcode\n    }\n    modalities {\n      id\n      code\n    }\n  }\n": typeof types.CohortSettings_CohortFragmentDoc,
    "\n  fragment EnrollmentResult_enrollment on Enrollment {\n    id\n    status\n    waitlistPosition\n    cohort {\n      id\n      title\n      meeting {\n        url\n        passcode\n      }\n      ...EnrollPanel_cohort\n    }\n  }\n": typeof types.EnrollmentResult_EnrollmentFragmentDoc,
    "\n  mutation Enroll($cohortId: ID!) {\n    enroll(cohortId: $cohortId) {\n      id\n      ...EnrollmentResult_enrollment\n    }\n  }\n": typeof types.EnrollDocument,
    "\n  mutation LeaveCohort($cohortId: ID!) {\n    leaveCohort(cohortId: $cohortId) {\n      id\n      ...EnrollmentResult_enrollment\n    }\n  }\n": typeof types.LeaveCohortDocument,
    "\n  mutation JoinCohortByCode($code: String!) {\n    joinCohortByCode(code: $code) {\n      id\n      ...EnrollmentResult_enrollment\n    }\n  }\n": typeof types.JoinCohortByCodeDocument,
    "\n  fragment EnrollPanel_cohort on Cohort {\n    id\n    title\n    status\n    requiresApproval\n    enrollmentClosed\n    enrollmentOpensAt\n    enrollmentClosesAt\n    viewerCanManage\n    seats {\n      left\n      capacity\n      enrolled\n      waitlisted\n    }\n    viewerEnrollment {\n      id\n      status\n      waitlistPosition\n    }\n  }\n": typeof types.EnrollPanel_CohortFragmentDoc,
    "\n  fragment MyCohortCard_cohort on Cohort {\n    id\n    title\n    status\n    timeZone\n    viewerCanManage\n    chapter {\n      id\n      name\n      slug\n    }\n    viewerEnrollment {\n      id\n      status\n      waitlistPosition\n    }\n    nextSession {\n      id\n      number\n      title\n      startsAt\n    }\n  }\n": typeof types.MyCohortCard_CohortFragmentDoc,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      role\n      chapter {\n        id\n        name\n        slug\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment InvitationPreview_preview on InvitationPreview {\n    chapterName\n    chapterSlug\n    role\n    maskedEmail\n    status\n    expiresAt\n  }\n": typeof types.InvitationPreview_PreviewFragmentDoc,
    "\n  fragment MyInvitation_invitation on Invitation {\n    id\n    role\n    expiresAt\n    chapter {\n      id\n      name\n      regionName\n    }\n  }\n": typeof types.MyInvitation_InvitationFragmentDoc,
    "\n  fragment OutboxMessage_message on OutboxMessage {\n    id\n    to\n    subject\n    status\n    kind\n    createdAt\n    sentAt\n    attempts\n    lastError\n    textBody\n  }\n": typeof types.OutboxMessage_MessageFragmentDoc,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      ...ViewerFields\n      ...ProfileForm_me\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignOutOtherSessions {\n    signOutOtherSessions\n  }\n": typeof types.SignOutOtherSessionsDocument,
    "\n  fragment ProfileForm_me on Me {\n    id\n    email\n    displayName\n    timeZone\n    version\n  }\n": typeof types.ProfileForm_MeFragmentDoc,
    "\n  query CohortRoster($cohortId: ID!, $first: Int, $after: String) {\n    cohort(id: $cohortId) {\n      id\n      seats {\n        enrolled\n        pending\n        waitlisted\n      }\n    }\n    cohortRoster(cohortId: $cohortId, first: $first, after: $after) {\n      nodes {\n        enrollmentId\n        ...RosterRow_entry\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.CohortRosterDocument,
    "\n  fragment RosterEnrollment_enrollment on Enrollment {\n    id\n    status\n    waitlistPosition\n    cohort {\n      id\n      seats {\n        capacity\n        enrolled\n        left\n        pending\n        waitlisted\n      }\n    }\n  }\n": typeof types.RosterEnrollment_EnrollmentFragmentDoc,
    "\n  mutation ApproveEnrollment($id: ID!) {\n    approveEnrollment(id: $id) {\n      id\n      ...RosterEnrollment_enrollment\n    }\n  }\n": typeof types.ApproveEnrollmentDocument,
    "\n  mutation DeclineEnrollment($id: ID!) {\n    declineEnrollment(id: $id) {\n      id\n      ...RosterEnrollment_enrollment\n    }\n  }\n": typeof types.DeclineEnrollmentDocument,
    "\n  mutation RemoveEnrollment($id: ID!) {\n    removeEnrollment(id: $id) {\n      id\n      ...RosterEnrollment_enrollment\n    }\n  }\n": typeof types.RemoveEnrollmentDocument,
    "\n  mutation MoveEnrollment($id: ID!, $targetCohortId: ID!) {\n    moveEnrollment(id: $id, targetCohortId: $targetCohortId) {\n      id\n      ...RosterEnrollment_enrollment\n      cohort {\n        id\n        title\n      }\n    }\n  }\n": typeof types.MoveEnrollmentDocument,
    "\n  fragment RosterRow_entry on RosterEntry {\n    enrollmentId\n    userId\n    displayName\n    email\n    timeZone\n    status\n    source\n    waitlistPosition\n    since\n  }\n": typeof types.RosterRow_EntryFragmentDoc,
    "\n  fragment CohortSessionsList_cohort on Cohort {\n    id\n    timeZone\n    sessions {\n      id\n      number\n      title\n      startsAt\n      endsAt\n      durationMinutes\n      status\n      isMakeup\n    }\n  }\n": typeof types.CohortSessionsList_CohortFragmentDoc,
    "\n  fragment NextSessionCard_session on CohortSession {\n    id\n    number\n    title\n    startsAt\n    endsAt\n    status\n    cohort {\n      id\n      title\n      timeZone\n      meeting {\n        url\n        passcode\n      }\n    }\n  }\n": typeof types.NextSessionCard_SessionFragmentDoc,
    "\n  fragment ScheduleSession_session on CohortSession {\n    id\n    number\n    title\n    startsAt\n    endsAt\n    status\n    isMakeup\n    cohort {\n      id\n      title\n      timeZone\n    }\n  }\n": typeof types.ScheduleSession_SessionFragmentDoc,
    "\n  fragment ViewerFields on Me {\n    id\n    email\n    displayName\n    timeZone\n    roles\n    isPlatformAdmin\n    version\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      id\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  query AcceptInvitationPage($token: String!) {\n    invitationPreview(token: $token) {\n      status\n      ...InvitationPreview_preview\n    }\n  }\n": types.AcceptInvitationPageDocument,
    "\n  query CatalogPage($filter: CatalogFilterInput, $first: Int, $after: String) {\n    catalog(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        ...CatalogCard_cohort\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    modalities {\n      id\n      code\n      name\n    }\n  }\n": types.CatalogPageDocument,
    "\n  query ChapterPage($slug: String!) {\n    chapter(slug: $slug) {\n      id\n      name\n      ...ChapterPublic_chapter\n    }\n  }\n": types.ChapterPageDocument,
    "\n  query CohortPage($id: ID!) {\n    cohort(id: $id) {\n      id\n      title\n      description\n      status\n      timeZone\n      viewerCanManage\n      chapter {\n        id\n        name\n        slug\n        regionName\n      }\n      mentors {\n        userId\n        displayName\n        isLead\n      }\n      modalities {\n        id\n        code\n        name\n      }\n      viewerEnrollment {\n        id\n        status\n      }\n      nextSession {\n        id\n        ...NextSessionCard_session\n      }\n      ...CohortSessionsList_cohort\n      ...EnrollPanel_cohort\n    }\n  }\n": types.CohortPageDocument,
    "\n  query HomePage($withMyChapters: Boolean!, $withAllChapters: Boolean!, $chaptersFirst: Int, $chaptersAfter: String) {\n    viewer {\n      id\n      memberships {\n        id\n        role\n        chapterId\n      }\n    }\n    myInvitations {\n      id\n      ...MyInvitation_invitation\n    }\n    myCohorts {\n      id\n      ...MyCohortCard_cohort\n    }\n    nextSession {\n      id\n      ...NextSessionCard_session\n    }\n    myChapters @include(if: $withMyChapters) {\n      id\n      name\n      ...ChapterSummary_chapter\n      ...ChapterAdminPanel_chapter\n    }\n    chapters(first: $chaptersFirst, after: $chaptersAfter) @include(if: $withAllChapters) {\n      nodes {\n        id\n        ...ChapterRow_chapter\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.HomePageDocument,
    "\n  query CohortManagePage($id: ID!) {\n    cohort(id: $id) {\n      id\n      title\n      status\n      version\n      viewerCanManage\n      description\n      chapter {\n        id\n        name\n        slug\n      }\n      seats {\n        capacity\n        enrolled\n        left\n        pending\n        waitlisted\n      }\n      ...CohortStatusActions_cohort\n      ...EnrollmentControls_cohort\n      ...CohortSettings_cohort\n      ...ScheduleEditor_cohort\n      ...CoMentors_cohort\n    }\n    modalities {\n      id\n      code\n      name\n    }\n    myCohorts {\n      id\n      title\n      status\n      viewerCanManage\n    }\n  }\n": types.CohortManagePageDocument,
    "\n  query NewCohortPage {\n    myChapters {\n      id\n      name\n      timeZone\n    }\n    modalities {\n      id\n      code\n      name\n    }\n    cohortTemplates {\n      id\n      ...WizardTemplate_template\n    }\n  }\n": types.NewCohortPageDocument,
    "\n  query OutboxPage($to: String, $first: Int, $after: String) {\n    outboxMessages(to: $to, first: $first, after: $after) {\n      nodes {\n        id\n        ...OutboxMessage_message\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.OutboxPageDocument,
    "\n  query ProfilePage {\n    viewer {\n      id\n      version\n      timeZone\n      ...ProfileForm_me\n    }\n    calendarFeed {\n      ...CalendarFeed_feed\n    }\n  }\n": types.ProfilePageDocument,
    "\n  query SchedulePage($from: DateTime!, $to: DateTime!) {\n    mySchedule(from: $from, to: $to) {\n      id\n      ...ScheduleSession_session\n    }\n    nextSession {\n      id\n      ...NextSessionCard_session\n    }\n  }\n": types.SchedulePageDocument,
    "\n  query CohortAnnouncements($cohortId: ID!, $first: Int, $after: String) {\n    cohort(id: $cohortId) {\n      id\n      announcements(first: $first, after: $after) {\n        nodes {\n          id\n          ...AnnouncementItem_announcement\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n": types.CohortAnnouncementsDocument,
    "\n  mutation PostAnnouncement($cohortId: ID!, $body: String!) {\n    postAnnouncement(cohortId: $cohortId, body: $body) {\n      id\n      cohortId\n      ...AnnouncementItem_announcement\n    }\n  }\n": types.PostAnnouncementDocument,
    "\n  fragment AnnouncementItem_announcement on Announcement {\n    id\n    body\n    kind\n    authorName\n    createdAt\n  }\n": types.AnnouncementItem_AnnouncementFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      ...ViewerFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      ...ViewerFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      ...CalendarFeed_feed\n    }\n  }\n": types.CalendarFeedDocument,
    "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed {\n      ...CalendarFeed_feed\n    }\n  }\n": types.ResetCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  fragment CalendarFeed_feed on CalendarFeed {\n    url\n    createdAt\n  }\n": types.CalendarFeed_FeedFragmentDoc,
    "\n  fragment CatalogCard_cohort on Cohort {\n    id\n    title\n    timeZone\n    requiresApproval\n    chapter {\n      id\n      name\n      region\n      regionName\n    }\n    modalities {\n      id\n      code\n      name\n    }\n    seats {\n      left\n      capacity\n      waitlisted\n    }\n    sessions {\n      id\n      number\n      title\n      startsAt\n      status\n    }\n  }\n": types.CatalogCard_CohortFragmentDoc,
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
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": types.CreateCohortDocument,
    "\n  mutation UpdateCohort($input: UpdateCohortInput!) {\n    updateCohort(input: $input) {\n      id\n      version\n      ...CohortSettings_cohort\n      seats {\n        capacity\n        enrolled\n        left\n        pending\n        waitlisted\n      }\n    }\n  }\n": types.UpdateCohortDocument,
    "\n  mutation SetCohortStatus($id: ID!, $status: CohortStatus!) {\n    setCohortStatus(id: $id, status: $status) {\n      id\n      status\n      version\n      sessions {\n        id\n        status\n        sequence\n      }\n    }\n  }\n": types.SetCohortStatusDocument,
    "\n  fragment ScheduleEditorSession_session on CohortSession {\n    id\n    number\n    title\n    startsAt\n    endsAt\n    durationMinutes\n    status\n    isMakeup\n    version\n  }\n": types.ScheduleEditorSession_SessionFragmentDoc,
    "\n  mutation RescheduleSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      id\n      ...ScheduleEditorSession_session\n    }\n  }\n": types.RescheduleSessionDocument,
    "\n  mutation CancelSession($sessionId: ID!, $reason: String) {\n    cancelSession(sessionId: $sessionId, reason: $reason) {\n      id\n      ...ScheduleEditorSession_session\n    }\n  }\n": types.CancelSessionDocument,
    "\n  mutation AddMakeupSession($input: MakeupSessionInput!) {\n    addMakeupSession(input: $input) {\n      id\n      cohortId\n      ...ScheduleEditorSession_session\n    }\n  }\n": types.AddMakeupSessionDocument,
    "\n  mutation ShiftSessions($input: ShiftSessionsInput!) {\n    shiftSessions(input: $input) {\n      id\n      cohortId\n      ...ScheduleEditorSession_session\n    }\n  }\n": types.ShiftSessionsDocument,
    "\n  mutation RegenerateInviteCode($cohortId: ID!) {\n    regenerateInviteCode(cohortId: $cohortId) {\n      id\n      inviteCode\n    }\n  }\n": types.RegenerateInviteCodeDocument,
    "\n  mutation AddCoMentor($cohortId: ID!, $email: String!) {\n    addCoMentor(cohortId: $cohortId, email: $email) {\n      id\n      mentors {\n        userId\n        displayName\n        isLead\n      }\n    }\n  }\n": types.AddCoMentorDocument,
    "\n  mutation RemoveCoMentor($cohortId: ID!, $userId: ID!) {\n    removeCoMentor(cohortId: $cohortId, userId: $userId) {\n      id\n      mentors {\n        userId\n        displayName\n        isLead\n      }\n    }\n  }\n": types.RemoveCoMentorDocument,
    "\n  mutation SaveCohortTemplate($cohortId: ID!, $name: String!) {\n    saveCohortTemplate(cohortId: $cohortId, name: $name) {\n      id\n      ...WizardTemplate_template\n    }\n  }\n": types.SaveCohortTemplateDocument,
    "\n  query ChapterCohorts($chapterId: ID!, $first: Int, $after: String) {\n    chapterCohorts(chapterId: $chapterId, first: $first, after: $after) {\n      nodes {\n        id\n        ...ChapterCohortRow_cohort\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ChapterCohortsDocument,
    "\n  fragment ChapterCohortRow_cohort on Cohort {\n    id\n    title\n    status\n    timeZone\n    seats {\n      capacity\n      enrolled\n      waitlisted\n    }\n    nextSession {\n      id\n      number\n      startsAt\n    }\n  }\n": types.ChapterCohortRow_CohortFragmentDoc,
    "\n  fragment CoMentors_cohort on Cohort {\n    id\n    mentors {\n      userId\n      displayName\n      isLead\n    }\n  }\n": types.CoMentors_CohortFragmentDoc,
    "\n  fragment CohortStatusActions_cohort on Cohort {\n    id\n    title\n    status\n    seats {\n      enrolled\n      pending\n      waitlisted\n    }\n  }\n": types.CohortStatusActions_CohortFragmentDoc,
    "\n  fragment WizardTemplate_template on CohortTemplate {\n    id\n    name\n    chapterId\n    title\n    description\n    capacity\n    timeZone\n    localTime\n    durationMinutes\n    cadence\n    weekday\n    sessionCount\n    sessionTitles\n    modalityCodes\n    requiresApproval\n  }\n": types.WizardTemplate_TemplateFragmentDoc,
    "\n  fragment EnrollmentControls_cohort on Cohort {\n    id\n    title\n    status\n    inviteCode\n    enrollmentClosed\n    seats {\n      capacity\n      enrolled\n      left\n      pending\n      waitlisted\n    }\n    ...CohortSettings_cohort\n  }\n": types.EnrollmentControls_CohortFragmentDoc,
    "\n  fragment ScheduleEditor_cohort on Cohort {\n    id\n    status\n    timeZone\n    localTime\n    durationMinutes\n    sessions {\n      id\n      ...ScheduleEditorSession_session\n    }\n  }\n": types.ScheduleEditor_CohortFragmentDoc,
    "\n  fragment CohortSettings_cohort on Cohort {\n    id\n    version\n    title\n    description\n    capacity\n    timeZone\n    requiresApproval\n    enrollmentClosed\n    enrollmentOpensAt\n    enrollmentClosesAt\n    meeting {\n      url\n      passcode\n    }\n    modalities {\n      id\n      code\n    }\n  }\n": types.CohortSettings_CohortFragmentDoc,
    "\n  fragment EnrollmentResult_enrollment on Enrollment {\n    id\n    status\n    waitlistPosition\n    cohort {\n      id\n      title\n      meeting {\n        url\n        passcode\n      }\n      ...EnrollPanel_cohort\n    }\n  }\n": types.EnrollmentResult_EnrollmentFragmentDoc,
    "\n  mutation Enroll($cohortId: ID!) {\n    enroll(cohortId: $cohortId) {\n      id\n      ...EnrollmentResult_enrollment\n    }\n  }\n": types.EnrollDocument,
    "\n  mutation LeaveCohort($cohortId: ID!) {\n    leaveCohort(cohortId: $cohortId) {\n      id\n      ...EnrollmentResult_enrollment\n    }\n  }\n": types.LeaveCohortDocument,
    "\n  mutation JoinCohortByCode($code: String!) {\n    joinCohortByCode(code: $code) {\n      id\n      ...EnrollmentResult_enrollment\n    }\n  }\n": types.JoinCohortByCodeDocument,
    "\n  fragment EnrollPanel_cohort on Cohort {\n    id\n    title\n    status\n    requiresApproval\n    enrollmentClosed\n    enrollmentOpensAt\n    enrollmentClosesAt\n    viewerCanManage\n    seats {\n      left\n      capacity\n      enrolled\n      waitlisted\n    }\n    viewerEnrollment {\n      id\n      status\n      waitlistPosition\n    }\n  }\n": types.EnrollPanel_CohortFragmentDoc,
    "\n  fragment MyCohortCard_cohort on Cohort {\n    id\n    title\n    status\n    timeZone\n    viewerCanManage\n    chapter {\n      id\n      name\n      slug\n    }\n    viewerEnrollment {\n      id\n      status\n      waitlistPosition\n    }\n    nextSession {\n      id\n      number\n      title\n      startsAt\n    }\n  }\n": types.MyCohortCard_CohortFragmentDoc,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      role\n      chapter {\n        id\n        name\n        slug\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment InvitationPreview_preview on InvitationPreview {\n    chapterName\n    chapterSlug\n    role\n    maskedEmail\n    status\n    expiresAt\n  }\n": types.InvitationPreview_PreviewFragmentDoc,
    "\n  fragment MyInvitation_invitation on Invitation {\n    id\n    role\n    expiresAt\n    chapter {\n      id\n      name\n      regionName\n    }\n  }\n": types.MyInvitation_InvitationFragmentDoc,
    "\n  fragment OutboxMessage_message on OutboxMessage {\n    id\n    to\n    subject\n    status\n    kind\n    createdAt\n    sentAt\n    attempts\n    lastError\n    textBody\n  }\n": types.OutboxMessage_MessageFragmentDoc,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      ...ViewerFields\n      ...ProfileForm_me\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignOutOtherSessions {\n    signOutOtherSessions\n  }\n": types.SignOutOtherSessionsDocument,
    "\n  fragment ProfileForm_me on Me {\n    id\n    email\n    displayName\n    timeZone\n    version\n  }\n": types.ProfileForm_MeFragmentDoc,
    "\n  query CohortRoster($cohortId: ID!, $first: Int, $after: String) {\n    cohort(id: $cohortId) {\n      id\n      seats {\n        enrolled\n        pending\n        waitlisted\n      }\n    }\n    cohortRoster(cohortId: $cohortId, first: $first, after: $after) {\n      nodes {\n        enrollmentId\n        ...RosterRow_entry\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.CohortRosterDocument,
    "\n  fragment RosterEnrollment_enrollment on Enrollment {\n    id\n    status\n    waitlistPosition\n    cohort {\n      id\n      seats {\n        capacity\n        enrolled\n        left\n        pending\n        waitlisted\n      }\n    }\n  }\n": types.RosterEnrollment_EnrollmentFragmentDoc,
    "\n  mutation ApproveEnrollment($id: ID!) {\n    approveEnrollment(id: $id) {\n      id\n      ...RosterEnrollment_enrollment\n    }\n  }\n": types.ApproveEnrollmentDocument,
    "\n  mutation DeclineEnrollment($id: ID!) {\n    declineEnrollment(id: $id) {\n      id\n      ...RosterEnrollment_enrollment\n    }\n  }\n": types.DeclineEnrollmentDocument,
    "\n  mutation RemoveEnrollment($id: ID!) {\n    removeEnrollment(id: $id) {\n      id\n      ...RosterEnrollment_enrollment\n    }\n  }\n": types.RemoveEnrollmentDocument,
    "\n  mutation MoveEnrollment($id: ID!, $targetCohortId: ID!) {\n    moveEnrollment(id: $id, targetCohortId: $targetCohortId) {\n      id\n      ...RosterEnrollment_enrollment\n      cohort {\n        id\n        title\n      }\n    }\n  }\n": types.MoveEnrollmentDocument,
    "\n  fragment RosterRow_entry on RosterEntry {\n    enrollmentId\n    userId\n    displayName\n    email\n    timeZone\n    status\n    source\n    waitlistPosition\n    since\n  }\n": types.RosterRow_EntryFragmentDoc,
    "\n  fragment CohortSessionsList_cohort on Cohort {\n    id\n    timeZone\n    sessions {\n      id\n      number\n      title\n      startsAt\n      endsAt\n      durationMinutes\n      status\n      isMakeup\n    }\n  }\n": types.CohortSessionsList_CohortFragmentDoc,
    "\n  fragment NextSessionCard_session on CohortSession {\n    id\n    number\n    title\n    startsAt\n    endsAt\n    status\n    cohort {\n      id\n      title\n      timeZone\n      meeting {\n        url\n        passcode\n      }\n    }\n  }\n": types.NextSessionCard_SessionFragmentDoc,
    "\n  fragment ScheduleSession_session on CohortSession {\n    id\n    number\n    title\n    startsAt\n    endsAt\n    status\n    isMakeup\n    cohort {\n      id\n      title\n      timeZone\n    }\n  }\n": types.ScheduleSession_SessionFragmentDoc,
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
export function graphql(source: "\n  query AcceptInvitationPage($token: String!) {\n    invitationPreview(token: $token) {\n      status\n      ...InvitationPreview_preview\n    }\n  }\n"): (typeof documents)["\n  query AcceptInvitationPage($token: String!) {\n    invitationPreview(token: $token) {\n      status\n      ...InvitationPreview_preview\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogPage($filter: CatalogFilterInput, $first: Int, $after: String) {\n    catalog(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        ...CatalogCard_cohort\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    modalities {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query CatalogPage($filter: CatalogFilterInput, $first: Int, $after: String) {\n    catalog(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        ...CatalogCard_cohort\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    modalities {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChapterPage($slug: String!) {\n    chapter(slug: $slug) {\n      id\n      name\n      ...ChapterPublic_chapter\n    }\n  }\n"): (typeof documents)["\n  query ChapterPage($slug: String!) {\n    chapter(slug: $slug) {\n      id\n      name\n      ...ChapterPublic_chapter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortPage($id: ID!) {\n    cohort(id: $id) {\n      id\n      title\n      description\n      status\n      timeZone\n      viewerCanManage\n      chapter {\n        id\n        name\n        slug\n        regionName\n      }\n      mentors {\n        userId\n        displayName\n        isLead\n      }\n      modalities {\n        id\n        code\n        name\n      }\n      viewerEnrollment {\n        id\n        status\n      }\n      nextSession {\n        id\n        ...NextSessionCard_session\n      }\n      ...CohortSessionsList_cohort\n      ...EnrollPanel_cohort\n    }\n  }\n"): (typeof documents)["\n  query CohortPage($id: ID!) {\n    cohort(id: $id) {\n      id\n      title\n      description\n      status\n      timeZone\n      viewerCanManage\n      chapter {\n        id\n        name\n        slug\n        regionName\n      }\n      mentors {\n        userId\n        displayName\n        isLead\n      }\n      modalities {\n        id\n        code\n        name\n      }\n      viewerEnrollment {\n        id\n        status\n      }\n      nextSession {\n        id\n        ...NextSessionCard_session\n      }\n      ...CohortSessionsList_cohort\n      ...EnrollPanel_cohort\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage($withMyChapters: Boolean!, $withAllChapters: Boolean!, $chaptersFirst: Int, $chaptersAfter: String) {\n    viewer {\n      id\n      memberships {\n        id\n        role\n        chapterId\n      }\n    }\n    myInvitations {\n      id\n      ...MyInvitation_invitation\n    }\n    myCohorts {\n      id\n      ...MyCohortCard_cohort\n    }\n    nextSession {\n      id\n      ...NextSessionCard_session\n    }\n    myChapters @include(if: $withMyChapters) {\n      id\n      name\n      ...ChapterSummary_chapter\n      ...ChapterAdminPanel_chapter\n    }\n    chapters(first: $chaptersFirst, after: $chaptersAfter) @include(if: $withAllChapters) {\n      nodes {\n        id\n        ...ChapterRow_chapter\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query HomePage($withMyChapters: Boolean!, $withAllChapters: Boolean!, $chaptersFirst: Int, $chaptersAfter: String) {\n    viewer {\n      id\n      memberships {\n        id\n        role\n        chapterId\n      }\n    }\n    myInvitations {\n      id\n      ...MyInvitation_invitation\n    }\n    myCohorts {\n      id\n      ...MyCohortCard_cohort\n    }\n    nextSession {\n      id\n      ...NextSessionCard_session\n    }\n    myChapters @include(if: $withMyChapters) {\n      id\n      name\n      ...ChapterSummary_chapter\n      ...ChapterAdminPanel_chapter\n    }\n    chapters(first: $chaptersFirst, after: $chaptersAfter) @include(if: $withAllChapters) {\n      nodes {\n        id\n        ...ChapterRow_chapter\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortManagePage($id: ID!) {\n    cohort(id: $id) {\n      id\n      title\n      status\n      version\n      viewerCanManage\n      description\n      chapter {\n        id\n        name\n        slug\n      }\n      seats {\n        capacity\n        enrolled\n        left\n        pending\n        waitlisted\n      }\n      ...CohortStatusActions_cohort\n      ...EnrollmentControls_cohort\n      ...CohortSettings_cohort\n      ...ScheduleEditor_cohort\n      ...CoMentors_cohort\n    }\n    modalities {\n      id\n      code\n      name\n    }\n    myCohorts {\n      id\n      title\n      status\n      viewerCanManage\n    }\n  }\n"): (typeof documents)["\n  query CohortManagePage($id: ID!) {\n    cohort(id: $id) {\n      id\n      title\n      status\n      version\n      viewerCanManage\n      description\n      chapter {\n        id\n        name\n        slug\n      }\n      seats {\n        capacity\n        enrolled\n        left\n        pending\n        waitlisted\n      }\n      ...CohortStatusActions_cohort\n      ...EnrollmentControls_cohort\n      ...CohortSettings_cohort\n      ...ScheduleEditor_cohort\n      ...CoMentors_cohort\n    }\n    modalities {\n      id\n      code\n      name\n    }\n    myCohorts {\n      id\n      title\n      status\n      viewerCanManage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewCohortPage {\n    myChapters {\n      id\n      name\n      timeZone\n    }\n    modalities {\n      id\n      code\n      name\n    }\n    cohortTemplates {\n      id\n      ...WizardTemplate_template\n    }\n  }\n"): (typeof documents)["\n  query NewCohortPage {\n    myChapters {\n      id\n      name\n      timeZone\n    }\n    modalities {\n      id\n      code\n      name\n    }\n    cohortTemplates {\n      id\n      ...WizardTemplate_template\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxPage($to: String, $first: Int, $after: String) {\n    outboxMessages(to: $to, first: $first, after: $after) {\n      nodes {\n        id\n        ...OutboxMessage_message\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query OutboxPage($to: String, $first: Int, $after: String) {\n    outboxMessages(to: $to, first: $first, after: $after) {\n      nodes {\n        id\n        ...OutboxMessage_message\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfilePage {\n    viewer {\n      id\n      version\n      timeZone\n      ...ProfileForm_me\n    }\n    calendarFeed {\n      ...CalendarFeed_feed\n    }\n  }\n"): (typeof documents)["\n  query ProfilePage {\n    viewer {\n      id\n      version\n      timeZone\n      ...ProfileForm_me\n    }\n    calendarFeed {\n      ...CalendarFeed_feed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedulePage($from: DateTime!, $to: DateTime!) {\n    mySchedule(from: $from, to: $to) {\n      id\n      ...ScheduleSession_session\n    }\n    nextSession {\n      id\n      ...NextSessionCard_session\n    }\n  }\n"): (typeof documents)["\n  query SchedulePage($from: DateTime!, $to: DateTime!) {\n    mySchedule(from: $from, to: $to) {\n      id\n      ...ScheduleSession_session\n    }\n    nextSession {\n      id\n      ...NextSessionCard_session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortAnnouncements($cohortId: ID!, $first: Int, $after: String) {\n    cohort(id: $cohortId) {\n      id\n      announcements(first: $first, after: $after) {\n        nodes {\n          id\n          ...AnnouncementItem_announcement\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortAnnouncements($cohortId: ID!, $first: Int, $after: String) {\n    cohort(id: $cohortId) {\n      id\n      announcements(first: $first, after: $after) {\n        nodes {\n          id\n          ...AnnouncementItem_announcement\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostAnnouncement($cohortId: ID!, $body: String!) {\n    postAnnouncement(cohortId: $cohortId, body: $body) {\n      id\n      cohortId\n      ...AnnouncementItem_announcement\n    }\n  }\n"): (typeof documents)["\n  mutation PostAnnouncement($cohortId: ID!, $body: String!) {\n    postAnnouncement(cohortId: $cohortId, body: $body) {\n      id\n      cohortId\n      ...AnnouncementItem_announcement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnnouncementItem_announcement on Announcement {\n    id\n    body\n    kind\n    authorName\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AnnouncementItem_announcement on Announcement {\n    id\n    body\n    kind\n    authorName\n    createdAt\n  }\n"];
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
export function graphql(source: "\n  query CalendarFeed {\n    calendarFeed {\n      ...CalendarFeed_feed\n    }\n  }\n"): (typeof documents)["\n  query CalendarFeed {\n    calendarFeed {\n      ...CalendarFeed_feed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed {\n      ...CalendarFeed_feed\n    }\n  }\n"): (typeof documents)["\n  mutation ResetCalendarFeed {\n    resetCalendarFeed {\n      ...CalendarFeed_feed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarFeed_feed on CalendarFeed {\n    url\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CalendarFeed_feed on CalendarFeed {\n    url\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogCard_cohort on Cohort {\n    id\n    title\n    timeZone\n    requiresApproval\n    chapter {\n      id\n      name\n      region\n      regionName\n    }\n    modalities {\n      id\n      code\n      name\n    }\n    seats {\n      left\n      capacity\n      waitlisted\n    }\n    sessions {\n      id\n      number\n      title\n      startsAt\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment CatalogCard_cohort on Cohort {\n    id\n    title\n    timeZone\n    requiresApproval\n    chapter {\n      id\n      name\n      region\n      regionName\n    }\n    modalities {\n      id\n      code\n      name\n    }\n    seats {\n      left\n      capacity\n      waitlisted\n    }\n    sessions {\n      id\n      number\n      title\n      startsAt\n      status\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCohort($input: UpdateCohortInput!) {\n    updateCohort(input: $input) {\n      id\n      version\n      ...CohortSettings_cohort\n      seats {\n        capacity\n        enrolled\n        left\n        pending\n        waitlisted\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCohort($input: UpdateCohortInput!) {\n    updateCohort(input: $input) {\n      id\n      version\n      ...CohortSettings_cohort\n      seats {\n        capacity\n        enrolled\n        left\n        pending\n        waitlisted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCohortStatus($id: ID!, $status: CohortStatus!) {\n    setCohortStatus(id: $id, status: $status) {\n      id\n      status\n      version\n      sessions {\n        id\n        status\n        sequence\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCohortStatus($id: ID!, $status: CohortStatus!) {\n    setCohortStatus(id: $id, status: $status) {\n      id\n      status\n      version\n      sessions {\n        id\n        status\n        sequence\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScheduleEditorSession_session on CohortSession {\n    id\n    number\n    title\n    startsAt\n    endsAt\n    durationMinutes\n    status\n    isMakeup\n    version\n  }\n"): (typeof documents)["\n  fragment ScheduleEditorSession_session on CohortSession {\n    id\n    number\n    title\n    startsAt\n    endsAt\n    durationMinutes\n    status\n    isMakeup\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      id\n      ...ScheduleEditorSession_session\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      id\n      ...ScheduleEditorSession_session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSession($sessionId: ID!, $reason: String) {\n    cancelSession(sessionId: $sessionId, reason: $reason) {\n      id\n      ...ScheduleEditorSession_session\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSession($sessionId: ID!, $reason: String) {\n    cancelSession(sessionId: $sessionId, reason: $reason) {\n      id\n      ...ScheduleEditorSession_session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMakeupSession($input: MakeupSessionInput!) {\n    addMakeupSession(input: $input) {\n      id\n      cohortId\n      ...ScheduleEditorSession_session\n    }\n  }\n"): (typeof documents)["\n  mutation AddMakeupSession($input: MakeupSessionInput!) {\n    addMakeupSession(input: $input) {\n      id\n      cohortId\n      ...ScheduleEditorSession_session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShiftSessions($input: ShiftSessionsInput!) {\n    shiftSessions(input: $input) {\n      id\n      cohortId\n      ...ScheduleEditorSession_session\n    }\n  }\n"): (typeof documents)["\n  mutation ShiftSessions($input: ShiftSessionsInput!) {\n    shiftSessions(input: $input) {\n      id\n      cohortId\n      ...ScheduleEditorSession_session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateInviteCode($cohortId: ID!) {\n    regenerateInviteCode(cohortId: $cohortId) {\n      id\n      inviteCode\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateInviteCode($cohortId: ID!) {\n    regenerateInviteCode(cohortId: $cohortId) {\n      id\n      inviteCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCoMentor($cohortId: ID!, $email: String!) {\n    addCoMentor(cohortId: $cohortId, email: $email) {\n      id\n      mentors {\n        userId\n        displayName\n        isLead\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddCoMentor($cohortId: ID!, $email: String!) {\n    addCoMentor(cohortId: $cohortId, email: $email) {\n      id\n      mentors {\n        userId\n        displayName\n        isLead\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCoMentor($cohortId: ID!, $userId: ID!) {\n    removeCoMentor(cohortId: $cohortId, userId: $userId) {\n      id\n      mentors {\n        userId\n        displayName\n        isLead\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCoMentor($cohortId: ID!, $userId: ID!) {\n    removeCoMentor(cohortId: $cohortId, userId: $userId) {\n      id\n      mentors {\n        userId\n        displayName\n        isLead\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCohortTemplate($cohortId: ID!, $name: String!) {\n    saveCohortTemplate(cohortId: $cohortId, name: $name) {\n      id\n      ...WizardTemplate_template\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCohortTemplate($cohortId: ID!, $name: String!) {\n    saveCohortTemplate(cohortId: $cohortId, name: $name) {\n      id\n      ...WizardTemplate_template\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChapterCohorts($chapterId: ID!, $first: Int, $after: String) {\n    chapterCohorts(chapterId: $chapterId, first: $first, after: $after) {\n      nodes {\n        id\n        ...ChapterCohortRow_cohort\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ChapterCohorts($chapterId: ID!, $first: Int, $after: String) {\n    chapterCohorts(chapterId: $chapterId, first: $first, after: $after) {\n      nodes {\n        id\n        ...ChapterCohortRow_cohort\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChapterCohortRow_cohort on Cohort {\n    id\n    title\n    status\n    timeZone\n    seats {\n      capacity\n      enrolled\n      waitlisted\n    }\n    nextSession {\n      id\n      number\n      startsAt\n    }\n  }\n"): (typeof documents)["\n  fragment ChapterCohortRow_cohort on Cohort {\n    id\n    title\n    status\n    timeZone\n    seats {\n      capacity\n      enrolled\n      waitlisted\n    }\n    nextSession {\n      id\n      number\n      startsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoMentors_cohort on Cohort {\n    id\n    mentors {\n      userId\n      displayName\n      isLead\n    }\n  }\n"): (typeof documents)["\n  fragment CoMentors_cohort on Cohort {\n    id\n    mentors {\n      userId\n      displayName\n      isLead\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortStatusActions_cohort on Cohort {\n    id\n    title\n    status\n    seats {\n      enrolled\n      pending\n      waitlisted\n    }\n  }\n"): (typeof documents)["\n  fragment CohortStatusActions_cohort on Cohort {\n    id\n    title\n    status\n    seats {\n      enrolled\n      pending\n      waitlisted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WizardTemplate_template on CohortTemplate {\n    id\n    name\n    chapterId\n    title\n    description\n    capacity\n    timeZone\n    localTime\n    durationMinutes\n    cadence\n    weekday\n    sessionCount\n    sessionTitles\n    modalityCodes\n    requiresApproval\n  }\n"): (typeof documents)["\n  fragment WizardTemplate_template on CohortTemplate {\n    id\n    name\n    chapterId\n    title\n    description\n    capacity\n    timeZone\n    localTime\n    durationMinutes\n    cadence\n    weekday\n    sessionCount\n    sessionTitles\n    modalityCodes\n    requiresApproval\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnrollmentControls_cohort on Cohort {\n    id\n    title\n    status\n    inviteCode\n    enrollmentClosed\n    seats {\n      capacity\n      enrolled\n      left\n      pending\n      waitlisted\n    }\n    ...CohortSettings_cohort\n  }\n"): (typeof documents)["\n  fragment EnrollmentControls_cohort on Cohort {\n    id\n    title\n    status\n    inviteCode\n    enrollmentClosed\n    seats {\n      capacity\n      enrolled\n      left\n      pending\n      waitlisted\n    }\n    ...CohortSettings_cohort\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScheduleEditor_cohort on Cohort {\n    id\n    status\n    timeZone\n    localTime\n    durationMinutes\n    sessions {\n      id\n      ...ScheduleEditorSession_session\n    }\n  }\n"): (typeof documents)["\n  fragment ScheduleEditor_cohort on Cohort {\n    id\n    status\n    timeZone\n    localTime\n    durationMinutes\n    sessions {\n      id\n      ...ScheduleEditorSession_session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortSettings_cohort on Cohort {\n    id\n    version\n    title\n    description\n    capacity\n    timeZone\n    requiresApproval\n    enrollmentClosed\n    enrollmentOpensAt\n    enrollmentClosesAt\n    meeting {\n      url\n      passcode\n    }\n    modalities {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  fragment CohortSettings_cohort on Cohort {\n    id\n    version\n    title\n    description\n    capacity\n    timeZone\n    requiresApproval\n    enrollmentClosed\n    enrollmentOpensAt\n    enrollmentClosesAt\n    meeting {\n      url\n      passcode\n    }\n    modalities {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnrollmentResult_enrollment on Enrollment {\n    id\n    status\n    waitlistPosition\n    cohort {\n      id\n      title\n      meeting {\n        url\n        passcode\n      }\n      ...EnrollPanel_cohort\n    }\n  }\n"): (typeof documents)["\n  fragment EnrollmentResult_enrollment on Enrollment {\n    id\n    status\n    waitlistPosition\n    cohort {\n      id\n      title\n      meeting {\n        url\n        passcode\n      }\n      ...EnrollPanel_cohort\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Enroll($cohortId: ID!) {\n    enroll(cohortId: $cohortId) {\n      id\n      ...EnrollmentResult_enrollment\n    }\n  }\n"): (typeof documents)["\n  mutation Enroll($cohortId: ID!) {\n    enroll(cohortId: $cohortId) {\n      id\n      ...EnrollmentResult_enrollment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveCohort($cohortId: ID!) {\n    leaveCohort(cohortId: $cohortId) {\n      id\n      ...EnrollmentResult_enrollment\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveCohort($cohortId: ID!) {\n    leaveCohort(cohortId: $cohortId) {\n      id\n      ...EnrollmentResult_enrollment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinCohortByCode($code: String!) {\n    joinCohortByCode(code: $code) {\n      id\n      ...EnrollmentResult_enrollment\n    }\n  }\n"): (typeof documents)["\n  mutation JoinCohortByCode($code: String!) {\n    joinCohortByCode(code: $code) {\n      id\n      ...EnrollmentResult_enrollment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnrollPanel_cohort on Cohort {\n    id\n    title\n    status\n    requiresApproval\n    enrollmentClosed\n    enrollmentOpensAt\n    enrollmentClosesAt\n    viewerCanManage\n    seats {\n      left\n      capacity\n      enrolled\n      waitlisted\n    }\n    viewerEnrollment {\n      id\n      status\n      waitlistPosition\n    }\n  }\n"): (typeof documents)["\n  fragment EnrollPanel_cohort on Cohort {\n    id\n    title\n    status\n    requiresApproval\n    enrollmentClosed\n    enrollmentOpensAt\n    enrollmentClosesAt\n    viewerCanManage\n    seats {\n      left\n      capacity\n      enrolled\n      waitlisted\n    }\n    viewerEnrollment {\n      id\n      status\n      waitlistPosition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyCohortCard_cohort on Cohort {\n    id\n    title\n    status\n    timeZone\n    viewerCanManage\n    chapter {\n      id\n      name\n      slug\n    }\n    viewerEnrollment {\n      id\n      status\n      waitlistPosition\n    }\n    nextSession {\n      id\n      number\n      title\n      startsAt\n    }\n  }\n"): (typeof documents)["\n  fragment MyCohortCard_cohort on Cohort {\n    id\n    title\n    status\n    timeZone\n    viewerCanManage\n    chapter {\n      id\n      name\n      slug\n    }\n    viewerEnrollment {\n      id\n      status\n      waitlistPosition\n    }\n    nextSession {\n      id\n      number\n      title\n      startsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      role\n      chapter {\n        id\n        name\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      role\n      chapter {\n        id\n        name\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationPreview_preview on InvitationPreview {\n    chapterName\n    chapterSlug\n    role\n    maskedEmail\n    status\n    expiresAt\n  }\n"): (typeof documents)["\n  fragment InvitationPreview_preview on InvitationPreview {\n    chapterName\n    chapterSlug\n    role\n    maskedEmail\n    status\n    expiresAt\n  }\n"];
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
export function graphql(source: "\n  query CohortRoster($cohortId: ID!, $first: Int, $after: String) {\n    cohort(id: $cohortId) {\n      id\n      seats {\n        enrolled\n        pending\n        waitlisted\n      }\n    }\n    cohortRoster(cohortId: $cohortId, first: $first, after: $after) {\n      nodes {\n        enrollmentId\n        ...RosterRow_entry\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CohortRoster($cohortId: ID!, $first: Int, $after: String) {\n    cohort(id: $cohortId) {\n      id\n      seats {\n        enrolled\n        pending\n        waitlisted\n      }\n    }\n    cohortRoster(cohortId: $cohortId, first: $first, after: $after) {\n      nodes {\n        enrollmentId\n        ...RosterRow_entry\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RosterEnrollment_enrollment on Enrollment {\n    id\n    status\n    waitlistPosition\n    cohort {\n      id\n      seats {\n        capacity\n        enrolled\n        left\n        pending\n        waitlisted\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RosterEnrollment_enrollment on Enrollment {\n    id\n    status\n    waitlistPosition\n    cohort {\n      id\n      seats {\n        capacity\n        enrolled\n        left\n        pending\n        waitlisted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveEnrollment($id: ID!) {\n    approveEnrollment(id: $id) {\n      id\n      ...RosterEnrollment_enrollment\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveEnrollment($id: ID!) {\n    approveEnrollment(id: $id) {\n      id\n      ...RosterEnrollment_enrollment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineEnrollment($id: ID!) {\n    declineEnrollment(id: $id) {\n      id\n      ...RosterEnrollment_enrollment\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineEnrollment($id: ID!) {\n    declineEnrollment(id: $id) {\n      id\n      ...RosterEnrollment_enrollment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveEnrollment($id: ID!) {\n    removeEnrollment(id: $id) {\n      id\n      ...RosterEnrollment_enrollment\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveEnrollment($id: ID!) {\n    removeEnrollment(id: $id) {\n      id\n      ...RosterEnrollment_enrollment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveEnrollment($id: ID!, $targetCohortId: ID!) {\n    moveEnrollment(id: $id, targetCohortId: $targetCohortId) {\n      id\n      ...RosterEnrollment_enrollment\n      cohort {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveEnrollment($id: ID!, $targetCohortId: ID!) {\n    moveEnrollment(id: $id, targetCohortId: $targetCohortId) {\n      id\n      ...RosterEnrollment_enrollment\n      cohort {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RosterRow_entry on RosterEntry {\n    enrollmentId\n    userId\n    displayName\n    email\n    timeZone\n    status\n    source\n    waitlistPosition\n    since\n  }\n"): (typeof documents)["\n  fragment RosterRow_entry on RosterEntry {\n    enrollmentId\n    userId\n    displayName\n    email\n    timeZone\n    status\n    source\n    waitlistPosition\n    since\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortSessionsList_cohort on Cohort {\n    id\n    timeZone\n    sessions {\n      id\n      number\n      title\n      startsAt\n      endsAt\n      durationMinutes\n      status\n      isMakeup\n    }\n  }\n"): (typeof documents)["\n  fragment CohortSessionsList_cohort on Cohort {\n    id\n    timeZone\n    sessions {\n      id\n      number\n      title\n      startsAt\n      endsAt\n      durationMinutes\n      status\n      isMakeup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NextSessionCard_session on CohortSession {\n    id\n    number\n    title\n    startsAt\n    endsAt\n    status\n    cohort {\n      id\n      title\n      timeZone\n      meeting {\n        url\n        passcode\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NextSessionCard_session on CohortSession {\n    id\n    number\n    title\n    startsAt\n    endsAt\n    status\n    cohort {\n      id\n      title\n      timeZone\n      meeting {\n        url\n        passcode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScheduleSession_session on CohortSession {\n    id\n    number\n    title\n    startsAt\n    endsAt\n    status\n    isMakeup\n    cohort {\n      id\n      title\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  fragment ScheduleSession_session on CohortSession {\n    id\n    number\n    title\n    startsAt\n    endsAt\n    status\n    isMakeup\n    cohort {\n      id\n      title\n      timeZone\n    }\n  }\n"];
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