import { useEffect, useRef, useState } from 'react';
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { Cadence, nowUtc, SESSION_COUNT_MAX, SESSION_MINUTES_MAX, SESSION_MINUTES_MIN, weekdayName, zoneLabel, type IsoWeekday } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import { TimeZoneSelect } from '@/components/TimeZoneSelect';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { applyServerErrors, describeError } from '@/lib/errors';
import { formatLength } from '@/lib/format';
import { useCreateCohort } from '../hooks/useCohortMutations';
import { SessionPreview } from './SessionPreview';
import {
  BUILT_IN,
  BUILT_IN_NAME,
  initialValues,
  previewSessions,
  sessionCount,
  stepOf,
  STEPS,
  toCreateCohortInput,
  validateWizard,
  type WizardValues,
} from './wizardModel';

export const WizardTemplateFragment = graphql(`
  fragment WizardTemplate_template on CohortTemplate {
    id
    name
    chapterId
    title
    description
    capacity
    timeZone
    localTime
    durationMinutes
    cadence
    weekday
    sessionCount
    sessionTitles
    modalityCodes
    requiresApproval
  }
`);

export interface WizardChapter {
  id: string;
  name: string;
  timeZone: string;
}

const WEEKDAYS = ([1, 2, 3, 4, 5, 6, 7] as IsoWeekday[]).map((d) => ({ value: String(d), label: weekdayName(d) }));

/**
 * The new-cohort wizard: basics, schedule (with a live preview of every session in the
 * cohort's zone and the mentor's), enrollment and meeting, then a review. One form
 * throughout; each step is checked with the shared rules before moving on, and errors
 * the API returns land on their field, on the step that holds it.
 */
export function CohortWizard({
  chapters,
  modalities,
  templates: templateRefs,
  viewerZone,
  onCreated,
}: {
  chapters: readonly WizardChapter[];
  modalities: readonly { code: string; name: string }[];
  templates: readonly FragmentType<typeof WizardTemplateFragment>[];
  viewerZone: string;
  onCreated: (cohortId: string) => void;
}) {
  const templates = templateRefs.map((t) => getFragmentData(WizardTemplateFragment, t));
  const { create, loading } = useCreateCohort();
  const [step, setStep] = useState(0);
  const [formError, setFormError] = useState<string | null>(null);
  const [zoneTouched, setZoneTouched] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stepChanged = useRef(false);
  const narrow = useMediaQuery('(max-width: 48em)');
  const firstChapter = chapters.length === 1 ? chapters[0]! : null;

  const form = useForm<WizardValues>({
    mode: 'controlled',
    initialValues: initialValues({ chapterId: firstChapter?.id ?? null, timeZone: firstChapter?.timeZone ?? viewerZone, now: nowUtc() }),
    validate: (values) => validateWizard(values, nowUtc()),
  });
  const values = form.getValues();
  const n = sessionCount(values.pattern);
  const planned = previewSessions(values);
  const custom = values.pattern.cadence === Cadence.Custom;

  // After a step change, reading starts at the step's heading (and, with errors, at the first one).
  useEffect(() => {
    if (!stepChanged.current) return;
    stepChanged.current = false;
    const invalid = document.querySelector<HTMLElement>('[data-wizard-step] [aria-invalid="true"]');
    (invalid ?? headingRef.current)?.focus();
  }, [step]);

  const goTo = (next: number) => {
    stepChanged.current = true;
    setStep(next);
  };

  /** Check the fields of `upTo` and earlier steps; go to the first step with an error. */
  const check = (upTo: number): boolean => {
    const errors = validateWizard(form.getValues(), nowUtc());
    const relevant = Object.fromEntries(Object.entries(errors).filter(([path]) => stepOf(path) <= upTo));
    form.setErrors(relevant);
    const paths = Object.keys(relevant);
    if (!paths.length) return true;
    goTo(Math.min(...paths.map(stepOf)));
    return false;
  };

  const setChapter = (id: string | null) => {
    form.setFieldValue('chapterId', id);
    const chapter = chapters.find((c) => c.id === id);
    if (chapter && !zoneTouched) form.setFieldValue('timeZone', chapter.timeZone);
  };

  const applyTemplate = (id: string | null) => {
    if (!id) return;
    form.setFieldValue('templateId', id);
    const t = templates.find((x) => x.id === id);
    const base = initialValues({ chapterId: values.chapterId, timeZone: values.timeZone, now: nowUtc() });
    if (!t) {
      form.setValues({ ...values, templateId: BUILT_IN, pattern: { ...base.pattern, startDate: values.pattern.startDate }, sessionTitles: [] });
      return;
    }
    const chapterId = chapters.some((c) => c.id === t.chapterId) ? t.chapterId : values.chapterId;
    form.setValues({
      ...values,
      templateId: t.id,
      chapterId,
      title: t.title,
      description: t.description,
      capacity: t.capacity,
      timeZone: t.timeZone,
      modalityCodes: t.modalityCodes,
      requiresApproval: t.requiresApproval,
      pattern: {
        ...values.pattern,
        cadence: t.cadence === Cadence.Custom ? Cadence.Weekly : (t.cadence as Cadence),
        weekday: t.weekday ? String(t.weekday) : values.pattern.weekday,
        localTime: t.localTime,
        durationMinutes: t.durationMinutes,
        count: t.sessionCount,
      },
      sessionTitles: t.sessionTitles,
    });
    setZoneTouched(true);
  };

  const submit = form.onSubmit(
    async (v) => {
      setFormError(null);
      try {
        const created = await create(toCreateCohortInput(v));
        if (created) onCreated(created.id);
      } catch (e) {
        const rename: Record<string, string> = custom ? { 'pattern.startDate': 'pattern.dates', 'pattern.count': 'pattern.dates' } : {};
        setFormError(applyServerErrors(form, e, rename));
        const fields = Object.keys(describeError(e).fields).map((f) => rename[f] ?? f);
        if (fields.length) goTo(Math.min(...fields.map(stepOf)));
      }
    },
    (errors) => goTo(Math.min(...Object.keys(errors).map(stepOf))),
  );

  const stepHeading = (title: string, hint: string) => (
    <Stack gap={2} mb="sm">
      <Title order={2} size="h3" ref={headingRef} tabIndex={-1} className="page-title">
        {title}
      </Title>
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
    </Stack>
  );

  const preview = (
    <Paper withBorder p="md" component="section" aria-labelledby="preview-heading">
      <Title order={3} size="h4" id="preview-heading" mb="xs">
        Preview: {n === 1 ? '1 session' : `${n} sessions`}
        {planned ? `, ${formatLength(Number(values.pattern.durationMinutes) || 0)} each` : ''}
      </Title>
      <SessionPreview sessions={planned} titles={values.sessionTitles} cohortZone={values.timeZone} viewerZone={viewerZone} now={nowUtc()} />
    </Paper>
  );

  return (
    <form
      onSubmit={(e) => {
        // Enter in a field before the last step moves on, as "Next" does.
        if (step < STEPS.length - 1) {
          e.preventDefault();
          if (check(step)) goTo(step + 1);
          return;
        }
        submit(e);
      }}
      noValidate
      aria-label="New cohort"
    >
      <Stack gap="lg">
        <FormError message={formError} title="Could not create the cohort" />
        <Stepper
          active={step}
          onStepClick={(i) => {
            if (i < step) goTo(i);
          }}
          allowNextStepsSelect={false}
          orientation={narrow ? 'vertical' : 'horizontal'}
          size="sm"
        >
          <Stepper.Step label="Basics" description="Chapter, title, seats">
            <Stack gap="md" data-wizard-step>
              {stepHeading('Basics', 'Which chapter runs it, what it covers, and how many students fit.')}
              <Select
                label="Start from"
                description="A saved template fills in everything but the dates."
                data={[{ value: BUILT_IN, label: BUILT_IN_NAME }, ...templates.map((t) => ({ value: t.id, label: t.name }))]}
                value={values.templateId}
                onChange={applyTemplate}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
              <Select
                label="Chapter"
                placeholder="Choose a chapter"
                data={chapters.map((c) => ({ value: c.id, label: c.name }))}
                required
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('chapterId')}
                onChange={setChapter}
              />
              <TextInput label="Title" placeholder="CRES study group — CT and MRI" required {...form.getInputProps('title')} />
              <Textarea label="Description" description="What students will cover and what to prepare." autosize minRows={3} maxRows={10} {...form.getInputProps('description')} />
              <MultiSelect
                label="Modalities"
                placeholder={values.modalityCodes.length ? undefined : 'Choose one or more'}
                data={modalities.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }))}
                required
                searchable
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('modalityCodes')}
              />
              <NumberInput label="Seats" description="Students beyond this join a waitlist." min={1} max={500} allowDecimal={false} required {...form.getInputProps('capacity')} />
            </Stack>
          </Stepper.Step>

          <Stepper.Step label="Schedule" description="When it meets">
            <Stack gap="md" data-wizard-step>
              {stepHeading('Schedule', 'Times are set in the cohort’s time zone; a 7 pm session stays at 7 pm there all season, daylight saving or not.')}
              <TimeZoneSelect
                label="Cohort time zone"
                description="Usually the chapter’s. Students see every time in their own zone too."
                required
                {...form.getInputProps('timeZone')}
                onChange={(z) => {
                  setZoneTouched(true);
                  if (z) form.setFieldValue('timeZone', z);
                }}
              />
              <Radio.Group label="How often" required {...form.getInputProps('pattern.cadence')}>
                <Group mt={6} gap="lg">
                  <Radio value={Cadence.Weekly} label="Every week" />
                  <Radio value={Cadence.Biweekly} label="Every two weeks" />
                  <Radio value={Cadence.Custom} label="Dates I pick" />
                </Group>
              </Radio.Group>
              {custom ? (
                <Stack gap="xs" role="group" aria-labelledby="picked-dates-label">
                  <Text fw={500} size="sm" id="picked-dates-label">
                    Session dates (in the cohort’s zone)
                  </Text>
                  {values.pattern.dates.map((_, i) => (
                    <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
                      <TextInput type="date" label={`Date of session ${i + 1}`} style={{ flex: 1 }} {...form.getInputProps(`pattern.dates.${i}`)} />
                      <ActionIcon variant="default" size="lg" mb={2} onClick={() => form.removeListItem('pattern.dates', i)} aria-label={`Remove date ${i + 1}`}>
                        ×
                      </ActionIcon>
                    </Group>
                  ))}
                  {form.errors['pattern.dates'] ? (
                    <Text c="red.9" size="sm" role="alert">
                      {form.errors['pattern.dates']}
                    </Text>
                  ) : null}
                  <Group>
                    <Button variant="default" size="sm" disabled={values.pattern.dates.length >= SESSION_COUNT_MAX} onClick={() => form.insertListItem('pattern.dates', '')}>
                      Add a date
                    </Button>
                  </Group>
                </Stack>
              ) : (
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <Select label="Weekday" data={WEEKDAYS} allowDeselect={false} required comboboxProps={{ withinPortal: true }} {...form.getInputProps('pattern.weekday')} />
                  <TextInput type="date" label="First possible date" description="The first session is on the weekday on or after it." required {...form.getInputProps('pattern.startDate')} />
                  <NumberInput label="Number of sessions" min={1} max={SESSION_COUNT_MAX} allowDecimal={false} required {...form.getInputProps('pattern.count')} />
                </SimpleGrid>
              )}
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput type="time" label="Start time" description={`Local time in ${values.timeZone.replace(/_/g, ' ')}`} required {...form.getInputProps('pattern.localTime')} />
                <NumberInput
                  label="Length (minutes)"
                  description={`${SESSION_MINUTES_MIN} to ${SESSION_MINUTES_MAX} minutes`}
                  min={SESSION_MINUTES_MIN}
                  max={SESSION_MINUTES_MAX}
                  step={15}
                  allowDecimal={false}
                  required
                  {...form.getInputProps('pattern.durationMinutes')}
                />
              </SimpleGrid>
              {n > 0 ? (
                <Stack gap="xs" role="group" aria-labelledby="session-titles-label">
                  <Text fw={500} size="sm" id="session-titles-label">
                    Session titles (optional)
                  </Text>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    {Array.from({ length: n }, (_, i) => (
                      <TextInput
                        key={i}
                        label={`Title of session ${i + 1}`}
                        placeholder={`Session ${i + 1}`}
                        value={values.sessionTitles[i] ?? ''}
                        error={form.errors[`sessionTitles.${i}`]}
                        onChange={(e) => form.setFieldValue(`sessionTitles.${i}`, e.currentTarget.value)}
                      />
                    ))}
                  </SimpleGrid>
                </Stack>
              ) : null}
              {preview}
            </Stack>
          </Stepper.Step>

          <Stepper.Step label="Enrollment" description="Meeting link, approvals">
            <Stack gap="md" data-wizard-step>
              {stepHeading('Enrollment and meeting', 'Only enrolled students and mentors see the meeting link.')}
              <TextInput label="Meeting link" placeholder="https://zoom.us/j/…" type="url" {...form.getInputProps('meetingUrl')} />
              <TextInput label="Meeting passcode" {...form.getInputProps('meetingPasscode')} />
              <Checkbox label="I approve each student before they get a seat" {...form.getInputProps('requiresApproval', { type: 'checkbox' })} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  type="datetime-local"
                  label="Enrollment opens (optional)"
                  description={`In ${zoneLabel(values.timeZone)}; empty: as soon as you publish`}
                  {...form.getInputProps('enrollmentOpensAt')}
                />
                <TextInput
                  type="datetime-local"
                  label="Enrollment closes (optional)"
                  description={`In ${zoneLabel(values.timeZone)}; empty: until you close it`}
                  {...form.getInputProps('enrollmentClosesAt')}
                />
              </SimpleGrid>
            </Stack>
          </Stepper.Step>

          <Stepper.Step label="Review" description="Check and create">
            <Stack gap="md" data-wizard-step>
              {stepHeading('Review', 'The cohort is saved as a draft; students see it once you publish it.')}
              <Paper withBorder p="md">
                <Stack gap={4}>
                  <Text>
                    <strong>{values.title || 'Untitled'}</strong> · {chapters.find((c) => c.id === values.chapterId)?.name ?? 'No chapter chosen'}
                  </Text>
                  <Text size="sm">
                    {values.modalityCodes.join(', ') || 'No modality chosen'} · {values.capacity} seats{values.requiresApproval ? ' · you approve each student' : ''}
                  </Text>
                  <Text size="sm">{values.meetingUrl ? `Meeting: ${values.meetingUrl}` : 'No meeting link yet (you can add it later).'}</Text>
                </Stack>
              </Paper>
              {preview}
            </Stack>
          </Stepper.Step>
        </Stepper>

        <Group justify="space-between">
          {step > 0 ? (
            <Button variant="default" onClick={() => goTo(step - 1)}>
              Back
            </Button>
          ) : (
            <span />
          )}
          {/* Distinct keys: reusing one DOM button and turning it into type=submit during
              its own click would submit the form (the browser checks the type after the
              handler ran). */}
          {step < STEPS.length - 1 ? (
            <Button
              key="next"
              onClick={() => {
                if (check(step)) goTo(step + 1);
              }}
            >
              Next: {STEPS[step + 1]}
            </Button>
          ) : (
            <Button key="create" type="submit" loading={loading}>
              Create cohort
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
