import { useEffect, useState } from 'react';
import { ActionIcon, Alert, Button, Fieldset, Group, Paper, Radio, Select, SimpleGrid, Stack, Tabs, Text, Textarea, Title, Typography } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorCode, OPTION_LETTERS, QUESTION_MAX_OPTIONS, QUESTION_MIN_OPTIONS, QUESTION_OPTION_MAX, QUESTION_RATIONALE_MAX, QUESTION_STEM_MAX, questionSchema } from '@gantry/shared';
import { focusSoon } from '@/components/ConfirmDialog';
import { FormError } from '@/components/Feedback';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { Difficulty, QuestionInput, QuestionScope } from '@/gql/graphql';
import { applyServerErrors, describeError } from '@/lib/errors';
import { plural } from '@/lib/format';
import { useCreateQuestion, useUpdateQuestion } from '../hooks/useQuestionMutations';
import { DIFFICULTIES, DIFFICULTY_LABEL, GENERAL_LABEL } from './labels';
import { savedParts, StudentPreview } from './StudentPreview';

export const QuestionFormFragment = graphql(`
  fragment QuestionForm_question on Question {
    id
    version
    stemMarkdown
    stemHtml
    rationaleMarkdown
    difficulty
    scope
    chapterId
    usedInAttempts
    domain {
      id
    }
    modality {
      id
    }
    options {
      id
      position
      textMarkdown
      textHtml
      isCorrect
    }
    ...StudentPreview_question
  }
`);

type FormQuestion = ReturnType<typeof readForm>;
function readForm(ref: FragmentType<typeof QuestionFormFragment>) {
  return getFragmentData(QuestionFormFragment, ref);
}

export interface OptionValue {
  /** Stable for React keys and focus; not sent. */
  key: string;
  textMarkdown: string;
  isCorrect: boolean;
}

export interface QuestionFormValues {
  stemMarkdown: string;
  options: OptionValue[];
  rationaleMarkdown: string;
  domainId: string | null;
  /** null: a general question, for every modality. */
  modalityId: string | null;
  difficulty: Difficulty;
  scope: QuestionScope;
  chapterId: string | null;
}

let nextKey = 0;
const newKey = () => `opt-${++nextKey}`;
const blankOption = (): OptionValue => ({ key: newKey(), textMarkdown: '', isCorrect: false });

function valuesOf(q: FormQuestion): QuestionFormValues {
  return {
    stemMarkdown: q.stemMarkdown,
    options: [...q.options].sort((a, b) => a.position - b.position).map((o) => ({ key: newKey(), textMarkdown: o.textMarkdown, isCorrect: !!o.isCorrect })),
    rationaleMarkdown: q.rationaleMarkdown ?? '',
    domainId: q.domain.id,
    modalityId: q.modality?.id ?? null,
    difficulty: q.difficulty,
    scope: q.scope,
    chapterId: q.chapterId ?? null,
  };
}

/** What the API receives. */
export function toQuestionInput(v: QuestionFormValues): QuestionInput {
  return {
    stemMarkdown: v.stemMarkdown.trim(),
    options: v.options.map((o) => ({ textMarkdown: o.textMarkdown.trim(), isCorrect: o.isCorrect })),
    rationaleMarkdown: v.rationaleMarkdown.trim(),
    domainId: v.domainId ?? '',
    modalityId: v.modalityId,
    difficulty: v.difficulty,
    scope: v.scope,
    chapterId: v.scope === 'CHAPTER' ? v.chapterId : null,
  };
}

/** The shared zod rules (the API's own), so the form says what the API would. */
export function validateQuestion(v: QuestionFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const input = toQuestionInput(v);
  const r = questionSchema.safeParse(input);
  if (!r.success) for (const i of r.error.issues) errors[i.path.join('.')] ??= i.message;
  // zod runs the cross-field rules only once every field parses; say them at once (in the
  // schema's words) so the form lists everything missing in one go.
  if (!r.success && Object.keys(errors).length) {
    if (!input.options.some((o) => o.isCorrect)) errors.options ??= 'Mark the correct answer.';
    if (input.scope === 'CHAPTER' && !input.chapterId) errors.chapterId ??= 'Choose the chapter whose bank this joins.';
  }
  return errors;
}

const GENERAL = 'GENERAL';
const MARKDOWN_HELP = 'Markdown: **bold**, *italic*, - list item, 1. step, [text](https://…).';

interface Props {
  /** The question being edited; without it the form creates a new one. */
  question?: FragmentType<typeof QuestionFormFragment>;
  /**
   * The version the viewer has accepted as the base of this edit. It moves when the
   * viewer changes the question's status on the page (not someone else's save).
   */
  acceptedVersion?: number;
  modalities: readonly { id: string; code: string; name: string }[];
  domains: readonly { id: string; code: string; name: string }[];
  /** Chapters whose bank the viewer may add to (myChapters). */
  chapters: readonly { id: string; name: string }[];
  /** Platform admins may write into the platform bank. */
  canSharePlatform: boolean;
  /** Read-only (the viewer may read but not edit it). */
  readOnly?: boolean;
  /** Told whether the form holds unsaved edits. */
  onDirtyChange?: (dirty: boolean) => void;
  onSaved: (id: string) => void;
  onCancel: () => void;
  /** Load the latest saved version after someone else saved first (edit only). */
  onConflict?: () => Promise<unknown>;
}

/**
 * Create or edit a question: the stem (Markdown, with a preview), 4 or 5 options with
 * the correct one chosen by a radio button, the rationale and the tags. The rules are
 * the shared zod schema's; whatever the API still refuses lands on its field
 * (`options.2.textMarkdown`). An edit saves with the version it started from: if
 * someone else saved meanwhile the API answers CONFLICT and the form keeps the edits.
 * Once attempts used the question its options are fixed (wording aside).
 */
export function QuestionForm({ question: ref, acceptedVersion, modalities, domains, chapters, canSharePlatform, readOnly = false, onDirtyChange, onSaved, onCancel, onConflict }: Props) {
  const question = ref ? readForm(ref) : null;
  const editing = !!question;
  const { create, loading: creating } = useCreateQuestion();
  const { update, loading: updating } = useUpdateQuestion();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [tab, setTab] = useState<string | null>('write');
  // The version this edit started from; only the user moves it on.
  const [baseVersion, setBaseVersion] = useState(question?.version ?? 0);
  useEffect(() => {
    if (acceptedVersion !== undefined) setBaseVersion(acceptedVersion);
  }, [acceptedVersion]);
  const locked = !!question && question.usedInAttempts > 0;

  const form = useForm<QuestionFormValues>({
    mode: 'controlled',
    initialValues: question
      ? valuesOf(question)
      : {
          stemMarkdown: '',
          options: Array.from({ length: QUESTION_MIN_OPTIONS }, blankOption),
          rationaleMarkdown: '',
          domainId: null,
          modalityId: null,
          difficulty: 'MEDIUM',
          scope: chapters.length === 1 ? 'CHAPTER' : 'DRAFT',
          chapterId: chapters.length === 1 ? chapters[0]!.id : null,
        },
    validate: validateQuestion,
  });
  const values = form.getValues();
  const dirty = form.isDirty();
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const save = async (v: QuestionFormValues, expectedVersion: number) => {
    setFormError(null);
    setConflict(false);
    try {
      const input = toQuestionInput(v);
      const saved = question ? await update(question.id, input, expectedVersion) : await create(input);
      if (!saved) return;
      if (question) {
        setBaseVersion(saved.version);
        form.resetDirty();
      }
      onSaved(saved.id);
    } catch (e) {
      const info = describeError(e);
      if (editing && info.code === ErrorCode.Conflict && !Object.keys(info.fields).length) {
        setConflict(true);
        setFormError(info.message || 'Someone else saved this question while you were editing. Your changes are still in the form.');
        await onConflict?.();
        return;
      }
      setFormError(applyServerErrors(form, e));
      if (info.fields.stemMarkdown) setTab('write');
    }
  };

  const submit = form.onSubmit(
    (v) => save(v, baseVersion),
    (errors) => {
      if (errors.stemMarkdown) setTab('write');
    },
  );

  const optionId = (key: string) => `option-text-${key}`;
  const addOption = () => {
    const o = blankOption();
    form.insertListItem('options', o);
    form.clearFieldError('options');
    focusSoon(() => document.getElementById(optionId(o.key)));
  };
  const removeOption = (index: number) => {
    const rest = values.options.filter((_, i) => i !== index);
    form.removeListItem('options', index);
    form.clearFieldError('options');
    const next = rest[Math.min(index, rest.length - 1)];
    focusSoon(() => (next ? document.getElementById(optionId(next.key)) : null));
  };
  const setCorrect = (index: number) => {
    form.setFieldValue(
      'options',
      values.options.map((o, i) => ({ ...o, isCorrect: i === index })),
    );
    form.clearFieldError('options');
  };

  const scopes: { value: QuestionScope; label: string; description: string; disabled?: boolean }[] = [
    { value: 'DRAFT', label: 'My drafts', description: 'Only you can see it. Share it with a chapter before it can be reviewed.' },
    {
      value: 'CHAPTER',
      label: 'My chapter’s bank',
      description: chapters.length ? 'Mentors and admins of the chapter can use, edit and review it.' : 'You are not a mentor or admin of a chapter.',
      disabled: chapters.length === 0 && values.scope !== 'CHAPTER',
    },
  ];
  if (canSharePlatform || values.scope === 'PLATFORM') scopes.push({ value: 'PLATFORM', label: 'Platform bank', description: 'Every chapter can use it; platform admins edit it.' });

  const savedStem = question ? savedParts(question, { stemMarkdown: values.stemMarkdown, options: [] }).stem : null;
  const correctIndex = values.options.findIndex((o) => o.isCorrect);
  const optionsError = form.errors.options;

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? 'Edit question' : 'New question'}>
      <Stack>
        <FormError message={formError} title={conflict ? 'Not saved: someone else saved first' : 'Could not save'}>
          {conflict && question ? (
            <Stack gap="xs" mt="xs">
              <Text size="sm">
                The question is now at version {question.version}. Save yours over it, or discard yours and load theirs.
              </Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  onClick={() => {
                    setBaseVersion(question.version);
                    void save(form.getValues(), question.version);
                  }}
                >
                  Save mine over theirs
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    form.setValues(valuesOf(question));
                    form.resetDirty();
                    setBaseVersion(question.version);
                    setConflict(false);
                    setFormError(null);
                  }}
                >
                  Discard mine and load theirs
                </Button>
              </Group>
            </Stack>
          ) : null}
        </FormError>

        <Tabs value={tab} onChange={setTab} keepMounted>
          <Tabs.List>
            <Tabs.Tab value="write">Write</Tabs.Tab>
            <Tabs.Tab value="preview">Preview</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="write" pt="sm">
            <Textarea
              label="Question"
              description={MARKDOWN_HELP}
              required
              autosize
              minRows={4}
              maxRows={20}
              maxLength={QUESTION_STEM_MAX}
              readOnly={readOnly}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              {...form.getInputProps('stemMarkdown')}
            />
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="sm">
            <Paper withBorder p="sm" data-testid="stem-preview">
              {savedStem !== null ? (
                <Typography>
                  <div dangerouslySetInnerHTML={{ __html: savedStem }} />
                </Typography>
              ) : (
                <Stack gap={4}>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {values.stemMarkdown.trim() || 'Nothing written yet.'}
                  </Text>
                  <Text size="xs" c="dimmed">
                    Unsaved text shows as typed; the server formats the Markdown when you save.
                  </Text>
                </Stack>
              )}
            </Paper>
          </Tabs.Panel>
        </Tabs>

        <Fieldset legend="Options" variant="unstyled" aria-describedby="options-help">
          <Stack gap="xs">
            <Text size="sm" c="dimmed" id="options-help">
              {QUESTION_MIN_OPTIONS} or {QUESTION_MAX_OPTIONS} options; choose the correct one with its radio button (arrow keys move between them).
            </Text>
            {locked ? (
              <Alert variant="light" color="yellow" p="xs" data-testid="options-locked">
                <Text size="sm">
                  This question is in {plural(question.usedInAttempts, 'attempt')}, so its options can’t be added, removed or given a different correct answer (the
                  scores of those attempts depend on them). You can still fix their wording and the rationale. To change the answer, retire this question and write a
                  new one.
                </Text>
              </Alert>
            ) : null}
            {values.options.map((o, i) => (
              <Group key={o.key} align="flex-start" gap="sm" wrap="nowrap" data-testid="option-row">
                <Radio
                  name="correct-option"
                  value={String(i)}
                  checked={o.isCorrect}
                  onChange={() => setCorrect(i)}
                  disabled={locked || readOnly}
                  aria-label={`Option ${OPTION_LETTERS[i]} is the correct answer`}
                  mt={30}
                />
                <Textarea
                  id={optionId(o.key)}
                  label={`Option ${OPTION_LETTERS[i]}${o.isCorrect ? ' (correct)' : ''}`}
                  required
                  autosize
                  minRows={1}
                  maxRows={6}
                  maxLength={QUESTION_OPTION_MAX}
                  readOnly={readOnly}
                  style={{ flex: 1, minWidth: 0 }}
                  {...form.getInputProps(`options.${i}.textMarkdown`)}
                />
                {values.options.length > QUESTION_MIN_OPTIONS && !locked && !readOnly ? (
                  <ActionIcon variant="subtle" color="red.9" mt={28} size="lg" aria-label={`Remove option ${OPTION_LETTERS[i]}`} onClick={() => removeOption(i)}>
                    <span aria-hidden>✕</span>
                  </ActionIcon>
                ) : null}
              </Group>
            ))}
            {optionsError ? (
              <Text size="sm" c="red.9" role="alert" data-testid="options-error">
                {optionsError}
              </Text>
            ) : null}
            <Group gap="sm">
              {values.options.length < QUESTION_MAX_OPTIONS && !locked && !readOnly ? (
                <Button variant="default" size="xs" onClick={addOption}>
                  Add option {OPTION_LETTERS[values.options.length]}
                </Button>
              ) : null}
              <Text size="xs" c="dimmed" aria-live="polite">
                {correctIndex >= 0 ? `Correct answer: ${OPTION_LETTERS[correctIndex]}.` : 'No correct answer chosen yet.'}
              </Text>
            </Group>
          </Stack>
        </Fieldset>

        <Textarea
          label="Rationale"
          description={`Why the correct answer is correct (and the others not). Students read it after answering. ${MARKDOWN_HELP}`}
          required
          autosize
          minRows={3}
          maxRows={15}
          maxLength={QUESTION_RATIONALE_MAX}
          readOnly={readOnly}
          {...form.getInputProps('rationaleMarkdown')}
        />

        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="Exam domain"
            placeholder="Choose the domain"
            data={domains.map((d) => ({ value: d.id, label: d.name }))}
            required
            allowDeselect={false}
            disabled={readOnly}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('domainId')}
          />
          <Select
            label="Modality"
            description="General: for every modality"
            data={[{ value: GENERAL, label: GENERAL_LABEL }, ...modalities.map((m) => ({ value: m.id, label: `${m.name} (${m.code})` }))]}
            searchable
            allowDeselect={false}
            disabled={readOnly}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('modalityId')}
            value={values.modalityId ?? GENERAL}
            onChange={(v) => form.setFieldValue('modalityId', !v || v === GENERAL ? null : v)}
          />
          <Radio.Group label="Difficulty" required {...form.getInputProps('difficulty')}>
            <Group mt={6} gap="md">
              {DIFFICULTIES.map((d) => (
                <Radio key={d} value={d} label={DIFFICULTY_LABEL[d]} disabled={readOnly} />
              ))}
            </Group>
          </Radio.Group>
        </SimpleGrid>

        <Radio.Group label="Who can use it" required {...form.getInputProps('scope')}>
          <Stack mt={6} gap="xs">
            {scopes.map((s) => (
              <Radio key={s.value} value={s.value} label={s.label} description={s.description} disabled={s.disabled || readOnly} />
            ))}
          </Stack>
        </Radio.Group>
        {values.scope === 'CHAPTER' ? (
          <Select
            label="Chapter"
            placeholder="Choose the chapter"
            data={chapters.map((c) => ({ value: c.id, label: c.name }))}
            required
            allowDeselect={false}
            disabled={readOnly}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('chapterId')}
          />
        ) : null}

        <Paper withBorder p="md" component="section" aria-labelledby="student-preview-heading">
          <Stack gap="sm">
            <Title order={2} size="h4" id="student-preview-heading">
              As a student sees it
            </Title>
            <StudentPreview question={question} draft={{ stemMarkdown: values.stemMarkdown, options: values.options.map((x) => x.textMarkdown) }} />
          </Stack>
        </Paper>

        {readOnly ? null : (
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {editing ? 'Back to the bank' : 'Cancel'}
            </Button>
            <Button type="submit" loading={creating || updating}>
              {editing ? 'Save' : 'Create question'}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
