import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Group, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorCode, newTaxonomyEntrySchema, taxonomyEntrySchema } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import type { TaxonomyEntryFieldsFragment, TaxonomyKind } from '@/gql/graphql';
import { applyServerErrors, describeError } from '@/lib/errors';
import { validateWith } from '@/lib/form';
import { CreateTaxonomyEntryMutation, TaxonomyQuery, UpdateTaxonomyEntryMutation } from '../api/documents';

export const KIND_LABEL: Record<TaxonomyKind, { one: string; many: string }> = {
  MODALITY: { one: 'modality', many: 'Modalities' },
  EXAM_DOMAIN: { one: 'exam domain', many: 'Exam domains' },
};

/**
 * Add an entry (with its permanent code) or edit one (name, description, order) at the
 * version it was loaded with; a newer version on the server is a CONFLICT.
 */
export function TaxonomyEntryForm({
  kind,
  entry,
  nextSortOrder,
  onDone,
}: {
  kind: TaxonomyKind;
  entry?: TaxonomyEntryFieldsFragment;
  nextSortOrder: number;
  onDone: () => void;
}) {
  const refetchQueries = [{ query: TaxonomyQuery, variables: { kind } }];
  const [create, creating] = useMutation(CreateTaxonomyEntryMutation, { refetchQueries, awaitRefetchQueries: true });
  const [update, updating] = useMutation(UpdateTaxonomyEntryMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { code: entry?.code ?? '', name: entry?.name ?? '', description: entry?.description ?? '', sortOrder: entry?.sortOrder ?? nextSortOrder },
    validate: validateWith(entry ? taxonomyEntrySchema : newTaxonomyEntrySchema),
    validateInputOnBlur: true,
  });
  const label = KIND_LABEL[kind].one;

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    setConflict(false);
    const fields = { name: values.name.trim(), description: values.description.trim(), sortOrder: Number(values.sortOrder) };
    try {
      if (entry) await update({ variables: { input: { kind, id: entry.id, expectedVersion: entry.version, ...fields } } });
      else await create({ variables: { input: { kind, code: values.code.trim().toUpperCase(), ...fields } } });
      onDone();
    } catch (e) {
      setConflict(describeError(e).code === ErrorCode.Conflict);
      setFormError(applyServerErrors(form, e));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={entry ? `Edit ${entry.name}` : `Add a ${label}`}>
      <Stack>
        <FormError message={formError}>{conflict ? 'Close this form and open it again to edit the current version.' : null}</FormError>
        <TextInput
          label="Code"
          description={entry ? 'Codes never change: tags, filters and links use them.' : 'Capital letters, digits and underscores; it cannot change later.'}
          required
          disabled={!!entry}
          {...form.getInputProps('code')}
        />
        <TextInput label="Name" required {...form.getInputProps('name')} />
        <Textarea label="Description" autosize minRows={2} maxRows={6} {...form.getInputProps('description')} />
        <NumberInput label="Order" description="Lists show lower numbers first." min={0} max={9999} allowDecimal={false} required {...form.getInputProps('sortOrder')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={creating.loading || updating.loading}>
            {entry ? 'Save' : `Add ${label}`}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
