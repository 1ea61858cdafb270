import { Badge, Group, Text } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { plural } from '@/lib/format';
import { DIFFICULTY_LABEL, GENERAL_LABEL, scopeLabel, STATUS_COLOR, STATUS_LABEL } from './labels';

export const QuestionBadgesFragment = graphql(`
  fragment QuestionBadges_question on Question {
    id
    status
    scope
    chapterId
    difficulty
    usedInAttempts
    domain {
      id
      code
      name
    }
    modality {
      id
      code
      name
    }
  }
`);

/**
 * A question at a glance: status, bank, difficulty, its tags, and how often attempts
 * used it. Badge text is the accessible name; the tags' full names are in their titles.
 */
export function QuestionBadges({ question: ref, chapters }: { question: FragmentType<typeof QuestionBadgesFragment>; chapters: readonly { id: string; name: string }[] }) {
  const q = getFragmentData(QuestionBadgesFragment, ref);
  return (
    <Group gap={6} wrap="wrap">
      <Badge color={STATUS_COLOR[q.status]} variant={q.status === 'REVIEWED' ? 'filled' : 'outline'} data-testid="status-badge">
        {STATUS_LABEL[q.status]}
      </Badge>
      <Badge color="gray.8" variant="outline" tt="none" maw="100%" data-testid="scope-badge">
        {scopeLabel(q.scope, q.chapterId, chapters)}
      </Badge>
      <Badge color="grape.9" variant="outline" tt="none" data-testid="difficulty-badge">
        {DIFFICULTY_LABEL[q.difficulty]}
      </Badge>
      <Badge color="orange" variant="dot" tt="none" title={q.domain.name} data-testid="domain-badge">
        {q.domain.name}
      </Badge>
      <Badge color="indigo" variant="dot" tt="none" title={q.modality?.name ?? GENERAL_LABEL} data-testid="modality-badge">
        {q.modality ? q.modality.code : 'General'}
      </Badge>
      <Text size="sm" c="dimmed" component="span" data-testid="usage">
        {q.usedInAttempts ? `Used in ${plural(q.usedInAttempts, 'attempt')}` : 'Not used in attempts yet'}
      </Text>
    </Group>
  );
}
