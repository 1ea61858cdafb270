import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Badge, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Role } from '@gantry/shared';
import { EmptyState, Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { graphql } from '@/gql';
import type { ChapterRole, HomePageQuery as HomePageData } from '@/gql/graphql';
import { ChapterAdminPanel } from '@/features/chapters/components/ChapterAdminPanel';
import { ChapterCohortsList } from '@/features/cohorts/components/ChapterCohortsList';
import { ChapterSummaryCard } from '@/features/chapters/components/ChapterSummaryCard';
import { ChaptersTable } from '@/features/chapters/components/ChaptersTable';
import { CreateChapterForm } from '@/features/chapters/components/CreateChapterForm';
import { chapterRoleLabel } from '@/features/chapters/components/labels';
import { HomeSection } from '@/features/home/components/HomeSection';
import { MyCohortCard } from '@/features/home/components/MyCohortCard';
import { MyCohortsSection } from '@/features/home/components/MyCohortsSection';
import { ROLE_INTRO, ROLE_NAME } from '@/features/home/components/roleText';
import { MyInvitationsList } from '@/features/invitations/components/MyInvitationsList';
import { CheckInPanel } from '@/features/attendance/components/CheckInPanel';
import { NextSessionCard } from '@/features/schedule/components/NextSessionCard';
import { TodoCard } from '@/features/todo/components/TodoCard';
import { homeRoleOf, sharedRoles, useViewer, type Viewer } from '@/lib/viewer';
import { paths } from '@/paths';

/**
 * The home page's one query. What it asks for depends on the viewer's roles (known from
 * the shell's viewer query), so a student never asks for admin-only fields.
 */
const HomePageQuery = graphql(`
  query HomePage($withMyChapters: Boolean!, $withAllChapters: Boolean!, $withHomework: Boolean!, $chaptersFirst: Int, $chaptersAfter: String) {
    viewer {
      id
      memberships {
        id
        role
        chapterId
      }
    }
    myInvitations {
      id
      ...MyInvitation_invitation
    }
    myCohorts {
      id
      ...MyCohortCard_cohort
    }
    nextSession {
      id
      cohort {
        id
        viewerCanManage
      }
      ...NextSessionCard_session
      ...CheckInPanel_session
    }
    myHomework(first: 3) @include(if: $withHomework) {
      nodes {
        assignment {
          id
        }
        ...TodoItem_item
      }
      totalCount
    }
    myChapters @include(if: $withMyChapters) {
      id
      name
      ...ChapterSummary_chapter
      ...ChapterAdminPanel_chapter
    }
    chapters(first: $chaptersFirst, after: $chaptersAfter) @include(if: $withAllChapters) {
      nodes {
        id
        ...ChapterRow_chapter
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const CHAPTERS_PAGE_SIZE = 20;

interface SectionProps {
  viewer: Viewer;
  data: HomePageData;
  reload: () => void;
}

export function Component() {
  const { viewer } = useViewer();
  if (!viewer) return <Loading />; // RequireAuth guarantees a viewer; this is for the type.
  return <Home viewer={viewer} />;
}

function Home({ viewer }: { viewer: Viewer }) {
  const roles = sharedRoles(viewer.roles);
  const role = homeRoleOf(viewer.roles);
  const { data, error, refetch, fetchMore, loading } = useQuery(HomePageQuery, {
    variables: {
      withMyChapters: roles.includes(Role.Mentor) || roles.includes(Role.ChapterAdmin),
      withAllChapters: role === Role.PlatformAdmin,
      withHomework: role === Role.Student,
      chaptersFirst: CHAPTERS_PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const reload = () => void refetch();

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Group gap="sm" align="center">
          <PageTitle documentTitle="Home">Welcome, {viewer.displayName}</PageTitle>
        </Group>
        <Group gap="xs">
          <Badge variant="outline" color="blue.9" data-testid="home-role">
            {ROLE_NAME[role]}
          </Badge>
          <Text>{ROLE_INTRO[role]}</Text>
        </Group>
      </Stack>
      {error && !data ? <QueryError error={error} onRetry={reload} /> : null}
      {!data && !error ? <Loading /> : null}
      {data ? (
        role === Role.PlatformAdmin ? (
          <PlatformAdminHome
            viewer={viewer}
            data={data}
            reload={reload}
            loadingMore={loading}
            onLoadMore={() => void fetchMore({ variables: { chaptersAfter: data.chapters?.pageInfo.endCursor } })}
          />
        ) : role === Role.ChapterAdmin ? (
          <ChapterAdminHome viewer={viewer} data={data} reload={reload} />
        ) : role === Role.Mentor ? (
          <MentorHome viewer={viewer} data={data} reload={reload} />
        ) : (
          <StudentHome viewer={viewer} data={data} reload={reload} />
        )
      ) : null}
    </Stack>
  );
}

function InvitationsSection({ viewer, data, alwaysShow }: SectionProps & { alwaysShow: boolean }) {
  if (!alwaysShow && data.myInvitations.length === 0) return null;
  return (
    <HomeSection id="my-invitations" title="Chapter invitations">
      <MyInvitationsList invitations={data.myInvitations} viewerZone={viewer.timeZone} />
    </HomeSection>
  );
}

function CohortsSection({ viewer, data, canCreate }: SectionProps & { canCreate: boolean }) {
  return (
    <MyCohortsSection canCreate={canCreate} count={data.myCohorts.length}>
      {data.myCohorts.map((c) => (
        <MyCohortCard key={c.id} cohort={c} viewerZone={viewer.timeZone} />
      ))}
    </MyCohortsSection>
  );
}

function NextSession({ viewer, data }: SectionProps) {
  const next = data.nextSession;
  if (!next) return null;
  // A student joining from home is checked in as they join, as on the cohort page.
  const join = next.cohort.viewerCanManage ? undefined : <CheckInPanel session={next} viewerZone={viewer.timeZone} />;
  return <NextSessionCard session={next} viewerZone={viewer.timeZone} join={join} />;
}

function StudentHome(props: SectionProps) {
  const homework = props.data.myHomework;
  return (
    <Stack gap="lg">
      <NextSession {...props} />
      {homework ? <TodoCard items={homework.nodes} totalCount={homework.totalCount} viewerZone={props.viewer.timeZone} /> : null}
      <CohortsSection {...props} canCreate={false} />
      <InvitationsSection {...props} alwaysShow />
    </Stack>
  );
}

/** Chapters where the viewer holds `role`, with that membership. */
function chaptersWithRole(data: HomePageData, role: ChapterRole) {
  const ids = new Set(data.viewer?.memberships.filter((m) => m.role === role).map((m) => m.chapterId));
  return (data.myChapters ?? []).filter((c) => ids.has(c.id));
}

function MentorChapters({ data, title }: { data: HomePageData; title: string }) {
  const chapters = chaptersWithRole(data, 'MENTOR');
  return (
    <HomeSection id="my-chapters" title={title}>
      {chapters.length === 0 ? (
        <EmptyState>You are not a mentor in any chapter yet.</EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {chapters.map((c) => (
            <ChapterSummaryCard key={c.id} chapter={c} role={chapterRoleLabel.MENTOR} />
          ))}
        </SimpleGrid>
      )}
    </HomeSection>
  );
}

function MentorHome(props: SectionProps) {
  return (
    <Stack gap="lg">
      <NextSession {...props} />
      <CohortsSection {...props} canCreate />
      <MentorChapters data={props.data} title="My chapters" />
      <InvitationsSection {...props} alwaysShow={false} />
    </Stack>
  );
}

function ChapterAdminHome(props: SectionProps) {
  const { viewer, data, reload } = props;
  const adminChapters = chaptersWithRole(data, 'CHAPTER_ADMIN');
  const mentorsToo = chaptersWithRole(data, 'MENTOR').length > 0;
  return (
    <Stack gap="lg">
      {adminChapters.map((c) => (
        <ChapterAdminPanel
          key={c.id}
          chapter={c}
          viewerZone={viewer.timeZone}
          viewerId={viewer.id}
          onReload={reload}
          cohorts={<ChapterCohortsList chapterId={c.id} chapterName={c.name} viewerZone={viewer.timeZone} />}
        />
      ))}
      {mentorsToo || data.myCohorts.length > 0 ? <CohortsSection {...props} canCreate={mentorsToo} /> : null}
      {mentorsToo ? <MentorChapters data={data} title="Chapters you mentor in" /> : null}
      <InvitationsSection {...props} alwaysShow={false} />
    </Stack>
  );
}

function PlatformAdminHome(props: SectionProps & { loadingMore: boolean; onLoadMore: () => void }) {
  const { viewer, data, loadingMore, onLoadMore } = props;
  const chapters = data.chapters;
  return (
    <Stack gap="lg">
      <HomeSection id="all-chapters" title="Chapters">
        {chapters ? (
          <ChaptersTable
            chapters={chapters.nodes}
            totalCount={chapters.totalCount}
            hasMore={chapters.pageInfo.hasNextPage}
            loadingMore={loadingMore}
            onLoadMore={onLoadMore}
            viewerZone={viewer.timeZone}
          />
        ) : null}
      </HomeSection>
      <HomeSection id="create-chapter" title="Create a chapter">
        <CreateChapterForm />
      </HomeSection>
      <HomeSection id="outbox" title="Outbox">
        <Text>Password-reset links and invitations are held in the outbox when no mail server is configured.</Text>
        <Group>
          <Button component={Link} to={paths.outbox.to()} variant="default">
            Open the outbox
          </Button>
        </Group>
      </HomeSection>
      <InvitationsSection {...props} alwaysShow={false} />
    </Stack>
  );
}
