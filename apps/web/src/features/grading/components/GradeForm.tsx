import { useEffect, useState } from 'react';
import { useBlocker } from 'react-router';
import { Alert, Button, Fieldset, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { DateTime, ErrorCode } from '@gantry/shared';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { FormError } from '@/components/Feedback';
import { SessionTime } from '@/components/SessionTime';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { applyServerErrors, describeError } from '@/lib/errors';
import { useGradeSubmission, useReturnSubmission } from '../hooks/useGradingMutations';
import { formatScore, gradeValuesOf, rubricSum, sameGrade, toGradeInput, validateGrade, type Criterion, type GradeFormValues } from '../model';

export const GradeFormFragment = graphql(`
  fragment GradeForm_submission on Submission {
    id
    version
    status
    score
    rubricScores {
      criterionId
      points
    }
    feedbackMarkdown
    gradedAt
    returnedAt
  }
`);

const MARKDOWN_HELP = 'Markdown: **bold**, *italic*, - list item, [text](https://…). The student sees it once you return the work.';

interface Props {
  submission: FragmentType<typeof GradeFormFragment>;
  assignmentId: string;
  /** Null: ungraded (feedback only). */
  points: number | null;
  rubric: readonly Criterion[];
  studentName: string;
  viewerZone: string;
  cohortZone: string;
  /** Re-read the page (after someone else graded first). */
  onReload: () => Promise<unknown>;
}

/**
 * Grade one submission: a score within the points (two decimals) or, with a rubric, a
 * score per criterion whose sum is the score unless the mentor types another; feedback
 * in Markdown. Saving sends the version the grade started from: when another mentor
 * graded meanwhile the API answers CONFLICT and the form keeps what was typed. Returning
 * hands the work back (the student gets an email), saving unsaved changes first.
 */
export function GradeForm({ submission: ref, assignmentId, points, rubric, studentName, viewerZone, cohortZone, onReload }: Props) {
  const submission = getFragmentData(GradeFormFragment, ref);
  const saved = gradeValuesOf(submission, rubric);
  const { grade, loading: grading } = useGradeSubmission();
  const { returnToStudent } = useReturnSubmission();
  const [baseVersion, setBaseVersion] = useState(submission.version);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [confirmReturn, setConfirmReturn] = useState(false);
  // The score follows the rubric's sum until the mentor types a score of their own.
  const [scoreTouched, setScoreTouched] = useState(() => rubric.length > 0 && saved.score !== '' && rubricSum(saved.rubricScores) !== Number(saved.score));

  const form = useForm<GradeFormValues>({
    mode: 'controlled',
    initialValues: saved,
    validate: (v) => validateGrade(v, points, rubric),
  });
  const values = form.getValues();
  const dirty = !sameGrade(values, saved);
  const sum = rubricSum(values.rubricScores);
  const rubricTotal = rubric.reduce((s, c) => s + c.points, 0);

  // After a reload, grade on top of the latest version (what was typed stays in the form).
  useEffect(() => {
    if (reloaded) setBaseVersion(submission.version);
  }, [reloaded, submission.version]);

  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search));

  const setCriterion = (id: string, v: number | string) => {
    const next = { ...form.getValues().rubricScores, [id]: v };
    form.setFieldValue(`rubricScores.${id}`, v);
    if (!scoreTouched && points !== null) form.setFieldValue('score', rubricSum(next) ?? '');
  };

  const onConflict = () => {
    setConflict(true);
    setReloaded(false);
    setFormError('Someone else graded this submission while you were working. Your score and feedback are still in the form.');
  };

  /** Save the form's grade; resolves to the new version (null when not saved). */
  const save = async (v: GradeFormValues): Promise<number | null> => {
    setFormError(null);
    try {
      const result = await grade(assignmentId, { submissionId: submission.id, expectedVersion: baseVersion, ...toGradeInput(v, points) }, studentName);
      if (!result) return null;
      const fresh = getFragmentData(GradeFormFragment, result);
      setBaseVersion(fresh.version);
      setConflict(false);
      setReloaded(false);
      form.setValues(gradeValuesOf(fresh, rubric));
      return fresh.version;
    } catch (e) {
      if (describeError(e).code === ErrorCode.Conflict) onConflict();
      else setFormError(applyServerErrors(form, e));
      return null;
    }
  };

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
      setConflict(false);
      setFormError(null);
      setReloaded(true);
    } finally {
      setReloading(false);
    }
  };

  const submit = form.onSubmit((v) => void save(v));
  const returned = submission.status === 'RETURNED';
  const regraded = returned && !!submission.gradedAt && !!submission.returnedAt && DateTime.fromISO(submission.gradedAt) > DateTime.fromISO(submission.returnedAt);
  const canReturn = submission.status === 'SUBMITTED' || (returned && (regraded || dirty));

  return (
    <form onSubmit={submit} noValidate aria-label={`Grade ${studentName}’s work`}>
      <Stack gap="md">
        <FormError message={formError} title={conflict ? 'Not saved: someone else graded first' : 'Could not save the grade'}>
          {conflict ? (
            <Group gap="xs" mt="xs">
              <Button size="xs" variant="default" loading={reloading} onClick={() => void reload()}>
                Reload
              </Button>
              <Text size="sm">Reload to see their grade; what you typed stays here, and saving then replaces theirs.</Text>
            </Group>
          ) : null}
        </FormError>
        {reloaded ? (
          <Alert color="blue" variant="light" role="status" p="xs">
            <Text size="sm" data-testid="reloaded-grade">
              Loaded the latest grade: {submission.score !== null && submission.score !== undefined ? `${formatScore(submission.score)}${points !== null ? ` of ${points}` : ''}` : 'no score'}
              {submission.gradedAt ? (
                <>
                  , graded <SessionTime startsAt={submission.gradedAt} viewerZone={viewerZone} cohortZone={cohortZone} />
                </>
              ) : null}
              . Your score and feedback are still in the form: Save grade to replace it.
            </Text>
          </Alert>
        ) : null}

        {rubric.length ? (
          <Fieldset legend={`Rubric (${rubricTotal} points)`}>
            <Stack gap="sm">
              {rubric.map((c) => (
                <NumberInput
                  key={c.id}
                  label={c.title}
                  description={`Out of ${c.points}${c.description ? `. ${c.description}` : ''}`}
                  min={0}
                  max={c.points}
                  decimalScale={2}
                  allowNegative={false}
                  maw={360}
                  {...form.getInputProps(`rubricScores.${c.id}`)}
                  onChange={(v) => setCriterion(c.id, v)}
                />
              ))}
              <Text size="sm" fw={600} data-testid="rubric-sum">
                Rubric total: {sum === null ? '—' : formatScore(sum)} of {rubricTotal}
              </Text>
            </Stack>
          </Fieldset>
        ) : null}

        {points !== null ? (
          <Group align="flex-end" gap="sm" wrap="wrap">
            <NumberInput
              label="Score"
              description={rubric.length && !scoreTouched ? `Out of ${points}; the rubric total unless you change it` : `Out of ${points}`}
              min={0}
              max={points}
              decimalScale={2}
              allowNegative={false}
              w={220}
              {...form.getInputProps('score')}
              onChange={(v) => {
                form.setFieldValue('score', v);
                if (rubric.length) setScoreTouched(true);
              }}
            />
            {rubric.length && scoreTouched && sum !== null && sum !== Number(values.score) ? (
              <Button
                size="xs"
                variant="subtle"
                mb={4}
                onClick={() => {
                  setScoreTouched(false);
                  form.setFieldValue('score', sum);
                }}
              >
                Use the rubric total ({formatScore(sum)})
              </Button>
            ) : null}
          </Group>
        ) : (
          <Text size="sm">This assignment is ungraded: give feedback only.</Text>
        )}

        <Textarea
          label="Feedback"
          description={MARKDOWN_HELP}
          autosize
          minRows={4}
          maxRows={16}
          maxLength={20000}
          {...form.getInputProps('feedbackMarkdown')}
        />

        <Text size="sm" data-testid="grade-state" aria-live="polite">
          {dirty
            ? 'Unsaved changes.'
            : returned
              ? regraded
                ? 'Graded again since it was returned: return it again so the student sees the new grade.'
                : 'Returned to the student.'
              : submission.gradedAt
                ? 'Grade saved; the student sees it once you return the work.'
                : 'Not graded yet.'}
        </Text>
        {returned && submission.returnedAt ? (
          <Text size="sm" c="dimmed">
            Returned <SessionTime startsAt={submission.returnedAt} viewerZone={viewerZone} cohortZone={cohortZone} />
          </Text>
        ) : null}

        <Group gap="sm" wrap="wrap">
          <Button type="submit" loading={grading && !confirmReturn}>
            Save grade
          </Button>
          <Button variant="default" onClick={() => setConfirmReturn(true)} disabled={!canReturn}>
            Return to student
          </Button>
        </Group>
      </Stack>

      <ConfirmDialog
        opened={confirmReturn}
        title={`Return the work to ${studentName}?`}
        confirmLabel="Return and email the student"
        cancelLabel="Not yet"
        onClose={() => setConfirmReturn(false)}
        onConfirm={async () => {
          let version = baseVersion;
          if (dirty) {
            const check = form.validate();
            if (check.hasErrors) throw new Error('Fix the grade first: see the messages on the form.');
            const v = await save(form.getValues());
            if (v === null) return;
            version = v;
          }
          try {
            const r = await returnToStudent(assignmentId, submission.id, version, studentName);
            if (r) setBaseVersion(getFragmentData(GradeFormFragment, r).version);
          } catch (e) {
            if (describeError(e).code === ErrorCode.Conflict) onConflict();
            else throw e;
          }
        }}
      >
        <Text size="sm">
          {studentName} gets an email saying their work is graded, and sees the score and your feedback.
          {dirty ? ' Your unsaved changes to the grade are saved first.' : ''}
        </Text>
      </ConfirmDialog>
      <Modal opened={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} title="Leave without saving the grade?" centered>
        <Stack>
          <Text size="sm">The score and feedback you typed for {studentName} are not saved.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => blocker.reset?.()}>
              Stay and keep grading
            </Button>
            <Button color="red.9" onClick={() => blocker.proceed?.()}>
              Leave without saving
            </Button>
          </Group>
        </Stack>
      </Modal>
    </form>
  );
}
