import { forwardRef, useState } from 'react';
import { Alert, Badge, Button, Group, Radio, Stack, Text, Title, Typography } from '@mantine/core';
import type { AttemptItemFieldsFragment } from '@/gql/graphql';
import type { SaveState } from '../hooks/useAnswerSaver';
import type { Feedback } from '../model';

interface Props {
  item: AttemptItemFieldsFragment;
  itemCount: number;
  feedback: Feedback;
  /** A choice sent but not yet confirmed by the server (shown as chosen meanwhile). */
  pendingOptionId?: string;
  save: SaveState;
  onChoose: (optionId: string) => void;
  onRetry: () => void;
}

function SaveStatus({ save, answered, onRetry }: { save: SaveState; answered: boolean; onRetry: () => void }) {
  const text =
    save.kind === 'saving' ? 'Saving…' : save.kind === 'saved' ? 'Saved' : save.kind === 'failed' ? `Not saved: ${save.message}` : answered ? 'Saved' : 'Not answered yet';
  return (
    <Group gap="xs" aria-live="polite" data-testid="save-status">
      <Text size="sm" c={save.kind === 'failed' ? 'red.9' : 'dimmed'}>
        {text}
      </Text>
      {save.kind === 'failed' ? (
        <Button size="compact-xs" variant="default" onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </Group>
  );
}

/**
 * One question: its stem and options as a radio group (arrow keys move between them).
 * AT_END: every choice saves at once. IMMEDIATE: the student checks the answer, which then
 * locks; the verdict and the rationale appear only once the server has sent them.
 */
export const AttemptQuestion = forwardRef<HTMLHeadingElement, Props>(function AttemptQuestion(
  { item, itemCount, feedback, pendingOptionId, save, onChoose, onRetry },
  headingRef,
) {
  const q = item.question;
  const immediate = feedback === 'IMMEDIATE';
  const locked = immediate && item.answered;
  const [draft, setDraft] = useState<string | null>(null);
  const selected = pendingOptionId ?? (immediate && !item.answered ? draft : null) ?? item.selectedOptionId ?? '';
  const revealed = !!q.correctOptionId;
  const n = item.position + 1;
  const stemId = `stem-${item.position}`;

  return (
    <Stack gap="md" component="section" aria-labelledby={`question-heading-${item.position}`}>
      <Stack gap={4}>
        <Title order={2} size="h3" id={`question-heading-${item.position}`} ref={headingRef} tabIndex={-1}>
          Question {n} of {itemCount}
        </Title>
        <Group gap={6}>
          <Badge size="sm" variant="outline" color="gray.8">
            {q.domain.name}
          </Badge>
          {q.modality ? (
            <Badge size="sm" variant="outline" color="gray.8">
              {q.modality.name}
            </Badge>
          ) : null}
          {item.flagged ? (
            // Dark text on a light amber: white on any amber shade is below 4.5:1.
            <Badge size="sm" variant="filled" color="yellow.4" autoContrast>
              ⚑ Flagged for review
            </Badge>
          ) : null}
        </Group>
      </Stack>
      <Typography>
        <div id={stemId} dangerouslySetInnerHTML={{ __html: q.stemHtml }} />
      </Typography>
      <Radio.Group
        value={selected}
        onChange={(v) => {
          if (locked) return;
          if (immediate) setDraft(v);
          else onChoose(v);
        }}
        label="Your answer"
        aria-describedby={stemId}
        name={`answer-${item.position}`}
      >
        <Stack mt="xs" gap="sm">
          {q.options.map((o, i) => {
            const isCorrect = revealed && o.id === q.correctOptionId;
            const wrongPick = revealed && o.id === item.selectedOptionId && !isCorrect;
            return (
              <Radio
                key={o.id}
                value={o.id}
                disabled={locked}
                data-testid="answer-option"
                label={
                  <span>
                    <strong>{String.fromCharCode(65 + i)}.</strong> <span dangerouslySetInnerHTML={{ __html: o.textHtml }} />
                    {isCorrect ? <strong> — correct answer</strong> : null}
                    {wrongPick ? <strong> — your answer</strong> : null}
                  </span>
                }
              />
            );
          })}
        </Stack>
      </Radio.Group>
      {immediate && !item.answered ? (
        <Group>
          <Button disabled={!draft || save.kind === 'saving'} loading={save.kind === 'saving'} onClick={() => draft && onChoose(draft)}>
            Check answer
          </Button>
          <Text size="sm" c="dimmed">
            Your answer locks once you check it.
          </Text>
        </Group>
      ) : null}
      <SaveStatus save={save} answered={item.answered} onRetry={onRetry} />
      {revealed ? (
        <Alert
          color={item.correct ? 'teal' : 'red'}
          variant="light"
          title={item.correct ? 'Correct' : item.answered ? 'Incorrect' : 'Not answered'}
          data-testid="answer-feedback"
        >
          {q.rationaleHtml ? (
            <Typography>
              <div dangerouslySetInnerHTML={{ __html: q.rationaleHtml }} />
            </Typography>
          ) : null}
        </Alert>
      ) : null}
    </Stack>
  );
});
