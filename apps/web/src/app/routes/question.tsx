import { useCallback, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorCode, formatInstant, Permission, Role, rolesGrant } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { getFragmentData, graphql } from '@/gql';
import { QuestionPageFragment } from '@/features/questions/api/documents';
import { NoBankAccess } from '@/features/questions/components/NoBankAccess';
import { QuestionBadges } from '@/features/questions/components/QuestionBadges';
import { QuestionForm } from '@/features/questions/components/QuestionForm';
import { QuestionStatusActions } from '@/features/questions/components/QuestionStatusActions';
import { errorCode } from '@/lib/errors';
import { sharedRoles, useViewer, type Viewer } from '@/lib/viewer';
import { paths } from '@/paths';

const QuestionPageQuery = graphql(`
  query QuestionPage($id: ID!) {
    question(id: $id) {
      id
      ...QuestionPage_question
      ...QuestionBadges_question
    }
    modalities {
      id
      code
      name
    }
    examDomains {
      id
      code
      name
    }
    myChapters {
      id
      name
    }
  }
`);

const NewQuestionPageQuery = graphql(`
  query NewQuestionPage {
    modalities {
      id
      code
      name
    }
    examDomains {
      id
      code
      name
    }
    myChapters {
      id
      name
    }
  }
`);

/** One question of the bank (`/questions/:id`), or a new one (`/questions/new`). */
export function Component() {
  const { viewer } = useViewer();
  const { id } = useParams();
  if (!viewer) return <Loading />;
  if (!rolesGrant(sharedRoles(viewer.roles), Permission.UseLibrary)) return <NoBankAccess title={id ? 'Question' : 'New question'} />;
  return id ? <QuestionPage id={id} viewer={viewer} /> : <NewQuestion viewer={viewer} />;
}

function BackLink() {
  return (
    <Anchor component={Link} to={paths.questions.to()} size="sm">
      ← Question bank
    </Anchor>
  );
}

function NewQuestion({ viewer }: { viewer: Viewer }) {
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(NewQuestionPageQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <Stack gap="md" maw={880}>
      <BackLink />
      <Stack gap={4}>
        <PageTitle>New question</PageTitle>
        <Text>One question with four or five options, exactly one of them correct, and a rationale. It starts as a draft; once reviewed, quizzes and mock exams can draw it.</Text>
      </Stack>
      {error && !data ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      {!data && !error ? <Loading /> : null}
      {data ? (
        <QuestionForm
          modalities={data.modalities}
          domains={data.examDomains}
          chapters={data.myChapters}
          canSharePlatform={sharedRoles(viewer.roles).includes(Role.PlatformAdmin)}
          onSaved={(id) => navigate(paths.question.to(id))}
          onCancel={() => navigate(paths.questions.to())}
        />
      ) : null}
    </Stack>
  );
}

function QuestionPage({ id, viewer }: { id: string; viewer: Viewer }) {
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(QuestionPageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [dirty, setDirty] = useState(false);
  // Moves only with the viewer's own status changes (see QuestionForm).
  const [acceptedVersion, setAcceptedVersion] = useState<number | undefined>(undefined);
  const onConflict = useCallback(() => refetch(), [refetch]);

  if (error && !data) {
    if (errorCode(error) === ErrorCode.NotFound) {
      return (
        <Stack maw={640}>
          <PageTitle>Question not found</PageTitle>
          <Text>There is no question at this address that you can use. It may be someone’s draft, or in another chapter’s bank.</Text>
          <Anchor component={Link} to={paths.questions.to()}>
            Search the question bank
          </Anchor>
        </Stack>
      );
    }
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <Loading />;
  const q = getFragmentData(QuestionPageFragment, data.question);

  return (
    <Stack gap="lg" maw={880}>
      <BackLink />
      <Stack gap="xs">
        <PageTitle documentTitle="Question">{q.viewerCanEdit ? 'Edit question' : 'Question'}</PageTitle>
        <QuestionBadges question={data.question} chapters={data.myChapters} />
        <Text size="sm" c="dimmed" data-testid="question-meta">
          Version {q.version}, saved <time dateTime={q.updatedAt}>{formatInstant(q.updatedAt, viewer.timeZone)}</time>
          {q.author ? ` · written by ${q.author}` : ''}
          {q.status === 'REVIEWED' && q.reviewedBy ? ` · reviewed by ${q.reviewedBy}` : ''}
          {q.source ? ` · ${q.source}` : ''}
        </Text>
      </Stack>

      {q.viewerCanEdit ? (
        <Paper withBorder p="md" component="section" aria-labelledby="status-heading">
          <Stack gap="xs">
            <Title order={2} size="h4" id="status-heading">
              Review
            </Title>
            <Text size="sm">
              {q.status === 'DRAFT'
                ? 'A draft: students never see it. Once another look confirms it, mark it reviewed so quizzes and mock exams can draw it.'
                : q.status === 'REVIEWED'
                  ? 'Reviewed: quizzes and mock exams can draw it.'
                  : 'Retired: no longer drawn; attempts that used it keep it.'}
            </Text>
            <QuestionStatusActions question={q} dirty={dirty} onChanged={setAcceptedVersion} onConflict={onConflict} />
          </Stack>
        </Paper>
      ) : (
        <Text size="sm">You can read this question and use it in quizzes; only its bank’s editors can change it.</Text>
      )}

      <QuestionForm
        question={q}
        acceptedVersion={acceptedVersion}
        modalities={data.modalities}
        domains={data.examDomains}
        chapters={data.myChapters}
        canSharePlatform={sharedRoles(viewer.roles).includes(Role.PlatformAdmin)}
        readOnly={!q.viewerCanEdit}
        onDirtyChange={setDirty}
        onSaved={() => undefined}
        onCancel={() => navigate(paths.questions.to())}
        onConflict={onConflict}
      />
    </Stack>
  );
}
