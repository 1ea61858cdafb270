import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, Anchor, Button, Group, List, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Loading, QueryError } from '@/components/Feedback';
import { getFragmentData, graphql } from '@/gql';
import { describeError } from '@/lib/errors';
import { plural } from '@/lib/format';
import { paths } from '@/paths';
import { AttemptSummaryFields } from '../api/documents';
import { useStartQuizAttempt } from '../hooks/useAttemptActions';
import { shortDateTime } from '../model';

export const QuizPanelQuery = graphql(`
  query QuizPanel($id: ID!) {
    assignment(id: $id) {
      id
      quiz {
      selection
      questionCount
      feedback
      timeLimitMinutes
        shuffle
      }
      myAttempts {
        id
        ...AttemptSummaryFields
      }
    }
  }
`);

/**
 * A practice quiz on its assignment page, in place of the answer editor: what the quiz
 * is, Start (or Resume the attempt in progress) for enrolled students, and their earlier
 * attempts with scores. The best score is the homework grade.
 */
export function QuizPanel({ assignmentId, canTake, viewerZone }: { assignmentId: string; canTake: boolean; viewerZone: string }) {
  // Its own query (only quiz assignments need it), always fresh: attempts end on the server.
  const { data, error, refetch } = useQuery(QuizPanelQuery, { variables: { id: assignmentId }, fetchPolicy: 'cache-and-network' });
  const navigate = useNavigate();
  const { start, loading } = useStartQuizAttempt();
  const [startError, setStartError] = useState<string | null>(null);
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} title="Could not load the quiz" />;
  if (!data) return <Loading />;
  const a = data.assignment;
  const attempts = a.myAttempts.map((s) => getFragmentData(AttemptSummaryFields, s));
  const running = attempts.find((s) => s.status === 'IN_PROGRESS');
  const done = attempts.filter((s) => s.status === 'SUBMITTED');
  const quiz = a.quiz;

  const onStart = async () => {
    setStartError(null);
    try {
      const id = await start(a.id);
      if (id) void navigate(paths.attempt.to(id));
    } catch (e) {
      setStartError(describeError(e).message);
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="quiz-heading" data-testid="quiz-panel">
      <Stack gap="sm">
        <Title order={2} size="h3" id="quiz-heading">
          Practice quiz
        </Title>
        {quiz ? (
          <List size="sm" spacing={2}>
            <List.Item>{plural(quiz.questionCount, 'multiple-choice question')}{quiz.selection === 'RULE' ? ', drawn for each attempt' : ''}.</List.Item>
            <List.Item>{quiz.feedback === 'IMMEDIATE' ? 'You see whether you were right, and why, after each answer (the answer then locks).' : 'You see the answers and why after you submit.'}</List.Item>
            <List.Item>{quiz.timeLimitMinutes ? `${plural(quiz.timeLimitMinutes, 'minute')} per attempt; it is submitted for you when time runs out.` : 'No time limit.'}</List.Item>
            <List.Item>You can practise again: your best score counts.</List.Item>
          </List>
        ) : (
          <Text size="sm">This quiz is not set up yet.</Text>
        )}
        {startError ? (
          <Alert color="red" variant="light" role="alert" title="Could not start">
            <Text size="sm">{startError}</Text>
          </Alert>
        ) : null}
        {canTake ? (
          <Group>
            {running ? (
              <Button component={Link} to={paths.attempt.to(running.id)}>
                Resume your attempt
              </Button>
            ) : (
              <Button onClick={() => void onStart()} loading={loading} disabled={!quiz}>
                {done.length ? 'Practise again' : 'Start the quiz'}
              </Button>
            )}
          </Group>
        ) : null}
        {canTake ? (
          done.length ? (
            <Table.ScrollContainer minWidth={320}>
              <Table striped data-testid="quiz-attempts">
                <Table.Caption>Your attempts</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Submitted</Table.Th>
                    <Table.Th scope="col" ta="right">
                      Score
                    </Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>Open</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {done.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Th scope="row" fw={400}>
                        {s.submittedAt ? shortDateTime(s.submittedAt, viewerZone) : '—'}
                      </Table.Th>
                      <Table.Td ta="right">{s.percent ?? 0} %</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={paths.attempt.to(s.id)} size="sm">
                          See answers
                          <VisuallyHidden> of the attempt submitted {s.submittedAt ? shortDateTime(s.submittedAt, viewerZone) : ''}</VisuallyHidden>
                        </Anchor>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : (
            <Text size="sm" c="dimmed">
              No attempts yet.
            </Text>
          )
        ) : null}
      </Stack>
    </Paper>
  );
}
