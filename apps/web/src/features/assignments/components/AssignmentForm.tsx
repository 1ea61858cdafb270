import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Alert, Button, Checkbox, Fieldset, Group, NativeSelect, NumberInput, Radio, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { describeForViewer, ErrorCode, zoneLabel } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { applyServerErrors, describeError } from '@/lib/errors';
import { plural } from '@/lib/format';
import { useCreateAssignment, useUpdateAssignment } from '../hooks/useAssignmentMutations';
import {
  DIRECTION_LABEL,
  FIELD_FOR,
  KIND_DESCRIPTION,
  KIND_LABEL,
  LATE_LABEL,
  newAssignmentValues,
  newCriterionId,
  previewDue,
  rubricTotal,
  toPayload,
  UNIT_LABEL,
  validateAssignment,
  valuesOf,
  type AssignmentFormValues,
  type AssignmentKind,
  type LatePolicy,
  type OffsetDirection,
  type OffsetUnit,
  type QuizFormValues,
  type SessionOption,
} from '../model';

export const AssignmentFormFragment = graphql(`
  fragment AssignmentForm_assignment on Assignment {
    id
    cohortId
    sessionId
    version
    title
    instructionsMarkdown
    kind
    points
    dueMode
    dueAt
    dueSessionId
    dueOffsetMinutes
    latePolicy
    published
    rubric {
      id
      title
      description
      points
    }
    quiz {
      selection
      questionIds
      rule {
        domainIds
        modalityIds
        difficulty
        count
      }
      feedback
      timeLimitMinutes
      shuffle
    }
  }
`);

const MARKDOWN_HELP = 'Markdown: ## Heading, **bold**, *italic*, - list item, 1. step, [text](https://…).';
const KINDS: AssignmentKind[] = ['WRITTEN', 'FILE', 'QUIZ'];
const LATE_POLICIES: LatePolicy[] = ['ACCEPT_LATE', 'CLOSE'];
const UNITS: OffsetUnit[] = ['MINUTES', 'HOURS', 'DAYS'];
const DIRECTIONS: OffsetDirection[] = ['BEFORE', 'AFTER'];
const RUBRIC_MAX = 20;

/** What the page's quiz editor gets: the quiz part of the form, and its errors (keys without the `quiz.` prefix). */
export interface QuizEditorSlotProps {
  value: QuizFormValues;
  onChange: (patch: Partial<QuizFormValues>) => void;
  errors: Record<string, string>;
  cohortId: string;
}

interface Props {
  /** The assignment being edited; without it the form creates one on `sessionId`. */
  assignment?: FragmentType<typeof AssignmentFormFragment>;
  cohortId: string;
  sessionId: string;
  /** The cohort's sessions, for a due time relative to one. */
  sessions: readonly SessionOption[];
  viewerZone: string;
  cohortZone: string;
  onSaved: (id: string) => void;
  onCancel: () => void;
  /** Load the latest saved version after someone else saved first (edit only). */
  onConflict?: () => Promise<unknown>;
  /** The editor of a practice quiz's questions and settings; without it the QUIZ kind is not offered. */
  renderQuizEditor?: (props: QuizEditorSlotProps) => ReactNode;
}

/**
 * Create or edit an assignment. The due time is either a date and time in the cohort's
 * zone or an offset from a session's start (it then moves with the session); either way
 * the resulting moment shows live in the viewer's zone. The rules are the shared schema's
 * (the API's own); whatever the API still refuses lands on its field. An edit saves with
 * the version it started from: on CONFLICT the form keeps the user's edits.
 */
export function AssignmentForm({ assignment: ref, cohortId, sessionId, sessions, viewerZone, cohortZone, onSaved, onCancel, onConflict, renderQuizEditor }: Props) {
  const assignment = ref ? getFragmentData(AssignmentFormFragment, ref) : null;
  const editing = !!assignment;
  const { create, loading: creating } = useCreateAssignment();
  const { update, loading: updating } = useUpdateAssignment();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [baseVersion, setBaseVersion] = useState(assignment?.version ?? 0);
  const titleRef = useRef<HTMLInputElement>(null);
  const publishHintId = useId();
  const ownSessionId = assignment?.sessionId ?? sessionId;

  const form = useForm<AssignmentFormValues>({
    mode: 'controlled',
    initialValues: assignment ? valuesOf(assignment, cohortZone) : newAssignmentValues(sessionId, sessions, cohortZone),
    validate: (v) => validateAssignment(v, ownSessionId, cohortZone),
  });
  const values = form.getValues();

  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  const save = async (v: AssignmentFormValues, expectedVersion: number) => {
    setFormError(null);
    setConflict(false);
    const payload = toPayload(v, ownSessionId, cohortZone);
    try {
      const saved = assignment ? await update({ ...payload, id: assignment.id, expectedVersion }, cohortId) : await create(payload);
      if (saved) onSaved(saved.id);
    } catch (e) {
      if (editing && describeError(e).code === ErrorCode.Conflict) {
        setConflict(true);
        setFormError('Someone else changed this assignment while you were editing. Your changes are still in the form.');
        await onConflict?.();
        return;
      }
      setFormError(applyServerErrors(form, e, FIELD_FOR));
    }
  };

  const submit = form.onSubmit((v) => save(v, baseVersion));
  const due = previewDue(values, sessions, cohortZone);
  const dueText = due ? describeForViewer(due.dueAt, viewerZone, cohortZone) : null;
  const total = rubricTotal(values.rubric);
  const points = typeof values.points === 'number' ? values.points : Number(values.points);
  const cohortZoneName = zoneLabel(cohortZone);
  const heading = editing ? `Edit assignment: ${assignment.title}` : 'New assignment';
  const kinds = KINDS.filter((k) => k !== 'QUIZ' || renderQuizEditor || values.kind === 'QUIZ');
  const quiz = values.kind === 'QUIZ';
  const quizErrors = Object.fromEntries(
    Object.entries(form.errors)
      .filter(([k]) => k.startsWith('quiz.'))
      .map(([k, e]) => [k.slice(5), String(e)]),
  );

  return (
    <form onSubmit={submit} noValidate aria-label={heading}>
      <Stack gap="md">
        <FormError message={formError} title={conflict ? 'Not saved: someone else saved first' : 'Could not save'}>
          {conflict && assignment ? (
            <Stack gap="xs" mt="xs">
              <Text size="sm">Save yours over their changes, or discard yours and load theirs.</Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  onClick={() => {
                    setBaseVersion(assignment.version);
                    void save(form.getValues(), assignment.version);
                  }}
                >
                  Save mine over theirs
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    form.setValues(valuesOf(assignment, cohortZone));
                    form.resetDirty();
                    setBaseVersion(assignment.version);
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

        <TextInput ref={titleRef} label="Title" required maxLength={200} {...form.getInputProps('title')} />
        <Textarea
          label="Instructions"
          description={MARKDOWN_HELP}
          autosize
          minRows={4}
          maxRows={20}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          {...form.getInputProps('instructionsMarkdown')}
        />

        <Radio.Group label="Kind" description={kinds.map((k) => `${KIND_LABEL[k]}: ${KIND_DESCRIPTION[k]}`).join(' ')} required {...form.getInputProps('kind')}>
          <Group mt={6} gap="lg">
            {kinds.map((k) => (
              <Radio key={k} value={k} label={KIND_LABEL[k]} />
            ))}
          </Group>
        </Radio.Group>

        {quiz && renderQuizEditor
          ? renderQuizEditor({
              value: values.quiz,
              onChange: (patch) => {
                for (const [k, v] of Object.entries(patch)) form.setFieldValue(`quiz.${k}`, v as never);
              },
              errors: quizErrors,
              cohortId,
            })
          : null}

        <Group align="flex-end" gap="md" wrap="wrap">
          <NumberInput
            label="Points"
            min={1}
            max={1000}
            allowDecimal={false}
            w={140}
            disabled={values.ungraded}
            required={!values.ungraded}
            {...form.getInputProps('points')}
          />
          <Checkbox label="Ungraded (feedback only)" mb={8} {...form.getInputProps('ungraded', { type: 'checkbox' })} />
        </Group>

        <Radio.Group label="Due" required {...form.getInputProps('dueMode')}>
          <Group mt={6} gap="lg">
            <Radio value="RELATIVE" label="Relative to a session" />
            <Radio value="ABSOLUTE" label="On a date and time" />
          </Group>
        </Radio.Group>

        {values.dueMode === 'ABSOLUTE' ? (
          <Fieldset legend={`Due date and time, in the cohort’s zone: ${cohortZoneName}`} variant="unstyled">
            <SimpleGrid cols={{ base: 1, xs: 2 }} maw={420}>
              <TextInput type="date" label="Due date (cohort time)" required {...form.getInputProps('dueDate')} />
              <TextInput type="time" label="Due time (cohort time)" required {...form.getInputProps('dueTime')} />
            </SimpleGrid>
          </Fieldset>
        ) : (
          <Fieldset legend="Due relative to a session’s start" variant="unstyled">
            <Group align="flex-start" gap="sm" wrap="wrap">
              <NumberInput label="How many" min={0} max={10080} allowDecimal={false} allowNegative={false} w={110} required {...form.getInputProps('offsetAmount')} />
              <NativeSelect label="Unit" data={UNITS.map((u) => ({ value: u, label: UNIT_LABEL[u] }))} w={120} {...form.getInputProps('offsetUnit')} />
              <NativeSelect label="Before or after" data={DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_LABEL[d] }))} w={120} {...form.getInputProps('offsetDirection')} />
              <NativeSelect
                label="The start of"
                required
                style={{ flex: '1 1 14rem', minWidth: 0 }}
                data={[
                  ...(values.dueSessionId ? [] : [{ value: '', label: 'Choose a session' }]),
                  ...sessions.map((s) => ({ value: s.id, label: `Session ${s.number}: ${s.title}${s.status === 'CANCELLED' ? ' (cancelled)' : ''}` })),
                ]}
                {...form.getInputProps('dueSessionId')}
                value={values.dueSessionId ?? ''}
                onChange={(e) => form.setFieldValue('dueSessionId', e.currentTarget.value || null)}
              />
            </Group>
          </Fieldset>
        )}
        <Text size="sm" data-testid="due-preview" aria-live="polite">
          {dueText && due ? (
            <>
              Due <time dateTime={due.dueAt}>{dueText.viewer}</time>
              {dueText.cohort ? ` (${dueText.cohort})` : ''}
              {due.description ? ` — ${due.description}` : ''}.
              {due.shifted ? ' That time does not exist on that day in the cohort’s zone (the clocks change), so it moves to the first valid time after it.' : ''}
            </>
          ) : (
            'Choose when it is due to see the time.'
          )}
        </Text>

        <Radio.Group label="Late work" required {...form.getInputProps('latePolicy')}>
          <Stack mt={6} gap="xs">
            {LATE_POLICIES.map((p) => (
              <Radio key={p} value={p} label={LATE_LABEL[p]} />
            ))}
          </Stack>
        </Radio.Group>

        {quiz ? null : (
        <Fieldset legend="Rubric (optional)">
          <Stack gap="sm">
            {values.rubric.length === 0 ? (
              <Text size="sm" c="dimmed">
                No criteria. Add criteria to grade against; their points add up to the assignment’s.
              </Text>
            ) : null}
            {values.rubric.map((c, i) => (
              <Stack key={c.id} gap="xs" data-testid="rubric-criterion" pb="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
                <Group align="flex-start" gap="sm" wrap="wrap">
                  <TextInput label={`Criterion ${i + 1}`} required maxLength={120} style={{ flex: '1 1 14rem', minWidth: 0 }} {...form.getInputProps(`rubric.${i}.title`)} />
                  <NumberInput label={`Points for criterion ${i + 1}`} min={1} max={1000} allowDecimal={false} w={160} required {...form.getInputProps(`rubric.${i}.points`)} />
                </Group>
                <Textarea label={`Description of criterion ${i + 1} (optional)`} autosize minRows={1} maxRows={6} maxLength={500} {...form.getInputProps(`rubric.${i}.description`)} />
                <Group>
                  <Button size="xs" variant="default" c="red.9" onClick={() => form.removeListItem('rubric', i)}>
                    Remove criterion {i + 1}
                  </Button>
                </Group>
              </Stack>
            ))}
            <Group justify="space-between" gap="sm" wrap="wrap">
              <Button
                size="xs"
                variant="default"
                disabled={values.rubric.length >= RUBRIC_MAX}
                onClick={() => form.insertListItem('rubric', { id: newCriterionId(), title: '', description: '', points: 1 })}
              >
                Add criterion
              </Button>
              {values.rubric.length ? (
                <Text size="sm" data-testid="rubric-total" fw={600}>
                  Criteria total: {plural(total, 'point')}
                  {values.ungraded || !Number.isFinite(points) ? '' : ` of ${points}`}
                  {!values.ungraded && Number.isFinite(points) && total === points ? ' ✓' : ''}
                </Text>
              ) : null}
            </Group>
            {form.errors.rubric ? (
              <Text size="sm" c="red.9" role="alert">
                {form.errors.rubric}
              </Text>
            ) : null}
          </Stack>
        </Fieldset>
        )}

        <Stack gap={4}>
          <Switch label="Published" aria-describedby={publishHintId} {...form.getInputProps('publish', { type: 'checkbox' })} />
          <Text size="sm" c="dimmed" id={publishHintId}>
            {values.publish ? 'Students in the cohort see it.' : 'A draft: only the cohort’s mentors see it.'}
          </Text>
        </Stack>

        {Object.keys(form.errors).length > 0 ? (
          <Alert color="red" variant="light" p="xs" role="status">
            <Text size="sm">Not saved yet: {plural(Object.keys(form.errors).length, 'field')} above need{Object.keys(form.errors).length === 1 ? 's' : ''} attention.</Text>
          </Alert>
        ) : null}

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={creating || updating}>
            {editing ? 'Save assignment' : 'Create assignment'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
