import { useState } from 'react';
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { createChapterSchema, DEFAULT_TIME_ZONE } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import { TimeZoneSelect } from '@/components/TimeZoneSelect';
import { applyServerErrors } from '@/lib/errors';
import { validateWith } from '@/lib/form';
import { useCreateChapter } from '../hooks/useChapterMutations';
import { useRegionOptions } from './ChapterEditForm';

/** "Colorado BMET Society" → "colorado-bmet-society": a suggestion the admin can edit. */
export function slugFromName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
}

export function CreateChapterForm({ onCreated }: { onCreated?: () => void }) {
  const regions = useRegionOptions();
  const { createChapter, loading } = useCreateChapter();
  const [formError, setFormError] = useState<string | null>(null);
  const [slugEdited, setSlugEdited] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '', slug: '', region: '', timeZone: DEFAULT_TIME_ZONE, description: '', firstAdminEmail: '' },
    validate: validateWith(createChapterSchema),
    validateInputOnBlur: true,
    onValuesChange: (values, previous) => {
      if (!slugEdited && values.name !== previous.name) form.setFieldValue('slug', slugFromName(values.name));
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await createChapter({
        ...values,
        name: values.name.trim(),
        slug: values.slug.trim(),
        description: values.description.trim(),
        firstAdminEmail: values.firstAdminEmail.trim(),
      });
      form.reset();
      setSlugEdited(false);
      onCreated?.();
    } catch (e) {
      setFormError(applyServerErrors(form, e));
    }
  });

  const slugProps = form.getInputProps('slug');
  return (
    <form onSubmit={submit} noValidate aria-label="Create a chapter">
      <Stack>
        <FormError title="Could not create the chapter" message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Chapter name" required {...form.getInputProps('name')} />
          <TextInput
            label="Slug"
            description="The chapter’s web address: /chapters/slug"
            required
            {...slugProps}
            onChange={(e) => {
              setSlugEdited(true);
              slugProps.onChange(e);
            }}
          />
          <Select label="Region" placeholder="Choose a state or territory" data={regions} searchable required {...form.getInputProps('region')} />
          <TimeZoneSelect required {...form.getInputProps('timeZone')} />
        </SimpleGrid>
        <Textarea label="Description" autosize minRows={2} maxRows={8} {...form.getInputProps('description')} />
        <TextInput
          label="First admin’s email"
          description="They get an invitation to run this chapter."
          type="email"
          autoComplete="off"
          required
          {...form.getInputProps('firstAdminEmail')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            Create chapter
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
