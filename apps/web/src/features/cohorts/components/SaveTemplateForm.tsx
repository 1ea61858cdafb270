import { useState } from 'react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { templateNameSchema } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import { applyServerErrors } from '@/lib/errors';
import { validateWith } from '@/lib/form';
import { useSaveCohortTemplate } from '../hooks/useCohortMutations';

/** Save this cohort's setup (pattern, titles, seats, modalities) to start the next season from. */
export function SaveTemplateForm({ cohortId, suggestedName }: { cohortId: string; suggestedName: string }) {
  const { save, loading } = useSaveCohortTemplate();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ mode: 'controlled', initialValues: { name: suggestedName }, validate: validateWith(templateNameSchema) });
  const submit = form.onSubmit(async ({ name }) => {
    setFormError(null);
    try {
      await save(cohortId, name.trim());
    } catch (e) {
      setFormError(applyServerErrors(form, e));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Save as a template">
      <Stack gap="xs">
        <FormError message={formError} title="Could not save the template" />
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TextInput label="Template name" style={{ flex: 1, minWidth: 0 }} {...form.getInputProps('name')} />
          <Button type="submit" loading={loading} mt={25} variant="default">
            Save template
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
