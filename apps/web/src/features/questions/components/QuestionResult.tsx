import { Link } from 'react-router';
import { Anchor, Card, Stack, Text } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { paths } from '@/paths';
import { excerpt } from '../model';
import { QuestionBadges } from './QuestionBadges';

export const QuestionResultFragment = graphql(`
  fragment QuestionResult_question on Question {
    id
    stemMarkdown
    author
    ...QuestionBadges_question
  }
`);

/** One question in the bank's list: its stem (a link to the editor), badges and author. */
export function QuestionResult({ question: ref, chapters }: { question: FragmentType<typeof QuestionResultFragment>; chapters: readonly { id: string; name: string }[] }) {
  const q = getFragmentData(QuestionResultFragment, ref);
  const headingId = `question-${q.id}`;
  const text = excerpt(q.stemMarkdown) || 'Untitled question';
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId} data-testid="question-result">
      <Stack gap="xs">
        <Text fw={600} id={headingId} style={{ overflowWrap: 'anywhere' }}>
          <Anchor component={Link} to={paths.question.to(q.id)} inherit>
            {text}
          </Anchor>
        </Text>
        <QuestionBadges question={q} chapters={chapters} />
        {q.author ? (
          <Text size="xs" c="dimmed">
            By {q.author}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
