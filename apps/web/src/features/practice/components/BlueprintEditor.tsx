import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Checkbox, Fieldset, Group, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { apportion, examBlueprintSchema } from '@gantry/shared';
import { FormError, Loading, QueryError } from '@/components/Feedback';
import { getFragmentData } from '@/gql';
import type { BlueprintFieldsFragment } from '@/gql/graphql';
import { applyServerErrors } from '@/lib/errors';
import { formatLength } from '@/lib/format';
import { BlueprintFields, ExamBlueprintsQuery, PublishExamBlueprintMutation } from '../api/documents';

interface WeightRow {
  domainId: string;
  name: string;
  weight: number | string;
}

interface Values {
  edition: string;
  effectiveFrom: string;
  questionCount: number | string;
  minutes: number | string;
  provisional: boolean;
  weights: WeightRow[];
}

const num = (v: number | string) => (typeof v === 'number' ? v : v.trim() === '' ? Number.NaN : Number(v));

/** Question counts per domain for the form's weights (the server's largest-remainder split), or null while they cannot be split. */
function countsOf(v: Values): Record<string, number> | null {
  const total = num(v.questionCount);
  const weights = Object.fromEntries(v.weights.map((w) => [w.domainId, num(w.weight)]));
  try {
    return Number.isInteger(total) && total > 0 ? apportion(weights, total) : null;
  } catch {
    return null;
  }
}

function payload(v: Values) {
  return {
    edition: v.edition.trim(),
    effectiveFrom: v.effectiveFrom,
    questionCount: num(v.questionCount),
    minutes: num(v.minutes),
    provisional: v.provisional,
    weights: v.weights.map((w) => ({ domainId: w.domainId, weight: num(w.weight) })),
  };
}

function WeightsTable({ blueprint }: { blueprint: BlueprintFieldsFragment }) {
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped data-testid="blueprint-weights">
        <Table.Caption>Weights of edition {blueprint.edition}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Exam domain</Table.Th>
            <Table.Th scope="col" ta="right">
              Weight
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Share
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Questions
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {blueprint.weights.map((w) => (
            <Table.Tr key={w.domain.id}>
              <Table.Th scope="row" fw={400}>
                {w.domain.name}
              </Table.Th>
              <Table.Td ta="right">{w.weight}</Table.Td>
              <Table.Td ta="right">{Math.round(w.percent * 10) / 10} %</Table.Td>
              <Table.Td ta="right">{w.questionCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function PublishForm({ current, domains, onDone }: { current: BlueprintFieldsFragment; domains: readonly { id: string; name: string }[]; onDone: () => void }) {
  const [mutate, { loading }] = useMutation(PublishExamBlueprintMutation, { refetchQueries: [ExamBlueprintsQuery], awaitRefetchQueries: true });
  const [formError, setFormError] = useState<string | null>(null);
  const weightOf = new Map(current.weights.map((w) => [w.domain.id, w.weight]));
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      edition: '',
      effectiveFrom: '',
      questionCount: current.questionCount,
      minutes: current.minutes,
      provisional: current.provisional,
      weights: domains.map((d) => ({ domainId: d.id, name: d.name, weight: weightOf.get(d.id) ?? 0 })),
    },
    validate: (v) => {
      const r = examBlueprintSchema.safeParse(payload(v));
      const errors: Record<string, string> = {};
      if (!r.success) for (const i of r.error.issues) errors[i.path.map(String).join('.')] ??= i.message;
      v.weights.forEach((w, i) => {
        if (!Number.isFinite(num(w.weight))) errors[`weights.${i}.weight`] = 'Give a weight (0 leaves the domain out).';
      });
      return errors;
    },
  });
  const values = form.getValues();
  const counts = countsOf(values);

  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    try {
      const { data } = await mutate({ variables: { input: payload(v) } });
      if (data) {
        const b = getFragmentData(BlueprintFields, data.publishExamBlueprint);
        notifications.show({ color: 'green', message: `Published blueprint edition ${b.edition}: mock exams started from ${b.effectiveFrom} use it.` });
        onDone();
      }
    } catch (e) {
      setFormError(applyServerErrors(form, e));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="New blueprint edition">
      <Stack gap="md">
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} maw={560}>
          <TextInput label="Edition" description="Like 2026-01." required {...form.getInputProps('edition')} />
          <TextInput label="Effective from" type="date" required {...form.getInputProps('effectiveFrom')} />
          <NumberInput label="Questions" min={1} max={500} allowDecimal={false} required {...form.getInputProps('questionCount')} />
          <NumberInput label="Minutes" min={1} max={600} allowDecimal={false} required {...form.getInputProps('minutes')} />
        </SimpleGrid>
        <Checkbox label="Provisional (the weights are assumptions, not the handbook’s)" {...form.getInputProps('provisional', { type: 'checkbox' })} />
        <Fieldset legend="Weight per exam domain (relative: a domain’s share is its weight over the sum)">
          <Stack gap="xs">
            {values.weights.map((w, i) => (
              <Group key={w.domainId} gap="sm" wrap="nowrap" align="flex-start">
                <NumberInput
                  label={`Weight: ${w.name}`}
                  min={0}
                  max={1000}
                  decimalScale={2}
                  w={220}
                  {...form.getInputProps(`weights.${i}.weight`)}
                />
                <Text size="sm" mt={30} data-testid="blueprint-count">
                  {counts ? `${counts[w.domainId] ?? 0} questions` : '—'}
                </Text>
              </Group>
            ))}
            {form.errors.weights ? (
              <Text size="sm" c="red.9" role="alert">
                {form.errors.weights}
              </Text>
            ) : null}
          </Stack>
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Publish edition
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The mock exam's blueprint for platform admins: the edition in force with its weights
 * and the questions each domain gets, publishing a new edition (earlier ones stay on
 * record), and every edition.
 */
export function BlueprintEditor() {
  const { data, error, refetch } = useQuery(ExamBlueprintsQuery, { fetchPolicy: 'cache-and-network' });
  const [publishing, setPublishing] = useState(false);
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const current = getFragmentData(BlueprintFields, data.examBlueprint);
  const editions = data.examBlueprints.map((b) => getFragmentData(BlueprintFields, b));
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="blueprint-heading">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3" id="blueprint-heading">
            Mock exam blueprint
          </Title>
          {publishing ? null : <Button onClick={() => setPublishing(true)}>Publish a new blueprint</Button>}
        </Group>
        <Group gap="xs" data-testid="blueprint-current">
          <Text fw={600}>Edition {current.edition}</Text>
          <Text size="sm">
            effective {current.effectiveFrom}: {current.questionCount} questions in {formatLength(current.minutes)}
          </Text>
          {current.provisional ? (
            <Badge size="sm" color="gray.8" variant="outline">
              Provisional
            </Badge>
          ) : null}
        </Group>
        <WeightsTable blueprint={current} />
        {publishing ? (
          <Stack gap="xs">
            <Title order={3} size="h4">
              New blueprint edition
            </Title>
            <PublishForm current={current} domains={data.examDomains} onDone={() => setPublishing(false)} />
          </Stack>
        ) : null}
        {editions.length > 1 ? (
          <Text size="sm" c="dimmed">
            Editions on record: {editions.map((e) => `${e.edition} (from ${e.effectiveFrom})`).join(', ')}.
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
