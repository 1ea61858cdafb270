import { List, Paper, Stack, Text, Title, Typography } from '@mantine/core';
import { SessionTime } from '@/components/SessionTime';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { LatePolicy } from '@/gql/graphql';
import { useNow } from '@/hooks/useNow';
import { plural } from '@/lib/format';
import { isPast, relativeDue } from '../lib/time';

export const AssignmentDetailsFragment = graphql(`
  fragment AssignmentDetails_assignment on Assignment {
    id
    kind
    points
    dueMode
    dueAt
    dueDescription
    viewerDueAt
    latePolicy
    instructionsHtml
    rubric {
      id
      title
      description
      points
    }
  }
`);

export const LATE_POLICY_TEXT: Record<LatePolicy, string> = {
  ACCEPT_LATE: 'Late work is accepted after the due time, and marked late.',
  CLOSE: 'Nothing can be handed in after the due time.',
};

type Ref = FragmentType<typeof AssignmentDetailsFragment>;

/**
 * When it is due (in the viewer's zone, the cohort's beside it; the viewer's own
 * extension if they have one), how long is left, what it is worth and what happens to
 * late work: the facts a student plans by.
 */
export function AssignmentDueFacts({ assignment: ref, viewerZone, cohortZone }: { assignment: Ref; viewerZone: string; cohortZone: string }) {
  const a = getFragmentData(AssignmentDetailsFragment, ref);
  const now = useNow(30_000, [a.viewerDueAt]);
  const extended = a.viewerDueAt !== a.dueAt;
  const past = isPast(a.viewerDueAt, now);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="due-heading">
      <Stack gap="xs">
        <Title order={2} size="h3" id="due-heading">
          Due
        </Title>
        <Text size="sm" component="div">
          <SessionTime startsAt={a.viewerDueAt} viewerZone={viewerZone} cohortZone={cohortZone} fw={600} size="md" />
        </Text>
        <Text size="sm" fw={600} c={past ? 'red.9' : undefined} data-testid="due-relative">
          {relativeDue(a.viewerDueAt, now).replace(/^./, (c) => c.toUpperCase())}
        </Text>
        {a.dueMode === 'RELATIVE' && a.dueDescription ? (
          <Text size="sm" c="dimmed">
            Set as {a.dueDescription}, so it moves if the session does.
          </Text>
        ) : null}
        {extended ? (
          <Text size="sm" data-testid="extension-note">
            You have an extension: the cohort’s due time is <SessionTime startsAt={a.dueAt} viewerZone={viewerZone} cohortZone={cohortZone} />.
          </Text>
        ) : null}
        <Text size="sm">
          <strong>Points:</strong> {a.points === null || a.points === undefined ? 'ungraded — your mentor gives feedback only' : plural(a.points, 'point')}
        </Text>
        <Text size="sm">
          <strong>Late work:</strong> {LATE_POLICY_TEXT[a.latePolicy]}
        </Text>
        <Text size="sm">
          <strong>Hand in:</strong> {a.kind === 'QUIZ' ? 'a submitted quiz attempt (scored by the server; your best score counts).' : a.kind === 'FILE' ? 'one or more files (a note is optional).' : 'a written answer (files are optional).'}
        </Text>
      </Stack>
    </Paper>
  );
}

/** The mentor's instructions (HTML rendered and sanitized by the API) and the rubric, if any. */
export function AssignmentInstructions({ assignment: ref }: { assignment: Ref }) {
  const a = getFragmentData(AssignmentDetailsFragment, ref);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="instructions-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="instructions-heading">
          Instructions
        </Title>
        {a.instructionsHtml.trim() ? (
          <Typography data-testid="instructions">
            <div dangerouslySetInnerHTML={{ __html: a.instructionsHtml }} />
          </Typography>
        ) : (
          <Text c="dimmed">No further instructions.</Text>
        )}
        {a.rubric.length ? (
          <Stack gap={4}>
            <Title order={3} size="h5">
              How it is graded
            </Title>
            <List spacing={4} size="sm">
              {a.rubric.map((c) => (
                <List.Item key={c.id}>
                  <strong>{c.title}</strong> ({plural(c.points, 'point')}){c.description ? `: ${c.description}` : ''}
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
