import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { Alert, Anchor, Badge, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { ErrorCode } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { getFragmentData } from '@/gql';
import { describeError, errorCode } from '@/lib/errors';
import { paths } from '@/paths';
import { ALL_ITEMS, AttemptItemFields, AttemptPageQuery, AttemptResultFields, AttemptStateFields } from '../api/documents';
import { useAnswerSaver } from '../hooks/useAnswerSaver';
import { useAttemptActions, useForgetAfterSubmit } from '../hooks/useAttemptActions';
import { useServerCountdown } from '../hooks/useServerCountdown';
import { durationBetween, shortDateTime } from '../model';
import { AttemptQuestion } from './AttemptQuestion';
import { AttemptResult } from './AttemptResult';
import { AttemptTimer } from './AttemptTimer';
import { QuestionNavigator } from './QuestionNavigator';
import { ReviewScreen } from './ReviewScreen';

interface Props {
  id: string;
  review: boolean;
  viewerZone: string;
}

/**
 * An attempt at a practice quiz or the mock exam. In progress: one question at a time
 * with Previous/Next, a flag, the navigator and the server's countdown; every answer saves
 * at once; a reload resumes at the question the server remembers. `review`: the list of
 * unanswered and flagged questions, then Submit. Submitted: the result.
 */
export function AttemptScreen({ id, review, viewerZone }: Props) {
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(AttemptPageQuery, {
    variables: { id, count: ALL_ITEMS },
    // The attempt changes on the server (the clock, auto-submit): always start from its copy.
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const { answer, moveTo, submit } = useAttemptActions(id);
  const forgetAfterSubmit = useForgetAfterSubmit();
  const [position, setPosition] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusQuestion = useRef(false);

  const reload = () => void refetch().catch(() => undefined);
  const saver = useAnswerSaver(answer, (message) => {
    setNotice(message);
    reload();
  });

  const attempt = data?.attempt ? getFragmentData(AttemptStateFields, data.attempt) : null;
  const items = (data?.attempt?.items ?? []).map((i) => getFragmentData(AttemptItemFields, i));
  const result = data?.attempt?.result ? getFragmentData(AttemptResultFields, data.attempt.result) : null;
  const inProgress = attempt?.status === 'IN_PROGRESS';
  const { secondsLeft, announcement } = useServerCountdown(inProgress ? attempt?.secondsLeft : null, attempt?.serverNow, () => {
    // The server submits an attempt whose time is up when it is next read.
    setNotice('Time is up: your attempt has been submitted.');
    reload();
  });

  // An attempt that ended (submitted here, or by the server) no longer locks the library.
  const submitted = attempt?.status === 'SUBMITTED';
  useEffect(() => {
    if (submitted) forgetAfterSubmit(id);
  }, [submitted, id]);

  useEffect(() => {
    if (focusQuestion.current) {
      focusQuestion.current = false;
      headingRef.current?.focus();
    }
  });

  if (error && !data) {
    if (errorCode(error) === ErrorCode.NotFound) return <NotFound />;
    return <QueryError error={error} onRetry={reload} />;
  }
  if (!data) return <Loading />;
  if (!attempt) return <NotFound />;

  const count = attempt.itemCount;
  const current = Math.min(Math.max(0, position ?? attempt.currentPosition), Math.max(0, count - 1));
  const nav = items.map((it) => ({ position: it.position, answered: it.answered || saver.pending[it.position] !== undefined, flagged: saver.flags[it.position] ?? it.flagged }));
  const answered = nav.filter((n) => n.answered).length;
  const mock = attempt.kind === 'MOCK';
  const back = mock ? paths.mockExam.to() : attempt.assignmentId ? paths.assignment.to(attempt.assignmentId) : paths.todo.to();
  const backLabel = mock ? 'Mock exam' : attempt.assignmentId ? 'Back to the assignment' : 'To do';

  const go = (to: number) => {
    if (to < 0 || to >= count) return;
    setPosition(to);
    focusQuestion.current = true;
    if (review) void navigate(paths.attempt.to(id));
    moveTo(to).catch((e: unknown) => {
      if (describeError(e).code === ErrorCode.Conflict) {
        setNotice(describeError(e).message);
        reload();
      }
    });
  };

  const header = (
    <Stack gap={4}>
      <Anchor component={Link} to={back} size="sm">
        ‹ {backLabel}
      </Anchor>
      <PageTitle documentTitle={attempt.title}>{attempt.title}</PageTitle>
    </Stack>
  );

  if (!inProgress) {
    return (
      <Stack gap="lg">
        {header}
        {notice ? (
          <Alert color="yellow" variant="light" role="status">
            {notice}
          </Alert>
        ) : null}
        {result ? (
          <AttemptResult
            result={result}
            items={items}
            autoSubmitted={attempt.autoSubmitted}
            submittedText={attempt.submittedAt ? `Submitted ${shortDateTime(attempt.submittedAt, viewerZone)}, after ${durationBetween(attempt.startedAt, attempt.submittedAt)}.` : null}
          />
        ) : (
          <Text>This attempt has been submitted.</Text>
        )}
        <Group>
          <Button component={Link} to={back} variant="default">
            {backLabel}
          </Button>
        </Group>
      </Stack>
    );
  }

  const item = items.find((i) => i.position === current);

  return (
    <Stack gap="md">
      {header}
      <Paper withBorder p="sm">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Stack gap={4} style={{ flex: '1 1 12rem' }}>
            <Text size="sm" data-testid="attempt-progress">
              {answered} of {count} answered
              {nav.some((n) => n.flagged) ? ` · ${nav.filter((n) => n.flagged).length} flagged` : ''}
            </Text>
            <Progress value={count ? (100 * answered) / count : 0} size="sm" aria-hidden />
          </Stack>
          {secondsLeft !== null ? <AttemptTimer secondsLeft={secondsLeft} announcement={announcement} /> : <Badge variant="outline" color="gray.8">No time limit</Badge>}
        </Group>
      </Paper>
      {notice ? (
        <Alert color="yellow" variant="light" role="status">
          {notice}
        </Alert>
      ) : null}

      {review ? (
        <ReviewScreen
          items={nav}
          current={current}
          onGo={go}
          onSubmit={async () => {
            await submit();
          }}
        />
      ) : item ? (
        <Stack gap="md">
          <Paper withBorder p="lg">
            <AttemptQuestion
              key={item.position}
              ref={headingRef}
              item={{ ...item, flagged: nav[item.position]?.flagged ?? item.flagged }}
              itemCount={count}
              feedback={attempt.feedback}
              pendingOptionId={saver.pending[item.position]}
              save={saver.state[item.position] ?? { kind: 'idle' }}
              onChoose={(optionId) => void saver.choose(item.position, optionId)}
              onRetry={() => saver.retry(item.position)}
            />
          </Paper>
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Group gap="sm">
              <Button variant="default" onClick={() => go(current - 1)} disabled={current === 0}>
                Previous
              </Button>
              <Button
                variant={nav[current]?.flagged ? 'filled' : 'default'}
                color={nav[current]?.flagged ? 'yellow.4' : undefined}
                autoContrast
                aria-pressed={!!nav[current]?.flagged}
                onClick={() => void saver.flag(current, !nav[current]?.flagged)}
              >
                ⚑ Flag for review
              </Button>
            </Group>
            <Group gap="sm">
              {current < count - 1 ? <Button onClick={() => go(current + 1)}>Next</Button> : null}
              <Button variant={current < count - 1 ? 'default' : 'filled'} component={Link} to={paths.attempt.to(id, { review: true })}>
                Review and submit
              </Button>
            </Group>
          </Group>
          <QuestionNavigator items={nav} current={current} onGo={go} />
        </Stack>
      ) : (
        <Loading />
      )}
    </Stack>
  );
}

function NotFound() {
  return (
    <Stack maw={640}>
      <PageTitle>Attempt not found</PageTitle>
      <Text>This attempt is not available to you. You can only open your own attempts.</Text>
      <Anchor component={Link} to={paths.mockExam.to()}>
        Go to the mock exam page
      </Anchor>
    </Stack>
  );
}
