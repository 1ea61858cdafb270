import { Alert, Group, Paper, Stack, Text, Typography } from '@mantine/core';
import { OPTION_LETTERS } from '@gantry/shared';
import { getFragmentData, graphql, type FragmentType } from '@/gql';

export const StudentPreviewFragment = graphql(`
  fragment StudentPreview_question on Question {
    id
    stemMarkdown
    stemHtml
    options {
      id
      position
      textMarkdown
      textHtml
    }
  }
`);

/** The question as written now (the form's values). */
export interface DraftContent {
  stemMarkdown: string;
  options: readonly string[];
}

/** Saved HTML when the text is the saved text; else the unsaved Markdown as plain text. */
function Part({ html, text }: { html: string | null; text: string }) {
  if (html !== null) {
    return (
      <Typography>
        <div dangerouslySetInnerHTML={{ __html: html }} />
      </Typography>
    );
  }
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} c={text.trim() ? undefined : 'dimmed'}>
      {text.trim() || '(empty)'}
    </Text>
  );
}

/** Whether the draft's text matches what is saved, part by part. */
export function savedParts(saved: { stemMarkdown: string; stemHtml: string; options: readonly { textMarkdown: string; textHtml: string }[] } | null, draft: DraftContent) {
  const same = (a: string, b: string) => a.trim() === b.trim();
  const stem = saved && same(saved.stemMarkdown, draft.stemMarkdown) ? saved.stemHtml : null;
  const options = draft.options.map((text, i) => {
    const s = saved?.options[i];
    return s && same(s.textMarkdown, text) ? s.textHtml : null;
  });
  return { stem, options, allSaved: stem !== null && options.every((o) => o !== null) };
}

/**
 * The question as a student meets it in a quiz: the stem and the options, with nothing
 * that gives the answer away (no marked option, no rationale). Saved text is shown
 * formatted by the server; unsaved edits show as plain text until saved.
 */
export function StudentPreview({ question: ref, draft }: { question?: FragmentType<typeof StudentPreviewFragment> | null; draft: DraftContent }) {
  const saved = ref ? getFragmentData(StudentPreviewFragment, ref) : null;
  const parts = savedParts(saved ? { ...saved, options: [...saved.options].sort((a, b) => a.position - b.position) } : null, draft);
  return (
    <Stack gap="sm" data-testid="student-preview">
      {parts.allSaved ? null : (
        <Alert variant="light" color="blue" p="xs">
          <Text size="sm">Unsaved text shows as you typed it; formatting (bold, lists, links) appears once the question is saved.</Text>
        </Alert>
      )}
      <Paper withBorder p="md">
        <Stack gap="md">
          <Part html={parts.stem} text={draft.stemMarkdown} />
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Options">
            {draft.options.map((text, i) => (
              <Group key={i} component="li" gap="sm" wrap="nowrap" align="flex-start" data-testid="preview-option">
                <Text fw={700} aria-hidden style={{ minWidth: '1.5rem' }}>
                  {OPTION_LETTERS[i]}.
                </Text>
                <div style={{ flex: 1, minWidth: 0 }}>
                  <Part html={parts.options[i] ?? null} text={text} />
                </div>
              </Group>
            ))}
          </Stack>
        </Stack>
      </Paper>
      <Text size="xs" c="dimmed">
        Students see the options in a shuffled order, and the rationale only after answering (or at the end, as the quiz says).
      </Text>
    </Stack>
  );
}
