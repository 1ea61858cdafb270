import { useState } from 'react';
import { Button, Group, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { inviteMentorSchema } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import type { ChapterRole } from '@/gql/graphql';
import { applyServerErrors } from '@/lib/errors';
import { validateWith } from '@/lib/form';
import { useInviteToChapter } from '../hooks/useChapterMutations';

export function InviteMentorForm({ chapterId, chapterName }: { chapterId: string; chapterName: string }) {
  const { invite, loading } = useInviteToChapter();
  const [formError, setFormError] = useState<string | null>(null);
  const [role, setRole] = useState<ChapterRole>('MENTOR');
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '' },
    validate: validateWith(inviteMentorSchema),
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await invite({ chapterId, email: values.email.trim(), role });
      form.reset();
    } catch (e) {
      setFormError(applyServerErrors(form, e));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={`Invite someone to ${chapterName}`}>
      <Stack gap="sm">
        <FormError title="Could not send the invitation" message={formError} />
        <TextInput label="Email address" description="They get an email with a link to accept." type="email" autoComplete="off" required {...form.getInputProps('email')} />
        <Radio.Group label="Invite as" value={role} onChange={(v) => setRole(v as ChapterRole)}>
          <Group mt={6}>
            <Radio value="MENTOR" label="Mentor" />
            <Radio value="CHAPTER_ADMIN" label="Chapter admin" />
          </Group>
        </Radio.Group>
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            Send invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
