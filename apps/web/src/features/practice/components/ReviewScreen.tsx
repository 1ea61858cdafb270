import { useState } from 'react';
import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { reviewSummary, submitWarning } from '../model';
import { QuestionNavigator, type NavItem } from './QuestionNavigator';

interface Props {
  items: readonly NavItem[];
  current: number;
  onGo: (position: number) => void;
  onSubmit: () => Promise<unknown>;
}

function JumpList({ title, positions, onGo, empty }: { title: string; positions: number[]; onGo: (p: number) => void; empty: string }) {
  const id = `review-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <Stack gap={4} component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id}>
        {title} ({positions.length})
      </Title>
      {positions.length ? (
        <List size="sm" spacing={2}>
          {positions.map((p) => (
            <List.Item key={p}>
              <Anchor component="button" type="button" onClick={() => onGo(p)} underline="always" inherit>
                Question {p + 1}
              </Anchor>
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
    </Stack>
  );
}

/**
 * Before submitting: what is unanswered and what is flagged, each a link back to its
 * question, the whole navigator, and Submit with a confirmation that says how many
 * questions are still unanswered.
 */
export function ReviewScreen({ items, current, onGo, onSubmit }: Props) {
  const [confirming, setConfirming] = useState(false);
  const unanswered = items.filter((i) => !i.answered).map((i) => i.position);
  const flagged = items.filter((i) => i.flagged).map((i) => i.position);
  return (
    <Stack gap="lg">
      <Paper withBorder p="lg">
        <Stack gap="md">
          <Title order={2} size="h3">
            Review your answers
          </Title>
          <Text data-testid="review-summary">{reviewSummary(items.length, unanswered.length, flagged.length)}.</Text>
          <Group align="flex-start" gap="xl" wrap="wrap">
            <JumpList title="Unanswered" positions={unanswered} onGo={onGo} empty="None: every question has an answer." />
            <JumpList title="Flagged for review" positions={flagged} onGo={onGo} empty="None flagged." />
          </Group>
          <Group>
            <Button variant="default" onClick={() => onGo(current)}>
              Back to question {current + 1}
            </Button>
            <Button onClick={() => setConfirming(true)}>Submit</Button>
          </Group>
        </Stack>
      </Paper>
      <QuestionNavigator items={items} current={null} onGo={onGo} />
      <ConfirmDialog
        opened={confirming}
        title={unanswered.length ? `Submit with ${unanswered.length} unanswered?` : 'Submit your answers?'}
        confirmLabel="Submit now"
        cancelLabel="Keep working"
        onClose={() => setConfirming(false)}
        onConfirm={onSubmit}
      >
        <Text size="sm">{submitWarning(unanswered.length)}</Text>
      </ConfirmDialog>
    </Stack>
  );
}
