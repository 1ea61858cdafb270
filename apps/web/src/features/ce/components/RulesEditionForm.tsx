import { useState } from 'react';
import { Button, Checkbox, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { credentialRulesSchema, type DegreeKind } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import type { CredentialRulesFieldsFragment } from '@/gql/graphql';
import { applyServerErrors } from '@/lib/errors';
import { validateWith } from '@/lib/form';
import { usePublishCredentialRules } from '../hooks/useCeMutations';
import { DEGREE_OPTIONS, numberOrNull } from '../model';

interface PathValues {
  id: string;
  label: string;
  degree: string | null;
  minYears: number | string;
}

interface Values {
  edition: string;
  effectiveFrom: string;
  provisional: boolean;
  cycleYears: number | string;
  requiredUnits: number | string;
  unitsPerContactHour: number | string;
  minImagingPercent: number | string;
  candidateYears: number | string;
  paths: PathValues[];
}

function toInput(v: Values) {
  return {
    edition: v.edition.trim(),
    effectiveFrom: v.effectiveFrom,
    provisional: v.provisional,
    cycleYears: numberOrNull(v.cycleYears),
    requiredUnits: numberOrNull(v.requiredUnits),
    unitsPerContactHour: numberOrNull(v.unitsPerContactHour),
    minImagingPercent: numberOrNull(v.minImagingPercent),
    candidateYears: numberOrNull(v.candidateYears),
    paths: v.paths.map((p) => ({ id: p.id.trim(), label: p.label.trim(), degree: (p.degree || null) as DegreeKind | null, minYears: numberOrNull(p.minYears) })),
  };
}

/**
 * A new edition of the CRES rules, starting from the one in force. Editions are never
 * edited in place: publishing adds one, effective from its date.
 */
export function RulesEditionForm({ current, onDone }: { current: CredentialRulesFieldsFragment; onDone: () => void }) {
  const { publish, loading } = usePublishCredentialRules();
  const [formError, setFormError] = useState<string | null>(null);
  const check = validateWith(credentialRulesSchema);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      edition: '',
      effectiveFrom: '',
      provisional: current.provisional,
      cycleYears: current.cycleYears,
      requiredUnits: current.requiredUnits,
      unitsPerContactHour: current.unitsPerContactHour,
      minImagingPercent: current.minImagingPercent,
      candidateYears: current.candidateYears,
      paths: current.paths.map((p) => ({ id: p.pathId, label: p.label, degree: p.degree, minYears: p.minYears })),
    },
    validate: (values) => check(toInput(values)),
    validateInputOnBlur: true,
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    const input = toInput(values);
    try {
      await publish({
        ...input,
        cycleYears: input.cycleYears ?? 0,
        requiredUnits: input.requiredUnits ?? 0,
        unitsPerContactHour: input.unitsPerContactHour ?? 0,
        minImagingPercent: input.minImagingPercent ?? 0,
        candidateYears: input.candidateYears ?? 0,
        paths: input.paths.map((p) => ({ ...p, degree: p.degree ?? 'NONE', minYears: p.minYears ?? 0 })),
      });
      onDone();
    } catch (e) {
      setFormError(applyServerErrors(form, e));
    }
  });
  const pathsError = form.errors.paths;

  return (
    <form onSubmit={submit} noValidate aria-label="Publish a new edition">
      <Stack>
        <FormError message={formError} title="Could not publish" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Edition" description="Like 2027-01: a new name each time." required data-autofocus {...form.getInputProps('edition')} />
          <TextInput type="date" label="Effective from" required {...form.getInputProps('effectiveFrom')} />
        </SimpleGrid>
        <Checkbox
          label="Provisional"
          description="Some number is an assumption rather than published (the unit ratio, for example). Pages say so."
          {...form.getInputProps('provisional', { type: 'checkbox' })}
        />
        <Fieldset legend="Recertification">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput label="Cycle (years)" required min={1} max={10} clampBehavior="none" allowDecimal={false} {...form.getInputProps('cycleYears')} />
            <NumberInput label="Units per cycle" required min={1} max={500} clampBehavior="none" allowDecimal={false} {...form.getInputProps('requiredUnits')} />
            <NumberInput label="Units per contact hour" required min={0} max={10} clampBehavior="none" step={0.1} decimalScale={2} {...form.getInputProps('unitsPerContactHour')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Eligibility">
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput label="Minimum share on imaging equipment (%)" required min={0} max={100} clampBehavior="none" allowDecimal={false} {...form.getInputProps('minImagingPercent')} />
              <NumberInput label="Candidate status (years)" required min={0} max={10} clampBehavior="none" allowDecimal={false} {...form.getInputProps('candidateYears')} />
            </SimpleGrid>
            <Text size="sm" fw={600} id="paths-label">
              Paths
            </Text>
            {pathsError ? (
              <Text size="sm" c="red.9" role="alert">
                {pathsError}
              </Text>
            ) : null}
            <Stack gap="md" aria-labelledby="paths-label" role="group">
              {form.values.paths.map((_, i) => (
                <Fieldset key={i} legend={`Path ${i + 1}`} variant="filled" data-testid="rules-path">
                  <Stack gap="xs">
                    <TextInput label="Label" required {...form.getInputProps(`paths.${i}.label`)} />
                    <SimpleGrid cols={{ base: 1, sm: 3 }}>
                      <TextInput label="Id" description="Lowercase, hyphens" required {...form.getInputProps(`paths.${i}.id`)} />
                      <Select label="Education" required data={DEGREE_OPTIONS} {...form.getInputProps(`paths.${i}.degree`)} />
                      <NumberInput label="Years of BMET work" required min={0} max={20} clampBehavior="none" step={0.5} decimalScale={1} {...form.getInputProps(`paths.${i}.minYears`)} />
                    </SimpleGrid>
                    <Group justify="flex-end">
                      <Button size="xs" variant="default" color="red" onClick={() => form.removeListItem('paths', i)} aria-label={`Remove path ${i + 1}`}>
                        Remove
                      </Button>
                    </Group>
                  </Stack>
                </Fieldset>
              ))}
            </Stack>
            <Group>
              <Button size="xs" variant="default" onClick={() => form.insertListItem('paths', { id: '', label: '', degree: null, minYears: '' })}>
                Add a path
              </Button>
            </Group>
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
