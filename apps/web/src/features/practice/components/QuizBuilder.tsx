import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Loader,
  NativeSelect,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { QUIZ_MAX_MINUTES, QUIZ_MAX_QUESTIONS } from '@gantry/shared';
import { getFragmentData } from '@/gql';
import type { QuizQuestionFieldsFragment } from '@/gql/graphql';
import { plural } from '@/lib/format';
import { QuizBuilderOptionsQuery, QuizQuestionFields, QuizQuestionQuery, QuizQuestionSearchQuery } from '../api/documents';
import { DIFFICULTY_LABEL, FEEDBACK_LABEL, type DifficultyValue, type Feedback, type Selection } from '../model';

/** The quiz part of the assignment form (the shape the assignment editor keeps). */
export interface QuizValues {
  selection: Selection;
  questionIds: string[];
  domainIds: string[];
  modalityIds: string[];
  difficulty: '' | DifficultyValue;
  count: number | string;
  feedback: Feedback;
  timed: boolean;
  timeLimitMinutes: number | string;
  shuffle: boolean;
}

interface Props {
  value: QuizValues;
  onChange: (patch: Partial<QuizValues>) => void;
  /** Field errors without the `quiz.` prefix: `questionIds`, `questionIds.2`, `count`, `timeLimitMinutes`… */
  errors: Record<string, string>;
  cohortId: string;
}

const PAGE = 10;
const DIFFICULTIES: DifficultyValue[] = ['EASY', 'MEDIUM', 'HARD'];

/** A one-line excerpt of a question's stem (Markdown source, markup stripped). */
function excerpt(markdown: string, max = 160): string {
  const text = markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function QuestionFacts({ q }: { q: QuizQuestionFieldsFragment }) {
  return (
    <Group gap={6} wrap="wrap">
      <Badge size="xs" variant="outline" color="gray.8">
        {q.domain.name}
      </Badge>
      <Badge size="xs" variant="outline" color="gray.8">
        {q.modality?.name ?? 'Any modality'}
      </Badge>
      <Badge size="xs" variant="outline" color="gray.8">
        {DIFFICULTY_LABEL[q.difficulty]}
      </Badge>
    </Group>
  );
}

/** A chosen question, read from the bank when the page did not just find it in a search. */
function ChosenQuestion({
  id,
  index,
  count,
  known,
  error,
  onMove,
  onRemove,
}: {
  id: string;
  index: number;
  count: number;
  known: QuizQuestionFieldsFragment | undefined;
  error?: string;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { data, error: loadError } = useQuery(QuizQuestionQuery, { variables: { id }, skip: !!known });
  const q = known ?? (data?.question ? getFragmentData(QuizQuestionFields, data.question) : undefined);
  const n = index + 1;
  return (
    <Stack component="li" gap={4} py="xs" data-testid="quiz-question" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Text size="sm">
        <strong>{n}.</strong> {q ? excerpt(q.stemMarkdown) : loadError ? 'This question is no longer available to you.' : 'Loading…'}
      </Text>
      {q ? <QuestionFacts q={q} /> : null}
      {error ? (
        <Text size="sm" c="red.9">
          {error}
        </Text>
      ) : null}
      <Group gap="xs">
        <Button size="compact-xs" variant="default" disabled={index === 0} onClick={() => onMove(-1)} aria-label={`Move question ${n} up`}>
          Up
        </Button>
        <Button size="compact-xs" variant="default" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={`Move question ${n} down`}>
          Down
        </Button>
        <Button size="compact-xs" variant="default" c="red.9" onClick={onRemove} aria-label={`Remove question ${n}`}>
          Remove
        </Button>
      </Group>
    </Stack>
  );
}

function QuestionPicker({ value, onChange, errors, domains, modalities }: Props & { domains: Option[]; modalities: Option[] }) {
  const [q, setQ] = useState('');
  const [domainId, setDomainId] = useState('');
  const [modalityId, setModalityId] = useState('');
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const [known, setKnown] = useState<Map<string, QuizQuestionFieldsFragment>>(() => new Map());
  const [announcement, setAnnouncement] = useState('');
  const filter = {
    q: debouncedQ || null,
    domainIds: domainId ? [domainId] : null,
    modalityIds: modalityId ? [modalityId] : null,
    statuses: ['REVIEWED' as const],
  };
  const { data, loading, fetchMore } = useQuery(QuizQuestionSearchQuery, { variables: { filter, first: PAGE } });
  const found = (data?.questions.nodes ?? []).map((n) => getFragmentData(QuizQuestionFields, n));
  const chosen = new Set(value.questionIds);

  const add = (qq: QuizQuestionFieldsFragment) => {
    if (chosen.has(qq.id)) return;
    setKnown((m) => new Map(m).set(qq.id, qq));
    onChange({ questionIds: [...value.questionIds, qq.id] });
    setAnnouncement(`Added as question ${value.questionIds.length + 1}.`);
  };
  const move = (i: number, delta: -1 | 1) => {
    const ids = [...value.questionIds];
    const j = i + delta;
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    onChange({ questionIds: ids });
    setAnnouncement(`Question moved to position ${j + 1} of ${ids.length}.`);
  };
  const remove = (i: number) => {
    onChange({ questionIds: value.questionIds.filter((_, k) => k !== i) });
    setAnnouncement(`Question ${i + 1} removed.`);
  };

  return (
    <Stack gap="sm">
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
      <Stack gap={4}>
        <Text fw={600} size="sm" id="quiz-chosen-heading">
          Questions in this quiz ({value.questionIds.length})
        </Text>
        {value.questionIds.length ? (
          <Stack component="ol" gap={0} p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="quiz-chosen-heading">
            {value.questionIds.map((id, i) => (
              <ChosenQuestion
                key={id}
                id={id}
                index={i}
                count={value.questionIds.length}
                known={known.get(id)}
                error={errors[`questionIds.${i}`]}
                onMove={(d) => move(i, d)}
                onRemove={() => remove(i)}
              />
            ))}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            None yet: find reviewed questions below and add them.
          </Text>
        )}
        {errors.questionIds ? (
          <Text size="sm" c="red.9" role="alert">
            {errors.questionIds}
          </Text>
        ) : null}
      </Stack>

      <Fieldset legend="Find reviewed questions" variant="filled">
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Words" value={q} onChange={(e) => setQ(e.currentTarget.value)} />
            <NativeSelect
              label="Exam domain"
              value={domainId}
              onChange={(e) => setDomainId(e.currentTarget.value)}
              data={[{ value: '', label: 'Any domain' }, ...domains.map((d) => ({ value: d.id, label: d.name }))]}
            />
            <NativeSelect
              label="Modality"
              value={modalityId}
              onChange={(e) => setModalityId(e.currentTarget.value)}
              data={[{ value: '', label: 'Any modality' }, ...modalities.map((m) => ({ value: m.id, label: m.name }))]}
            />
          </SimpleGrid>
          <Text size="sm" aria-live="polite" data-testid="quiz-search-count">
            {data ? `${plural(data.questions.totalCount, 'reviewed question')} found.` : loading ? 'Searching…' : ''}
          </Text>
          <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }} aria-label="Reviewed questions found">
            {found.map((qq) => (
              <Group component="li" key={qq.id} justify="space-between" align="flex-start" wrap="nowrap" gap="sm" py={6} data-testid="quiz-search-result">
                <Stack gap={4} style={{ minWidth: 0 }}>
                  <Text size="sm">{excerpt(qq.stemMarkdown)}</Text>
                  <QuestionFacts q={qq} />
                </Stack>
                <Button
                  size="compact-sm"
                  variant={chosen.has(qq.id) ? 'default' : 'light'}
                  disabled={chosen.has(qq.id) || value.questionIds.length >= QUIZ_MAX_QUESTIONS}
                  onClick={() => add(qq)}
                  aria-label={chosen.has(qq.id) ? `Added: ${excerpt(qq.stemMarkdown, 60)}` : `Add: ${excerpt(qq.stemMarkdown, 60)}`}
                >
                  {chosen.has(qq.id) ? 'Added' : 'Add'}
                </Button>
              </Group>
            ))}
          </Stack>
          {data?.questions.pageInfo.hasNextPage ? (
            <Group>
              <Button
                size="xs"
                variant="default"
                loading={loading}
                onClick={() => void fetchMore({ variables: { after: data.questions.pageInfo.endCursor } })}
              >
                Show more
              </Button>
            </Group>
          ) : null}
          {loading && !data ? <Loader size="sm" aria-label="Searching" /> : null}
        </Stack>
      </Fieldset>
    </Stack>
  );
}

interface Option {
  id: string;
  name: string;
}

function RuleEditor({ value, onChange, errors, domains, modalities }: Props & { domains: Option[]; modalities: Option[] }) {
  const filter = {
    domainIds: value.domainIds.length ? value.domainIds : null,
    modalityIds: value.modalityIds.length ? value.modalityIds : null,
    difficulty: value.difficulty || null,
    statuses: ['REVIEWED' as const],
  };
  const { data } = useQuery(QuizQuestionSearchQuery, { variables: { filter, first: 1 } });
  const pool = data?.questions.totalCount;
  const count = typeof value.count === 'number' ? value.count : Number(value.count);
  return (
    <Stack gap="sm">
      <Checkbox.Group
        label="Exam domains"
        description="None chosen: any domain."
        value={value.domainIds}
        onChange={(ids) => onChange({ domainIds: ids })}
        error={errors.domainIds}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt={6} spacing={6}>
          {domains.map((d) => (
            <Checkbox key={d.id} value={d.id} label={d.name} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Checkbox.Group
        label="Modalities"
        description="None chosen: any modality. General questions (for every modality) always count."
        value={value.modalityIds}
        onChange={(ids) => onChange({ modalityIds: ids })}
        error={errors.modalityIds}
      >
        <SimpleGrid cols={{ base: 2, sm: 4 }} mt={6} spacing={6}>
          {modalities.map((m) => (
            <Checkbox key={m.id} value={m.id} label={m.name} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Group align="flex-start" gap="md" wrap="wrap">
        <NativeSelect
          label="Difficulty"
          w={160}
          value={value.difficulty}
          onChange={(e) => onChange({ difficulty: e.currentTarget.value as QuizValues['difficulty'] })}
          data={[{ value: '', label: 'Any' }, ...DIFFICULTIES.map((d) => ({ value: d, label: DIFFICULTY_LABEL[d] }))]}
          error={errors.difficulty}
        />
        <NumberInput
          label="Questions per attempt"
          min={1}
          max={QUIZ_MAX_QUESTIONS}
          allowDecimal={false}
          allowNegative={false}
          w={180}
          required
          value={value.count}
          onChange={(v) => onChange({ count: v })}
          error={errors.count}
        />
      </Group>
      <Text size="sm" aria-live="polite" data-testid="quiz-pool">
        {pool === undefined
          ? 'Counting the questions that match…'
          : `${plural(pool, 'reviewed question')} in the banks you can read match${pool === 1 ? 'es' : ''} this rule${
              Number.isFinite(count) && count > pool ? `: fewer than the ${count} asked for` : ''
            }.`}{' '}
        Saving checks the pool this cohort may draw from.
      </Text>
    </Stack>
  );
}

/**
 * The practice quiz editor inside the assignment form: the mentor picks reviewed
 * questions (search, add, reorder, remove) or a rule to draw by, when students see the
 * answers, an optional time limit and shuffling. Values and errors belong to the form.
 */
export function QuizBuilder(props: Props) {
  const { value, onChange, errors } = props;
  const { data } = useQuery(QuizBuilderOptionsQuery);
  const domains = data?.examDomains ?? [];
  const modalities = data?.modalities ?? [];
  const shared = { ...props, domains, modalities };
  return (
    <Fieldset legend="Practice quiz" data-testid="quiz-builder">
      <Stack gap="md">
        <Radio.Group label="Questions" required value={value.selection} onChange={(v) => onChange({ selection: v as Selection })}>
          <Group mt={6} gap="lg">
            <Radio value="FIXED" label="Pick questions" />
            <Radio value="RULE" label="Draw by a rule" />
          </Group>
        </Radio.Group>
        {value.selection === 'FIXED' ? <QuestionPicker {...shared} /> : <RuleEditor {...shared} />}
        {errors.rule ? (
          <Text size="sm" c="red.9" role="alert">
            {errors.rule}
          </Text>
        ) : null}

        <Radio.Group label="Students see the answers" required value={value.feedback} onChange={(v) => onChange({ feedback: v as Feedback })} error={errors.feedback}>
          <Stack mt={6} gap="xs">
            {(['AT_END', 'IMMEDIATE'] as const).map((f) => (
              <Radio key={f} value={f} label={FEEDBACK_LABEL[f]} />
            ))}
          </Stack>
        </Radio.Group>

        <Group align="flex-end" gap="md" wrap="wrap">
          <Switch label="Time limit" checked={value.timed} onChange={(e) => onChange({ timed: e.currentTarget.checked })} mb={8} />
          {value.timed ? (
            <NumberInput
              label="Minutes per attempt"
              min={1}
              max={QUIZ_MAX_MINUTES}
              allowDecimal={false}
              allowNegative={false}
              w={180}
              required
              value={value.timeLimitMinutes}
              onChange={(v) => onChange({ timeLimitMinutes: v })}
              error={errors.timeLimitMinutes}
            />
          ) : null}
        </Group>
        <Checkbox
          label="Shuffle the questions and their options for each attempt"
          checked={value.shuffle}
          onChange={(e) => onChange({ shuffle: e.currentTarget.checked })}
        />
      </Stack>
    </Fieldset>
  );
}

