import { useMemo, useState } from 'react';
import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorCode, updateChapterSchema, US_STATES } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import { TimeZoneSelect } from '@/components/TimeZoneSelect';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { applyServerErrors, describeError } from '@/lib/errors';
import { validateWith } from '@/lib/form';
import { useUpdateChapter } from '../hooks/useChapterMutations';

export const ChapterEditFormFragment = graphql(`
  fragment ChapterEditForm_chapter on Chapter {
    id
    name
    region
    timeZone
    description
    version
  }
`);

export function useRegionOptions() {
  return useMemo(() => Object.entries(US_STATES).map(([code, name]) => ({ value: code, label: `${name} (${code})` })), []);
}

/**
 * Edit a chapter's public details. Saves with the version it was loaded at; a newer
 * version on the server means someone else saved first (CONFLICT).
 */
export function ChapterEditForm({
  chapter: ref,
  onDone,
  onReload,
}: {
  chapter: FragmentType<typeof ChapterEditFormFragment>;
  onDone: () => void;
  onReload: () => void;
}) {
  const chapter = getFragmentData(ChapterEditFormFragment, ref);
  const regions = useRegionOptions();
  const { updateChapter, loading } = useUpdateChapter();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: chapter.name, region: chapter.region, timeZone: chapter.timeZone, description: chapter.description },
    validate: validateWith(updateChapterSchema),
    validateInputOnBlur: true,
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    setConflict(false);
    try {
      await updateChapter({ id: chapter.id, expectedVersion: chapter.version, ...values, name: values.name.trim(), description: values.description.trim() });
      onDone();
    } catch (e) {
      setConflict(describeError(e).code === ErrorCode.Conflict);
      setFormError(applyServerErrors(form, e));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={`Edit ${chapter.name}`}>
      <Stack>
        <FormError message={formError}>
          {conflict ? (
            <Button mt="xs" size="xs" variant="default" onClick={onReload}>
              Reload the chapter
            </Button>
          ) : null}
        </FormError>
        <TextInput label="Chapter name" required {...form.getInputProps('name')} />
        <Select label="Region" data={regions} searchable allowDeselect={false} required {...form.getInputProps('region')} />
        <TimeZoneSelect description="The chapter’s home zone." required {...form.getInputProps('timeZone')} />
        <Textarea label="Description" autosize minRows={3} maxRows={10} {...form.getInputProps('description')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Save chapter
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
