import { useState } from 'react';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { announcementSchema } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import { applyServerErrors } from '@/lib/errors';
import { validateWith } from '@/lib/form';
import { usePostAnnouncement } from '../hooks/usePostAnnouncement';

/** Post to the cohort page; enrolled students also get it by email. */
export function PostAnnouncementForm({ cohortId }: { cohortId: string }) {
  const { post, loading } = usePostAnnouncement();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ mode: 'controlled', initialValues: { body: '' }, validate: validateWith(announcementSchema) });
  const submit = form.onSubmit(async ({ body }) => {
    setFormError(null);
    try {
      await post(cohortId, body.trim());
      form.reset();
    } catch (e) {
      setFormError(applyServerErrors(form, e));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Post an announcement">
      <Stack gap="xs">
        <FormError message={formError} title="Could not post" />
        <Textarea label="Announcement" description="Shown on the cohort page and emailed to enrolled students." autosize minRows={3} maxRows={10} {...form.getInputProps('body')} />
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            Post announcement
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
