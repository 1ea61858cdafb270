import { Paper, Stack, Table, Text, Title, Typography } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { shortTime } from '../lib/time';

export const SubmissionFeedbackFragment = graphql(`
  fragment SubmissionFeedback_assignment on Assignment {
    id
    points
    rubric {
      id
      title
      points
    }
    viewerSubmission {
      id
      status
      score
      rubricScores {
        criterionId
        points
      }
      feedbackHtml
      returnedAt
    }
  }
`);

/** "8.5" and "8", not "8.50" or "8.0". */
export function formatScore(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/**
 * The mentor's grade once it is returned: the score out of the points, the points per
 * rubric criterion and the written feedback (HTML sanitized by the API). Nothing before
 * it is returned (the API sends no grade until then either).
 */
export function SubmissionFeedback({ assignment: ref, viewerZone }: { assignment: FragmentType<typeof SubmissionFeedbackFragment>; viewerZone: string }) {
  const a = getFragmentData(SubmissionFeedbackFragment, ref);
  const s = a.viewerSubmission;
  if (!s || s.status !== 'RETURNED') return null;
  const byId = new Map(s.rubricScores.map((r) => [r.criterionId, r.points]));
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="feedback-heading" data-testid="feedback" style={{ borderColor: 'var(--mantine-color-green-8)' }}>
      <Stack gap="sm">
        <Title order={2} size="h3" id="feedback-heading">
          Feedback from your mentor
        </Title>
        {s.returnedAt ? (
          <Text size="sm" c="dimmed">
            Returned <time dateTime={s.returnedAt}>{shortTime(s.returnedAt, viewerZone)}</time>
          </Text>
        ) : null}
        {s.score !== null && s.score !== undefined ? (
          <Text size="xl" fw={700} data-testid="score">
            Score: {formatScore(s.score)}
            {a.points ? ` / ${a.points}` : ''}
          </Text>
        ) : a.points ? (
          <Text size="sm">No score was given.</Text>
        ) : (
          <Text size="sm">This assignment is ungraded.</Text>
        )}
        {a.rubric.length && s.rubricScores.length ? (
          <Table.ScrollContainer minWidth={260}>
            <Table aria-label="Rubric scores" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Criterion</Table.Th>
                  <Table.Th scope="col">Points</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {a.rubric.map((c) => {
                  const got = byId.get(c.id);
                  return (
                    <Table.Tr key={c.id}>
                      <Table.Th scope="row" fw={400}>
                        {c.title}
                      </Table.Th>
                      <Table.Td>
                        {got === undefined ? '—' : formatScore(got)} / {c.points}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
        {s.feedbackHtml?.trim() ? (
          <Typography data-testid="feedback-text">
            <div dangerouslySetInnerHTML={{ __html: s.feedbackHtml }} />
          </Typography>
        ) : (
          <Text size="sm" c="dimmed">
            No written feedback.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
