import { useState } from 'react';
import { Button, Group, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ceEntrySchema, ErrorCode, todayIn } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import type { CeEntryFieldsFragment } from '@/gql/graphql';
import { applyServerErrors, describeError } from '@/lib/errors';
import { validateWith } from '@/lib/form';
import { useAddCeEntry, useUpdateCeEntry } from '../hooks/useCeMutations';
import { numberOrNull } from '../model';

interface Values {
  title: string;
  provider: string;
  completedOn: string;
  hours: number | string;
  note: string;
}

function toInput(v: Values) {
  return {
    title: v.title.trim(),
    provider: v.provider.trim() || null,
    completedOn: v.completedOn,
    hours: numberOrNull(v.hours),
    note: v.note.trim() || null,
  };
}

/**
 * Hours from elsewhere (a course, teaching, a conference): add one, or edit one at the
 * version it was loaded with; a newer version on the server is a CONFLICT.
 */
export function CeEntryForm({ entry, viewerZone, onDone, onReload }: { entry?: CeEntryFieldsFragment; viewerZone: string; onDone: () => void; onReload: () => void }) {
  const { add, loading: adding } = useAddCeEntry();
  const { update, loading: updating } = useUpdateCeEntry();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const today = todayIn(viewerZone);
  const check = validateWith(ceEntrySchema(today));
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      title: entry?.title ?? '',
      provider: entry?.provider ?? '',
      completedOn: entry?.completedOn ?? '',
      hours: entry?.hours ?? '',
      note: entry?.note ?? '',
    },
    validate: (values) => check(toInput(values)),
    validateInputOnBlur: true,
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    setConflict(false);
    const input = { ...toInput(values), hours: numberOrNull(values.hours) ?? 0 };
    try {
      if (entry) await update(entry.id, { ...input, expectedVersion: entry.version });
      else await add(input);
      onDone();
    } catch (e) {
      setConflict(describeError(e).code === ErrorCode.Conflict);
      setFormError(applyServerErrors(form, e));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={entry ? `Edit ${entry.title}` : 'Add hours'}>
      <Stack>
        <FormError message={formError}>
          {conflict ? (
            <Button
              mt="xs"
              size="xs"
              variant="default"
              onClick={() => {
                onReload();
                onDone();
              }}
            >
              Close and load the saved entry
            </Button>
          ) : null}
        </FormError>
        <TextInput label="Course or activity" required data-autofocus {...form.getInputProps('title')} />
        <TextInput label="Provider" description="Who ran it, if anyone: AAMI, a manufacturer, your hospital." {...form.getInputProps('provider')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label="Completed on" required max={today} {...form.getInputProps('completedOn')} />
          <NumberInput label="Contact hours" required min={0} max={100} clampBehavior="none" step={0.5} decimalScale={2} {...form.getInputProps('hours')} />
        </SimpleGrid>
        <Textarea
          label="Note"
          description="What it covered or how you can document it (a certificate number, for example)."
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={adding || updating}>
            {entry ? 'Save' : 'Add hours'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
