import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { Alert, Anchor, Badge, Button, Group, List, NativeSelect, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { ErrorCode } from '@gantry/shared';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState, Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { getFragmentData } from '@/gql';
import { describeError } from '@/lib/errors';
import { formatLength, plural } from '@/lib/format';
import { paths } from '@/paths';
import { AttemptStateFields, AttemptSummaryFields, BlueprintFields, MockExamPageQuery } from '../api/documents';
import { useStartMockExam } from '../hooks/useAttemptActions';
import { formatClock, shortDateTime } from '../model';

/**
 * The mock exam: what it is (the blueprint's counts per domain, and whether its weights
 * are provisional), Start (optionally counted toward one of the student's cohorts) or
 * Resume, and the student's earlier mock exams.
 */
export function MockExamScreen({ viewerZone }: { viewerZone: string }) {
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(MockExamPageQuery, { variables: { first: 50 }, fetchPolicy: 'cache-and-network' });
  const { start, loading: starting } = useStartMockExam();
  const [cohortId, setCohortId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;

  const blueprint = getFragmentData(BlueprintFields, data.examBlueprint);
  const active = data.activeMockAttempt ? getFragmentData(AttemptStateFields, data.activeMockAttempt) : null;
  const cohorts = data.myCohorts.filter((c) => c.viewerEnrollment?.status === 'ENROLLED');
  const history = data.myAttempts.nodes.map((n) => getFragmentData(AttemptSummaryFields, n)).filter((a) => a.kind === 'MOCK');

  const onStart = async () => {
    setStartError(null);
    try {
      const id = await start(cohortId || null);
      if (id) void navigate(paths.attempt.to(id));
    } catch (e) {
      const info = describeError(e);
      setConfirming(false);
      setStartError(info.message);
      if (info.code === ErrorCode.Conflict) await refetch();
    }
  };

  return (
    <Stack gap="lg">
      <PageTitle>Mock exam</PageTitle>
      <Paper withBorder p="lg" component="section" aria-labelledby="mock-what-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="mock-what-heading">
            What it is
          </Title>
          <Text>
            A full practice run of the certification exam: <strong>{blueprint.questionCount} multiple-choice questions</strong> in{' '}
            <strong>{formatLength(blueprint.minutes)}</strong>, one at a time, with a flag for questions to come back to and a review screen before you submit.
          </Text>
          <List size="sm" spacing={4}>
            <List.Item>
              <strong>Closed book:</strong> lesson material and the library are hidden until you submit.
            </List.Item>
            <List.Item>The clock runs on the server: closing the page does not stop it, and you can resume where you were. When time runs out, the exam is submitted for you.</List.Item>
            <List.Item>You see your score, by exam domain and modality, and every answer with its rationale after you submit.</List.Item>
          </List>
          <Group gap="xs">
            <Text size="sm">
              Questions per exam domain, by blueprint edition {blueprint.edition} (effective {blueprint.effectiveFrom}):
            </Text>
            {blueprint.provisional ? (
              <Badge color="gray.8" variant="outline" data-testid="blueprint-provisional">
                Provisional
              </Badge>
            ) : null}
          </Group>
          {blueprint.provisional ? (
            <Text size="sm" c="dimmed">
              The real exam’s domain weights are not published, so these are equal shares for now; a platform admin replaces them when the weights are known.
            </Text>
          ) : null}
          <Table.ScrollContainer minWidth={300}>
            <Table striped data-testid="blueprint-table">
              <Table.Caption>Questions drawn per exam domain</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Exam domain</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Share
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Questions
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {blueprint.weights.map((w) => (
                  <Table.Tr key={w.domain.id}>
                    <Table.Th scope="row" fw={400}>
                      {w.domain.name}
                    </Table.Th>
                    <Table.Td ta="right">{Math.round(w.percent * 10) / 10} %</Table.Td>
                    <Table.Td ta="right">{w.questionCount}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </Paper>

      <Paper withBorder p="lg" component="section" aria-labelledby="mock-start-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="mock-start-heading">
            {active ? 'Your mock exam in progress' : 'Take the mock exam'}
          </Title>
          {startError ? (
            <Alert color="red" variant="light" role="alert" title="Could not start">
              <Text size="sm">{startError}</Text>
            </Alert>
          ) : null}
          {active ? (
            <>
              <Text data-testid="mock-in-progress">
                Started {shortDateTime(active.startedAt, viewerZone)} · {active.answeredCount} of {active.itemCount} answered
                {active.secondsLeft !== null && active.secondsLeft !== undefined ? ` · about ${formatClock(active.secondsLeft)} left` : ''}.
              </Text>
              <Group>
                <Button component={Link} to={paths.attempt.to(active.id)}>
                  Resume the mock exam
                </Button>
              </Group>
            </>
          ) : (
            <>
              {cohorts.length ? (
                <NativeSelect
                  label="Count it toward a cohort (optional)"
                  description="Your cohort’s mentors then see it in the cohort’s readiness view."
                  value={cohortId}
                  onChange={(e) => setCohortId(e.currentTarget.value)}
                  data={[{ value: '', label: 'No cohort: just for me' }, ...cohorts.map((c) => ({ value: c.id, label: c.title }))]}
                  maw={420}
                />
              ) : null}
              <Group>
                <Button onClick={() => setConfirming(true)}>Start the mock exam</Button>
              </Group>
            </>
          )}
        </Stack>
      </Paper>

      <section aria-labelledby="mock-history-heading">
        <Title order={2} size="h3" id="mock-history-heading" mb="sm">
          Your mock exams
        </Title>
        {history.length ? (
          <Table.ScrollContainer minWidth={420}>
            <Table striped data-testid="mock-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Started</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Score
                  </Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Open</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.map((a) => (
                  <Table.Tr key={a.id} data-testid="mock-history-row">
                    <Table.Th scope="row" fw={400}>
                      {shortDateTime(a.startedAt, viewerZone)}
                    </Table.Th>
                    <Table.Td>{a.status === 'SUBMITTED' ? 'Submitted' : 'In progress'}</Table.Td>
                    <Table.Td ta="right">{a.percent !== null && a.percent !== undefined ? `${a.percent} %` : '—'}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={paths.attempt.to(a.id)} size="sm">
                        {a.status === 'SUBMITTED' ? 'See the result' : 'Resume'}
                        <VisuallyHidden> of the mock exam started {shortDateTime(a.startedAt, viewerZone)}</VisuallyHidden>
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <EmptyState>No mock exams yet.</EmptyState>
        )}
        {data.myAttempts.totalCount > data.myAttempts.nodes.length ? (
          <Text size="sm" c="dimmed">
            Showing your latest {plural(data.myAttempts.nodes.length, 'attempt')}.
          </Text>
        ) : null}
      </section>

      <ConfirmDialog
        opened={confirming}
        title="Start the mock exam?"
        confirmLabel={starting ? 'Starting…' : 'Start now'}
        cancelLabel="Not yet"
        onClose={() => setConfirming(false)}
        onConfirm={onStart}
      >
        <Text size="sm">
          Your {formatLength(blueprint.minutes)} start now and keep running on the server even if you close the page. Lesson material stays hidden until you submit.
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}
